/**
 * The shape of the PostgreSQL repositories: the same functions as the SQLite ones (store/types.ts),
 * each taking the connection or transaction client it runs on first and answering a promise.
 * `pg/store.ts` binds them into a {@link Store}.
 */
import type { QueryResultRow } from 'pg';
import type { RepoModules, Repos } from '../store/types';

/** What a repository function runs its SQL on: the pool, or the client holding a transaction. */
export interface Queryable {
  query<R extends QueryResultRow = QueryResultRow>(text: string, values?: unknown[]): Promise<{ rows: R[]; rowCount: number | null }>;
}

/** The PostgreSQL implementation of one repository module `K`: its functions with the client first. */
export type PgRepo<K extends keyof RepoModules> = {
  [F in keyof Repos[K]]: Repos[K][F] extends (...args: infer A) => infer R ? (q: Queryable, ...args: A) => R : never;
};

/** Every PostgreSQL repository module. */
export type PgRepos = { [K in keyof RepoModules]: PgRepo<K> };
