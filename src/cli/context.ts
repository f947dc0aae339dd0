/**
 * What every CLI command works with: where output goes, which library to open, and `call`, which
 * runs one API operation through `dispatch` (the same contract as the app) and throws a CliError with
 * the core's own message when the Result is not ok.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Input, OperationName, Output } from '../shared/api';
import { dispatch } from '../shared/dispatch';
import { LOG_POINTER } from '../shared/unexpected';
import { createCore, type Core, type CoreOptions } from '../main/core/service';
import { defaultLibraryPath } from '../main/core/paths';
import type { ParsedArgs } from './args';

/** Where the CLI writes and what it knows about its surroundings (tests pass their own). */
export interface CliIo {
  /** Writes one line (or several) to standard output. */
  out(text: string): void;
  /** Writes one line to standard error. */
  err(text: string): void;
  /** The folder relative paths are resolved against. */
  cwd: string;
  /** The environment (for `COPYDESK_MAX_IMPORT_MB`); default `process.env`. */
  env?: Readonly<Record<string, string | undefined>>;
}

/** A failure the CLI reports as `copydesk: <message>` with exit code 1. */
export class CliError extends Error {
  override readonly name = 'CliError';
}

/** The running command's surroundings. */
export interface CliContext {
  io: CliIo;
  /** Absolute path of the library file. */
  dbPath: string;
  /** Runs one operation; answers its output or throws a CliError with the core's message. */
  call<K extends OperationName>(name: K, input: Input<K>): Promise<Output<K>>;
  /** Resolves a path the user typed against `io.cwd`. */
  resolvePath(path: string): string;
}

/** True when `library` names a team library (a PostgreSQL address) rather than a library file. */
export function isTeamLibraryUrl(library: string): boolean {
  return /^postgres(ql)?:\/\//i.test(library);
}

/** The version in package.json, reported by `app:info` and `--version`. */
export function packageVersion(): string {
  try {
    const json = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version?: unknown };
    return typeof json.version === 'string' ? json.version : '0.0.0';
  } catch {
    return '0.0.0';
  }
}

/** What a command may set on the core it runs against. */
export type CommandCoreOptions = Pick<CoreOptions, 'maxImportBytes' | 'suggestOnImport'>;

/**
 * Opens the library at `dbPath` (default: the user's library) and runs `body` with a context; always closes it.
 * `options` are passed on to the core (the import size limit).
 */
export async function withLibrary<T>(
  io: CliIo,
  dbPath: string | undefined,
  body: (context: CliContext) => Promise<T>,
  options: CommandCoreOptions = {},
  verbose = false,
): Promise<T> {
  const team = dbPath !== undefined && isTeamLibraryUrl(dbPath);
  const path = team ? undefined : dbPath ? resolve(io.cwd, dbPath) : defaultLibraryPath();
  let core: Core;
  try {
    core = createCore(team ? { ...options, postgresUrl: dbPath, logDir: io.cwd, version: packageVersion() } : { ...options, dbPath: path, version: packageVersion() });
  } catch (error) {
    throw new CliError(error instanceof Error ? error.message : String(error));
  }
  const context: CliContext = {
    io,
    dbPath: core.dbPath,
    async call(name, input) {
      const result = await dispatch(core.handlers, name, input);
      if (!result.ok) {
        // The core logged an unexpected error's detail (copydesk.log); --verbose shows it here too.
        const detail = result.error.code === 'internal' ? core.log.lastDetail : null;
        if (verbose && detail) io.err(detail);
        const pointer = `the details are in ${core.log.path}${verbose ? '' : ' (run again with --verbose to see them here)'}`;
        throw new CliError(result.error.code === 'internal' ? result.error.message.replace(LOG_POINTER, pointer) : result.error.message);
      }
      return result.value as Output<typeof name>;
    },
    resolvePath: (p) => resolve(io.cwd, p),
  };
  try {
    const result = await body(context);
    // Suggestions for the files just imported run in the background; let them finish before closing.
    const waiting = core.suggestions.size;
    if (waiting > 0) {
      io.err(`Making suggestions for ${waiting === 1 ? 'the imported document' : `${waiting} imported documents`} (--no-suggest skips this; Settings → Suggestions turns it off)…`);
    }
    await core.suggestions.idle();
    return result;
  } finally {
    core.close();
  }
}

/** One CLI command: its help and how to run it. */
export interface Command {
  name: string;
  /** One line for the overview. */
  summary: string;
  /** The full `--help` text. */
  help: string;
  /** Options beyond the common `--db PATH` and `--help`. */
  flags?: readonly string[];
  options?: readonly string[];
  /** Throws a UsageError for arguments the command cannot take, before the library is opened. */
  check?(args: ParsedArgs): void;
  /** Core options from the arguments and the environment; throws a UsageError for a bad value. */
  coreOptions?(args: ParsedArgs, env: Readonly<Record<string, string | undefined>>): CommandCoreOptions;
  /** Runs with the library open; answers the exit code. */
  run(args: ParsedArgs, context: CliContext): Promise<number>;
}
