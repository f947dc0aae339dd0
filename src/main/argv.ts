/**
 * The desktop shell's command line: `electron . --db PATH` (or `--db=PATH`).
 * Electron and Chromium add switches of their own, so anything unknown is ignored rather than refused.
 */

/** What the shell takes from its command line. */
export interface ShellArgs {
  /** The library file to open; absent means the default library. */
  dbPath?: string;
}

/**
 * Reads `--db PATH` / `--db=PATH` from a full `process.argv`. A relative path is resolved by the caller.
 * Throws a RangeError when `--db` is given without a path.
 */
export function parseShellArgs(argv: readonly string[]): ShellArgs {
  const args: ShellArgs = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') break;
    if (arg === '--db') {
      const next = argv[i + 1];
      if (next === undefined || next === '' || next.startsWith('--')) throw new RangeError('--db needs the path of a library file.');
      args.dbPath = next;
      i++;
    } else if (arg.startsWith('--db=')) {
      const value = arg.slice('--db='.length);
      if (value === '') throw new RangeError('--db needs the path of a library file.');
      args.dbPath = value;
    }
  }
  return args;
}
