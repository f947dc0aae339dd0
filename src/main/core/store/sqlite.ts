/**
 * The store on SQLite: the library on this computer. Each repository function runs synchronously on
 * the one better-sqlite3 connection and is handed back as a resolved promise.
 *
 * Transactions are serialised in this process by a queue: a transaction's callback may await
 * (a worker, another repository call), and without the queue a second handler's statements would
 * run inside the first one's open transaction on the shared connection. Across processes SQLite's
 * own write lock does the same (`BEGIN IMMEDIATE`, busy timeout in db/open.ts).
 */
import type Database from 'better-sqlite3';
import * as annotations from '../repos/annotations';
import * as claims from '../repos/claims';
import * as claimsPage from '../repos/claims-page';
import * as documents from '../repos/documents';
import * as doubleReviews from '../repos/double-reviews';
import * as events from '../repos/events';
import * as labels from '../repos/labels';
import * as library from '../repos/library';
import * as settings from '../repos/settings';
import * as suggestions from '../suggest/store';
import * as suggestContext from '../suggest/context';
import { asLibraryError } from '../db/library-errors';
import { stmt } from '../db/sql';
import type { RepoModules, Repos, Store, StoreTx } from './types';

const MODULES: RepoModules = { annotations, claims, claimsPage, documents, doubleReviews, events, labels, library, settings, suggestions, suggestContext };

/** Every function of `module`, with `db` bound as its first argument and its answer as a promise. */
function bindModule(db: Database.Database, module: object): Record<string, (...args: unknown[]) => Promise<unknown>> {
  const bound: Record<string, (...args: unknown[]) => Promise<unknown>> = {};
  for (const [name, value] of Object.entries(module)) {
    if (typeof value !== 'function') continue;
    const fn = value as (db: Database.Database, ...args: unknown[]) => unknown;
    bound[name] = (...args) => {
      try {
        return Promise.resolve(fn(db, ...args));
      } catch (error) {
        return Promise.reject(asLibraryError(error, db.name));
      }
    };
  }
  return bound;
}

function bindRepos(db: Database.Database): Repos {
  const repos: Record<string, unknown> = {};
  for (const [name, module] of Object.entries(MODULES)) repos[name] = bindModule(db, module);
  return repos as unknown as Repos;
}

/** A store over the open SQLite library `db`. The caller keeps ownership of `db` until `close`. */
export function sqliteStore(db: Database.Database): Store & { db: Database.Database } {
  const repos = bindRepos(db);
  let queue: Promise<unknown> = Promise.resolve();

  /** Runs `fn` after every transaction queued before it. */
  function serialised<T>(fn: () => Promise<T>): Promise<T> {
    const run = queue.then(fn, fn);
    queue = run.catch(() => undefined);
    return run;
  }

  /** The store as seen inside a transaction: nested transactions run inline. */
  const inside: StoreTx = {
    ...repos,
    kind: 'sqlite',
    write: (fn) => fn(inside),
    read: (fn) => fn(inside),
  };

  function transaction<T>(begin: string, fn: (tx: StoreTx) => Promise<T>): Promise<T> {
    return serialised(async () => {
      try {
        db.exec(begin);
      } catch (error) {
        throw asLibraryError(error, db.name);
      }
      try {
        const result = await fn(inside);
        db.exec('COMMIT');
        return result;
      } catch (error) {
        if (db.inTransaction) db.exec('ROLLBACK');
        throw asLibraryError(error, db.name);
      }
    });
  }

  return {
    ...repos,
    db,
    kind: 'sqlite',
    location: db.name,
    write: (fn) => transaction('BEGIN IMMEDIATE', fn),
    read: (fn) => transaction('BEGIN DEFERRED', fn),
    // data_version moves when another connection (the CLI, the import worker, another process)
    // commits; total_changes() when this one writes. Together: any change anywhere, for two reads.
    async changeCounter() {
      const dataVersion = db.pragma('data_version', { simple: true }) as number;
      const ownChanges = stmt<[], { n: number }>(db, 'SELECT total_changes() AS n').get()!.n;
      return `${dataVersion}.${ownChanges}`;
    },
    async close() {
      await queue;
      if (db.open) db.close();
    },
  };
}
