/**
 * A search's last word, which matches as a prefix (`"whale"*`), as the indexed words it stands for
 * (`("whale" OR "whaleboat" OR "whales" …)`, after an explicit AND), for the queries that need only the set of matching
 * documents: counts, membership and rowid order. FTS5 answers a prefix by merging the doclists of
 * every word it covers into one buffer before it returns a row — 30-90 ms for `whale*` at 100,000
 * documents, for the count and again for each page query — while an OR of the same words is merged
 * as it is read (the newest 100 hits in 1 ms). The set is the same, so the count is too; ranking
 * (bm25) keeps the prefix, whose score treats the prefix as one word rather than 25 rare ones.
 *
 * One- and two-letter prefixes have their own index (migration 11) and words outside ASCII are
 * folded by the tokenizer in ways not repeated here: both stay prefixes, as does a prefix of more
 * than MAX_TERMS words.
 *
 * Listing the words reads the vocabulary (fts5vocab counts each word's documents as it goes: about
 * 10 ms for `whale` at 100,000 documents, and a search asks twice, for the count and the page), so
 * the words are kept per connection until the library changes (`PRAGMA data_version` for another
 * connection's commits, `total_changes()` for this one's).
 */
import type Database from 'better-sqlite3';
import { stmt } from '../db/sql';

/** Above this many words a prefix stays a prefix (an OR of hundreds of doclists gains nothing). */
const MAX_TERMS = 64;

/** The last quoted word of a match built by `buildMatchQuery`, when it is a plain ASCII prefix of three or more characters. */
const LAST_PREFIX = /"([A-Za-z0-9]{3,})"\*$/;

/** Connections that have the vocabulary table (a temporary one: it is only a view of the index). */
const withVocabulary = new WeakSet<Database.Database>();

/** Prefixes remembered per connection at most, beyond which the oldest is forgotten. */
const MAX_REMEMBERED = 64;

/** The words of each prefix a connection has listed, and the state of the library they were listed in. */
const remembered = new WeakMap<Database.Database, { stamp: string; terms: Map<string, string[]> }>();

/** Changes whenever the library does, through this connection or another. */
export function libraryStamp(db: Database.Database): string {
  const version = stmt<[], { data_version: number }>(db, 'PRAGMA data_version').get()!.data_version;
  const changes = stmt<[], { n: number }>(db, 'SELECT total_changes() AS n').get()!.n;
  return `${version}:${changes}`;
}

/** The indexed words starting with `prefix` (at most MAX_TERMS + 1 of them). */
function termsOf(db: Database.Database, prefix: string): string[] {
  const stamp = libraryStamp(db);
  let memo = remembered.get(db);
  if (!memo || memo.stamp !== stamp) {
    memo = { stamp, terms: new Map() };
    remembered.set(db, memo);
  }
  const known = memo.terms.get(prefix);
  if (known) return known;
  const terms = stmt<[string, string, number], { term: string }>(db, 'SELECT term FROM temp.documents_fts_vocab WHERE term >= ? AND term < ? LIMIT ?')
    .all(prefix, `${prefix}\u{10FFFF}`, MAX_TERMS + 1)
    .map((row) => row.term);
  if (memo.terms.size >= MAX_REMEMBERED) memo.terms.delete(memo.terms.keys().next().value!);
  memo.terms.set(prefix, terms);
  return terms;
}

/** `match` with its last prefix as an OR of the words it covers, when that helps; otherwise `match` itself. */
export function expandLastPrefix(db: Database.Database, match: string): string {
  const last = LAST_PREFIX.exec(match);
  if (!last) return match;
  if (!withVocabulary.has(db)) {
    db.exec("CREATE VIRTUAL TABLE IF NOT EXISTS temp.documents_fts_vocab USING fts5vocab(main, 'documents_fts', 'row')");
    withVocabulary.add(db);
  }
  const terms = termsOf(db, last[1].toLowerCase());
  if (terms.length === 0 || terms.length > MAX_TERMS) return match;
  const words = `(${terms.map((term) => `"${term.replace(/"/g, '""')}"`).join(' OR ')})`;
  // FTS5 takes an implicit AND between strings only: before a bracket it must be written.
  const before = match.slice(0, last.index).trim();
  return before ? `${before} AND ${words}` : words;
}
