/**
 * The store on PostgreSQL: a team library (store/types.ts is the interface; store/sqlite.ts the
 * library on this computer). A `pg.Pool` per store; the repositories in pg/repos take the pool or a
 * transaction's client first.
 *
 * - `write(fn)`: one client, `BEGIN`, then `pg_advisory_xact_lock` on the library's key — writes to
 *   one database are serialised across every server and process as SQLite's `BEGIN IMMEDIATE`
 *   serialises them, so a handler's read-check-write (a revision check) cannot be overtaken — then
 *   the change counter is bumped, `fn` runs on a StoreTx bound to that client, COMMIT (ROLLBACK when
 *   it throws). Waiting for the lock gives up after BUSY_TIMEOUT_MS, as SQLite's busy timeout does.
 * - The connections pipeline (in-flight.ts): BEGIN goes out with the first query, the writes
 *   nobody reads the answer of go out without waiting, and COMMIT waits for them all — a write
 *   holds the lock for a few round trips instead of one per statement.
 * - `read(fn)`: `REPEATABLE READ READ ONLY`, one snapshot; no lock.
 * - A call made while a transaction of this store is running in the same async context (a handler
 *   calling `store.x` instead of `tx.x` inside `store.write`) joins that transaction, as every call
 *   did on SQLite's single connection; otherwise it would run on another connection and wait on
 *   the rows its own transaction holds.
 * - Connecting and migrating are lazy: `pgStore` returns at once and every operation awaits them,
 *   so `createCore` stays synchronous; a failure is retried by the next operation.
 * - int8 and numeric come back as JS numbers (COUNT(*), seq, ids) — on this pool only, not globally.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import pg from 'pg';
import { ApiError } from '../../../shared/result';
import { BUSY_TIMEOUT_MS } from '../db/library-errors';
import type { Repos, Store, StoreTx } from '../store/types';
import { asPgLibraryError, isConnectionFailure } from './errors';
import { DEFERRED_WRITES, InFlight } from './in-flight';
import { assertCurrentPgSchema, migratePg } from './migrations/migrations';
import { PG_REPOS } from './modules';
import type { Queryable } from './types';

/** The advisory lock every write transaction holds (any constant: advisory keys are per database). */
export const WRITE_LOCK_KEY = 0x436f_7079_5772; // "CopyWr"

const INT8_OID = 20;
const NUMERIC_OID = 1700;

/** Type parsers for this store's pool: int8 and numeric as numbers, the rest as node-postgres does. */
const TYPES: pg.CustomTypesConfig = {
  getTypeParser: ((oid: number, format?: string) => {
    if ((oid === INT8_OID || oid === NUMERIC_OID) && format !== 'binary') return (value: string) => Number(value);
    return pg.types.getTypeParser(oid, format as 'text');
  }) as pg.CustomTypesConfig['getTypeParser'],
};

export interface PgStoreOptions {
  /** Apply pending migrations when connecting (default true); false refuses an old schema instead. */
  migrate?: boolean;
  /** How long a write waits for another one to finish before giving up (default: SQLite's busy timeout). */
  lockTimeoutMs?: number;
  /** Awaited once before the first connection (e.g. creating the database); retried if it fails. */
  prepare?: () => Promise<void>;
}

/** A running transaction, as seen by calls in its async context. */
interface OpenTx {
  client: pg.PoolClient;
  writable: boolean;
  /** False once its COMMIT has gone out or it rolled back: later calls (a job it started) use the pool. */
  open: boolean;
  tx: StoreTx;
  /** Its statements sent without waiting (BEGIN, deferred writes). */
  inFlight: InFlight;
}

/** Where a repository call runs: a transaction (with its statements in flight), or the pool. */
type Target = { q: Queryable; open: OpenTx | null };

/** The URL of `config` without its password, for messages and the log. */
export function pgLocation(config: string | pg.PoolConfig): string {
  if (typeof config === 'string') {
    try {
      const url = new URL(config);
      url.password = '';
      url.searchParams.delete('password'); // libpq takes it as a parameter too
      return url.toString();
    } catch {
      return 'the PostgreSQL address given (it is not a valid URL)';
    }
  }
  if (config.connectionString) return pgLocation(config.connectionString);
  const user = config.user ? `${config.user}@` : '';
  return `postgres://${user}${config.host ?? 'localhost'}:${config.port ?? 5432}/${config.database ?? ''}`;
}

/** The PostgreSQL store: a {@link Store}, its pool, and `ready()` — connected and migrated (or why not). */
export type PgStore = Store & { pool: pg.Pool; ready(): Promise<void> };

/** A store over the PostgreSQL database at `config` (a URL or pool options). */
export function pgStore(config: string | pg.PoolConfig, options: PgStoreOptions = {}): PgStore {
  const location = pgLocation(config);
  const lockTimeoutMs = Math.max(1, Math.round(options.lockTimeoutMs ?? BUSY_TIMEOUT_MS));
  const poolConfig: pg.PoolConfig = typeof config === 'string' ? { connectionString: config } : { ...config };
  const pool = new pg.Pool({ ...poolConfig, types: TYPES, pipeline: true });
  // An idle connection the server closes (a restart) must not crash the process; the next query
  // gets a fresh connection, or the sentence when the server stays away.
  pool.on('error', () => undefined);
  const current = new AsyncLocalStorage<OpenTx>();
  let closed = false;

  const fail = (error: unknown) => asPgLibraryError(error, location);

  let readiness: Promise<void> | null = null;
  function ready(): Promise<void> {
    if (closed) return Promise.reject(new ApiError('database', `The team library ${location} is closed.`));
    if (!readiness) {
      readiness = (async () => {
        if (options.prepare) {
          await options.prepare();
          options = { ...options, prepare: undefined };
        }
        const client = await pool.connect();
        try {
          if (options.migrate === false) {
            await assertCurrentPgSchema(client, location);
          } else {
            await migratePg(client, location);
          }
          client.release();
        } catch (error) {
          client.release(isConnectionFailure(error) ? (error as Error) : undefined);
          throw error;
        }
      })().catch((error) => {
        readiness = null; // the next operation tries again (the server may be back)
        throw fail(error);
      });
    }
    return readiness;
  }
  // Start connecting now, so the first request does not wait for it; its failure is reported there.
  ready().catch(() => undefined);

  /** Where a repository call runs: the transaction in this async context, else the pool. */
  function inContext(): Target {
    const open = current.getStore();
    return open?.open ? { q: open.client, open } : { q: pool, open: null };
  }

  function queryable(): Queryable {
    return inContext().q;
  }

  function bindRepos(target: () => Target, needsReady: boolean): Repos {
    const repos: Record<string, Record<string, (...args: unknown[]) => Promise<unknown>>> = {};
    for (const [name, module] of Object.entries(PG_REPOS)) {
      const bound: Record<string, (...args: unknown[]) => Promise<unknown>> = {};
      const deferred = (DEFERRED_WRITES as Record<string, Record<string, (args: unknown[]) => boolean> | undefined>)[name] ?? {};
      for (const [fnName, fn] of Object.entries(module as Record<string, (q: Queryable, ...args: unknown[]) => Promise<unknown>>)) {
        const oneStatement = deferred[fnName];
        bound[fnName] = async (...args) => {
          if (needsReady) await ready();
          const { q, open } = target();
          // A transaction's own repositories used after it ended would run on a connection that is
          // committing or back in the pool, maybe inside another request's transaction.
          if (open && !open.open) throw fail(new Error(`${name}.${fnName} was called after its transaction ended.`));
          if (open?.writable && oneStatement?.(args)) {
            open.inFlight.add(fn(q, ...args));
            return undefined;
          }
          try {
            return await fn(q, ...args);
          } catch (error) {
            throw fail(open ? await open.inFlight.cause(error) : error);
          }
        };
      }
      repos[name] = bound;
    }
    return repos as unknown as Repos;
  }

  async function transaction<T>(writable: boolean, fn: (tx: StoreTx) => Promise<T>): Promise<T> {
    const outer = current.getStore();
    // Nested: a write joins an open write; a read joins any open transaction.
    if (outer?.open && (outer.writable || !writable)) return fn(outer.tx);
    await ready();
    let client: pg.PoolClient;
    try {
      client = await pool.connect();
    } catch (error) {
      throw fail(error);
    }
    const open: OpenTx = { client, writable, open: true, tx: undefined as unknown as StoreTx, inFlight: new InFlight() };
    const repos = bindRepos(() => ({ q: client, open }), false);
    open.tx = {
      ...repos,
      kind: 'postgres',
      write: (inner) => (writable ? inner(open.tx) : transaction(true, inner)),
      read: (inner) => inner(open.tx),
    };
    let broken: Error | undefined;
    try {
      // Not awaited: it goes out with the transaction's first query (a simple query may hold
      // several statements; the transaction stays open). A failure (the lock's timeout) is thrown
      // by that query or at COMMIT (in-flight.ts).
      open.inFlight.add(
        client.query(
          writable
            ? `BEGIN; SET LOCAL lock_timeout = ${lockTimeoutMs}; SELECT pg_advisory_xact_lock(${WRITE_LOCK_KEY}); ` +
                'UPDATE library_state SET change_counter = change_counter + 1'
            : 'BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY',
        ),
      );
      const result = await current.run(open, () => fn(open.tx));
      open.open = false;
      const commit = client.query('COMMIT');
      commit.catch(() => undefined); // awaited below, after the statements sent before it
      await open.inFlight.settle();
      // PostgreSQL answers the COMMIT of a transaction a statement failed in with ROLLBACK.
      if ((await commit).command !== 'COMMIT') throw new Error('The transaction was rolled back.');
      return result;
    } catch (error) {
      const cause = await open.inFlight.cause(error);
      if (isConnectionFailure(cause)) broken = cause as Error;
      else await client.query('ROLLBACK').catch((e: Error) => (broken = e));
      throw fail(cause);
    } finally {
      open.open = false;
      await open.inFlight.drain();
      client.release(broken);
    }
  }

  const repos = bindRepos(inContext, true);

  return {
    ...repos,
    pool,
    ready,
    kind: 'postgres',
    location,
    write: (fn) => transaction(true, fn),
    read: (fn) => transaction(false, fn),
    async changeCounter() {
      await ready();
      try {
        const { rows } = await queryable().query<{ n: number }>('SELECT change_counter AS n FROM library_state');
        return String(rows[0].n);
      } catch (error) {
        throw fail(error);
      }
    },
    async close() {
      if (closed) return;
      closed = true;
      await readiness?.catch(() => undefined);
      await pool.end();
    },
  };
}
