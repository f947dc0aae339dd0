/**
 * The core service: opens the library and assembles one handler per API operation. Every front
 * door — the Electron IPC, the local web server, the CLI — calls these handlers (through
 * `dispatch`, which validates input against the contract first). No Electron, no DOM.
 */
import type Database from 'better-sqlite3';
import { join, resolve } from 'node:path';
import type { Handlers } from '../../shared/api';
import { openDatabase } from './db/open';
import { ErrorLog, logPathFor } from './error-log';
import { withErrorLog } from './logged-handlers';
import { annotationHandlers } from './handlers/annotations';
import { claimHandlers } from './handlers/claims';
import type { CoreContext } from './handlers/context';
import { documentHandlers } from './handlers/documents';
import { doubleReviewHandlers } from './handlers/double-review';
import { exportHandlers } from './handlers/export';
import { importHandlers } from './handlers/importing';
import { importBatchHandlers } from './handlers/import-batch';
import { labelHandlers } from './handlers/labels';
import { miscHandlers } from './handlers/misc';
import { libraryHandlers } from './handlers/library';
import { restoreHandlers } from './handlers/restore';
import { textHandlers } from './handlers/text';
import { suggestAfterImport, suggestionHandlers } from './handlers/suggestions';
import { SuggestionJobs } from './suggest/run';
import { noSqliteConnection } from './pg/no-sqlite';
import { pgStore } from './pg/store';
import { sqliteStore } from './store/sqlite';
import type { Store } from './store/types';
import { createCpuTasks, defaultCpuMode, type CpuMode, type CpuTasks } from './workers/index';

/** The default largest import: 25 MiB. */
export const DEFAULT_MAX_IMPORT_BYTES = 25 * 1024 * 1024;

/** How to start the core. */
export interface CoreOptions {
  /** The library file; created (with its folder) when missing. Not needed with `store` or `postgresUrl`. */
  dbPath?: string;
  /** A store to use instead of a SQLite library (team mode: a PostgreSQL store, pg/store.ts). */
  store?: Store;
  /** A team library: the PostgreSQL database at this URL (pg/store.ts), migrated on first use. */
  postgresUrl?: string;
  /** Where `copydesk.log` goes when the library is not a file (default: the working folder). */
  logDir?: string;
  /** Largest file `documents:import` accepts, in bytes (default 25 MiB). */
  maxImportBytes?: number;
  /** Path to a better-sqlite3 native addon built for this runtime (Electron's). */
  nativeBinding?: string;
  /** The app's version, reported by `app:info`. */
  version?: string;
  /**
   * Where import parsing and export rendering run: in a worker thread, so that a long one does not
   * block the thread that answers the window, or inline. Default: `defaultCpuMode()` — the worker,
   * except under vitest (or `COPYDESK_CPU=inline`). A worker that cannot start falls back to inline.
   */
  cpu?: CpuMode;
  /**
   * Suggest in the background for each imported document (when Settings → Suggestions allows it).
   * Default: on, except under vitest, whose tests count what an import stores.
   */
  suggestOnImport?: boolean;
}

/** A running core: its handlers and its open database. */
export interface Core {
  handlers: Handlers;
  /** The library's store (SQLite here; PostgreSQL in team mode). */
  store: Store;
  db: Database.Database;
  /** Absolute path of the library file; for a team library, its URL without the password. */
  dbPath: string;
  /** What runs import parsing and export rendering. */
  cpu: CpuTasks;
  /** The background suggestions after imports. */
  suggestions: SuggestionJobs;
  /** Where unexpected errors are written (`copydesk.log` beside the library; Help → Show log). */
  log: ErrorLog;
  /** Stops the task worker and closes the database; the handlers must not be called afterwards. */
  close(): void;
}

/**
 * Opens the library at `options.dbPath` (migrating it) and returns the handlers.
 * Throws `ApiError('database', …)` when the file is not a Copydesk library, is damaged or is newer.
 */
export function createCore(options: CoreOptions): Core {
  const team = options.store ?? (options.postgresUrl ? pgStore(options.postgresUrl) : null);
  if (!team && !options.dbPath) throw new Error('createCore needs a library: dbPath, store or postgresUrl.');
  const dbPath = team ? team.location : resolve(options.dbPath!);
  const db = team ? noSqliteConnection(team.location) : openDatabase(dbPath, { nativeBinding: options.nativeBinding });
  const log = new ErrorLog(team ? join(resolve(options.logDir ?? '.'), 'copydesk.log') : logPathFor(dbPath));
  const store = team ?? sqliteStore(db);
  const context: CoreContext = {
    store,
    dbPath,
    log,
    maxImportBytes: options.maxImportBytes ?? DEFAULT_MAX_IMPORT_BYTES,
    version: options.version ?? 'development',
  };
  const cpu = createCpuTasks(options.cpu ?? defaultCpuMode());
  const suggestions = new SuggestionJobs(store, cpu, log);
  const imports = suggestAfterImport(
    { ...importHandlers(context, cpu), ...importBatchHandlers(context, cpu) },
    context,
    suggestions,
    options.suggestOnImport ?? !process.env.VITEST,
  );
  const handlers: Handlers = withErrorLog({
    ...miscHandlers(context),
    ...documentHandlers(context),
    ...libraryHandlers(context),
    ...imports,
    ...textHandlers(context),
    ...annotationHandlers(context),
    ...restoreHandlers(context),
    ...claimHandlers(context),
    ...doubleReviewHandlers(context),
    ...labelHandlers(context),
    ...exportHandlers(context, cpu),
    ...suggestionHandlers(context, cpu, suggestions),
  }, log);
  return {
    handlers,
    store,
    db,
    dbPath,
    cpu,
    suggestions,
    log,
    close() {
      suggestions.close();
      cpu.close();
      if (team) void store.close().catch(() => undefined);
      else if (db.open) db.close();
    },
  };
}
