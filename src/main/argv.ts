/**
 * The desktop shell's command line: `electron . [--db PATH] [--max-import-mb N]` (or `--db=PATH`,
 * `--max-import-mb=N`), with `COPYDESK_MAX_IMPORT_MB` as the default import limit.
 * Electron and Chromium add switches of their own, so anything unknown is ignored rather than refused.
 */
import { maxImportBytesFrom, MAX_IMPORT_OPTION } from './core/import-limit';

/** What the shell takes from its command line. */
export interface ShellArgs {
  /** The library file to open; absent means the default library. */
  dbPath?: string;
  /** The import size limit in bytes; absent means the core's default (25 MB). */
  maxImportBytes?: number;
}

/** The value of `--NAME VALUE` at `argv[i]` or of `--NAME=VALUE`; undefined when `argv[i]` is another argument. */
function valueOf(argv: readonly string[], i: number, name: string, missing: string): { value: string; consumed: number } | undefined {
  const arg = argv[i];
  if (arg === `--${name}`) {
    const next = argv[i + 1];
    if (next === undefined || next === '' || next.startsWith('--')) throw new RangeError(missing);
    return { value: next, consumed: 1 };
  }
  if (arg.startsWith(`--${name}=`)) {
    const value = arg.slice(`--${name}=`.length);
    if (value === '') throw new RangeError(missing);
    return { value, consumed: 0 };
  }
  return undefined;
}

/**
 * Reads `--db PATH` and `--max-import-mb N` from a full `process.argv`, the import limit defaulting to
 * `COPYDESK_MAX_IMPORT_MB` in `env`. A relative path is resolved by the caller.
 * Throws a RangeError when `--db` is given without a path, or the import limit is missing, not a number,
 * not above 0 or above 256 (MAX_IMPORT_MB_CEILING).
 */
export function parseShellArgs(argv: readonly string[], env: Readonly<Record<string, string | undefined>> = {}): ShellArgs {
  const args: ShellArgs = {};
  let maxImportMb: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--') break;
    const db = valueOf(argv, i, 'db', '--db needs the path of a library file.');
    const limit = db ? undefined : valueOf(argv, i, MAX_IMPORT_OPTION, `--${MAX_IMPORT_OPTION} needs a number of megabytes.`);
    if (db) args.dbPath = db.value;
    if (limit) maxImportMb = limit.value;
    i += db?.consumed ?? limit?.consumed ?? 0;
  }
  const maxImportBytes = maxImportBytesFrom(maxImportMb, env);
  if (maxImportBytes !== undefined) args.maxImportBytes = maxImportBytes;
  return args;
}
