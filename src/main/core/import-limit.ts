/**
 * The import size limit as a user sets it: `--max-import-mb N` on the CLI's `import`, the web mode
 * and the desktop app, with the environment variable `COPYDESK_MAX_IMPORT_MB` as the default for
 * all three (the option wins). N is in megabytes of 1024 × 1024 bytes, like the 25 MB default, and
 * may have a fraction ("0.5"); it must be above 0 and at most 256 (a file travels base64-encoded through
 * IPC, HTTP and the CLI, and V8 strings and SQLite blobs stop well short of a gigabyte).
 */

/** The option's name, without the dashes. */
export const MAX_IMPORT_OPTION = 'max-import-mb';
/** The environment variable giving the default. */
export const MAX_IMPORT_ENV = 'COPYDESK_MAX_IMPORT_MB';
/** The largest limit a user may set, in megabytes. */
export const MAX_IMPORT_MB_CEILING = 256;

const MB = 1024 * 1024;
const DECIMAL = /^(?:\d+(?:\.\d*)?|\.\d+)$/;

/**
 * Reads a megabyte count as bytes; `from` names where it came from in the message ("--max-import-mb").
 * Throws a RangeError unless it is a plain decimal number above 0 and at most MAX_IMPORT_MB_CEILING.
 */
export function parseMaxImportMb(value: string, from: string): number {
  const text = value.trim();
  const mb = DECIMAL.test(text) ? Number(text) : Number.NaN;
  if (!(mb > 0) || mb > MAX_IMPORT_MB_CEILING) {
    throw new RangeError(`${from} must be a number of megabytes above 0 and at most ${MAX_IMPORT_MB_CEILING}, not "${value}".`);
  }
  return Math.max(1, Math.floor(mb * MB));
}

/**
 * The limit in bytes: the option when given, else the environment variable when set (and not empty),
 * else undefined (the core's default). Throws a RangeError naming whichever was malformed.
 */
export function maxImportBytesFrom(option: string | undefined, env: Readonly<Record<string, string | undefined>>): number | undefined {
  if (option !== undefined) return parseMaxImportMb(option, `--${MAX_IMPORT_OPTION}`);
  const fromEnv = env[MAX_IMPORT_ENV];
  if (fromEnv === undefined || fromEnv.trim() === '') return undefined;
  return parseMaxImportMb(fromEnv, MAX_IMPORT_ENV);
}
