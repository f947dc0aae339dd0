/**
 * The `db` of a core on a team library: there is no SQLite connection, and the handlers not yet
 * moved to the store (handlers/context.ts `db`) must fail with a sentence, not a TypeError deep in
 * better-sqlite3. Goes away with `CoreContext.db`.
 */
import type Database from 'better-sqlite3';
import { ApiError } from '../../../shared/result';

export function noSqliteConnection(location: string): Database.Database {
  return new Proxy({} as Database.Database, {
    get(_, property) {
      // Probes by inspection, promises and `db.open` checks get plain answers.
      if (typeof property === 'symbol' || property === 'then' || property === 'toJSON') return undefined;
      if (property === 'open') return false;
      if (property === 'name') return location;
      throw new ApiError('internal', `This operation is not available on a team library yet (it still needs a SQLite library; db.${property}).`);
    },
  });
}
