/**
 * Answers of the library's read queries remembered per connection until the library changes: the
 * words a search's last prefix covers (prefix-terms.ts), the true count of a search (16–23 ms for "whale" in 90,358 of 100,000 documents) and its pages (the
 * title hits ranked by bm25, 12–17 ms more). A search comes back often — the editor clears the box
 * and types the word again, goes back from "whale ship" to "whale", scrolls a search (every page
 * asked for its count) or re-sorts it (same count) — and once the library has changed nothing
 * remembered is used: the stamp is `PRAGMA data_version` (another connection's commits: the CLI, a
 * second window) with `total_changes()` (this connection's own writes).
 */
import type Database from 'better-sqlite3';
import { stmt } from '../db/sql';

/** Answers remembered per connection and kind, unless told otherwise, beyond which the oldest is forgotten. */
const MAX_REMEMBERED = 32;

/** Changes whenever the library does, through this connection or another. */
function libraryStamp(db: Database.Database): string {
  const version = stmt<[], { data_version: number }>(db, 'PRAGMA data_version').get()!.data_version;
  const changes = stmt<[], { n: number }>(db, 'SELECT total_changes() AS n').get()!.n;
  return `${version}:${changes}`;
}

interface Memo {
  stamp: string;
  answers: Map<string, unknown>;
}

const memos = new WeakMap<Database.Database, Map<string, Memo>>();

let remembering = true;

/** Turns remembering off (or on again): bench/library.ts times the queries themselves. */
export function rememberAnswers(on: boolean): void {
  remembering = on;
}

/**
 * `answer()`, or what it answered for the same `kind` and `key` while the library has not changed
 * since. The value is shared between callers: they must not change it.
 */
export function rememberedUntilChange<T>(db: Database.Database, kind: string, key: string, answer: () => T, max = MAX_REMEMBERED): T {
  if (!remembering) return answer();
  const stamp = libraryStamp(db);
  let kinds = memos.get(db);
  if (!kinds) memos.set(db, (kinds = new Map()));
  let memo = kinds.get(kind);
  if (!memo || memo.stamp !== stamp) kinds.set(kind, (memo = { stamp, answers: new Map() }));
  if (memo.answers.has(key)) {
    const value = memo.answers.get(key) as T;
    // Most recently used last: the oldest is the first to be forgotten.
    memo.answers.delete(key);
    memo.answers.set(key, value);
    return value;
  }
  const value = answer();
  if (memo.answers.size >= max) memo.answers.delete(memo.answers.keys().next().value!);
  memo.answers.set(key, value);
  return value;
}
