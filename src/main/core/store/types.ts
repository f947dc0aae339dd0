/**
 * The store: everything the handlers read and write, behind one asynchronous interface with two
 * implementations — SQLite for a library on this computer (sqlite.ts, over the synchronous
 * repositories in ../repos) and PostgreSQL for a team library (../pg). Nothing above the store knows
 * which one it talks to; the same handler tests run against both.
 *
 * The interface is derived from the SQLite repository modules: each exported function
 * `f(db, ...args): R` becomes `f(...args): Promise<R>`. Adding a repository function therefore adds
 * it to the store, and the PostgreSQL implementation fails to type-check until it has it too.
 */
import type Database from 'better-sqlite3';
import type * as annotations from '../repos/annotations';
import type * as claims from '../repos/claims';
import type * as claimsPage from '../repos/claims-page';
import type * as documents from '../repos/documents';
import type * as doubleReviews from '../repos/double-reviews';
import type * as events from '../repos/events';
import type * as labels from '../repos/labels';
import type * as library from '../repos/library';
import type * as settings from '../repos/settings';
import type * as suggestions from '../suggest/store';
import type * as suggestContext from '../suggest/context';

type AnyRepoFunction = (db: Database.Database, ...args: never[]) => unknown;

/** The repository functions of module `M` (those taking the connection first), made asynchronous. */
export type Repo<M> = {
  [K in keyof M as M[K] extends AnyRepoFunction ? K : never]: M[K] extends (db: Database.Database, ...args: infer A) => infer R
    ? (...args: A) => Promise<R>
    : never;
};

/** The repository modules the store is made of, by the name the store gives them. */
export interface RepoModules {
  annotations: typeof annotations;
  claims: typeof claims;
  claimsPage: typeof claimsPage;
  documents: typeof documents;
  doubleReviews: typeof doubleReviews;
  events: typeof events;
  labels: typeof labels;
  library: typeof library;
  settings: typeof settings;
  suggestions: typeof suggestions;
  suggestContext: typeof suggestContext;
}

/** The repositories, each asynchronous. */
export type Repos = { [K in keyof RepoModules]: Repo<RepoModules[K]> };

/** Which database a store keeps the library in. */
export type StoreKind = 'sqlite' | 'postgres';

/**
 * The repositories plus transactions. Inside `write`/`read` the callback receives the same interface
 * bound to its transaction; calling `write`/`read` on that again runs inline (a nested write joins
 * the outer transaction, as SQLite's savepoints did).
 */
export interface StoreTx extends Repos {
  readonly kind: StoreKind;
  /**
   * Runs `fn` in one write transaction; commits when it resolves, rolls back when it throws. Writes
   * to one library are serialised (SQLite's write lock; an advisory lock on PostgreSQL), so a
   * read-check-write inside `fn` (a revision check) cannot be overtaken.
   */
  write<T>(fn: (tx: StoreTx) => Promise<T>): Promise<T>;
  /** Runs `fn` on one consistent snapshot; takes no write lock. */
  read<T>(fn: (tx: StoreTx) => Promise<T>): Promise<T>;
}

/** A store: the library, its transactions and its lifetime. */
export interface Store extends StoreTx {
  /** Where the library is, for messages and the log: a file path or a URL without its password. */
  readonly location: string;
  /**
   * A value that changes whenever anything in the library changes, from this process or another
   * (the CLI, another window, another team member): what the views poll.
   */
  changeCounter(): Promise<string>;
  /** Closes the connection(s); the store must not be used afterwards. */
  close(): Promise<void>;
}
