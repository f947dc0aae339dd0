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
 * the words are kept per connection until the library changes (library-memo.ts).
 */
import type Database from 'better-sqlite3';
import { stmt } from '../db/sql';
import { rememberedUntilChange } from './library-memo';

/** Above this many words a prefix stays a prefix (an OR of hundreds of doclists gains nothing). */
const MAX_TERMS = 64;

/** The last quoted word of a match built by `buildMatchQuery`, when it is a plain ASCII prefix of three or more characters. */
const LAST_PREFIX = /"([A-Za-z0-9]{3,})"\*$/;

/** Connections that have the vocabulary table (a temporary one: it is only a view of the index). */
const withVocabulary = new WeakSet<Database.Database>();

/** Prefixes remembered per connection at most, beyond which the oldest is forgotten. */
const MAX_REMEMBERED = 64;

/** The indexed words starting with `prefix` (at most MAX_TERMS + 1 of them), remembered until the library changes. */
function termsOf(db: Database.Database, prefix: string): string[] {
  return rememberedUntilChange(
    db,
    'prefix-terms',
    prefix,
    () =>
      stmt<[string, string, number], { term: string }>(db, 'SELECT term FROM temp.documents_fts_vocab WHERE term >= ? AND term < ? LIMIT ?')
        .all(prefix, `${prefix}\u{10FFFF}`, MAX_TERMS + 1)
        .map((row) => row.term),
    MAX_REMEMBERED,
  );
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
