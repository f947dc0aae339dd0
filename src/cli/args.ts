/**
 * A small command-line parser for the CLI and the web-mode entry point: positionals, boolean flags
 * and valued options (`--name value` or `--name=value`), `--` to end options. Anything unknown or
 * malformed is a UsageError, which the commands turn into exit code 2.
 */

import { maxImportBytesFrom, MAX_IMPORT_OPTION } from '../main/core/import-limit';

/** A mistake in how a command was called (exit code 2). */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** Which options a command accepts. */
export interface ArgSpec {
  /** Options without a value (`--json`, `--all`). */
  flags?: readonly string[];
  /** Options with a value (`--db PATH`). */
  options?: readonly string[];
}

/** What was given. */
export interface ParsedArgs {
  positionals: string[];
  flags: Set<string>;
  options: Map<string, string>;
  /** `--help` or `-h` was given. */
  help: boolean;
}

/** Parses `argv` (without the command name) against `spec`; throws a UsageError on anything else. */
export function parseArgs(argv: readonly string[], spec: ArgSpec): ParsedArgs {
  const flags = new Set(spec.flags ?? []);
  const options = new Set(spec.options ?? []);
  const result: ParsedArgs = { positionals: [], flags: new Set(), options: new Map(), help: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') {
      result.positionals.push(...argv.slice(i + 1));
      break;
    }
    if (arg === '--help' || arg === '-h') {
      result.help = true;
      continue;
    }
    if (!arg.startsWith('-') || arg === '-') {
      result.positionals.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = arg.startsWith('--') ? arg.slice(2, eq === -1 ? undefined : eq) : '';
    if (flags.has(name)) {
      if (eq !== -1) throw new UsageError(`--${name} takes no value.`);
      result.flags.add(name);
    } else if (options.has(name)) {
      let value: string | undefined;
      if (eq !== -1) value = arg.slice(eq + 1);
      else {
        value = argv[i + 1];
        i++;
      }
      if (value === undefined || value === '' || (eq === -1 && value.startsWith('--'))) throw new UsageError(`--${name} needs a value.`);
      result.options.set(name, value);
    } else {
      throw new UsageError(`unknown option ${eq === -1 ? arg : arg.slice(0, eq)}.`);
    }
  }
  return result;
}

/** Reads `--port N` as a TCP port (0–65535); undefined when absent. */
export function portOption(args: ParsedArgs): number | undefined {
  const value = args.options.get('port');
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value) || Number(value) > 65535) throw new UsageError(`--port must be a number from 0 to 65535, not "${value}".`);
  return Number(value);
}

/**
 * The import size limit in bytes from `--max-import-mb N`, else `COPYDESK_MAX_IMPORT_MB` in `env`;
 * undefined when neither is given (the core's 25 MB). A malformed or out-of-range value is a UsageError.
 */
export function maxImportOption(args: ParsedArgs, env: Readonly<Record<string, string | undefined>>): number | undefined {
  try {
    return maxImportBytesFrom(args.options.get(MAX_IMPORT_OPTION), env);
  } catch (error) {
    if (error instanceof RangeError) throw new UsageError(error.message);
    throw error;
  }
}
