/**
 * The CLI's router: `copydesk COMMAND [ARGS…] [--db PATH]`. Every command runs API operations through
 * `dispatch` on the same library file the app uses. Exit codes: 0 success, 1 failure (one line
 * `copydesk: …` on stderr), 2 usage error (with a pointer to `--help`).
 */
import { errorDetail } from '../main/core/error-log';
import { parseArgs, UsageError } from './args';
import { printable } from './terminal-text';
import { CliError, packageVersion, withLibrary, type CliIo, type Command } from './context';
import { agreementCommand } from './commands/agreement';
import { assignCommand } from './commands/assign';
import { exportCommand } from './commands/export';
import { importCommand } from './commands/import';
import { listCommand } from './commands/list';
import { searchCommand } from './commands/search';
import { deleteCommand, showCommand } from './commands/show';
import { suggestCommand } from './commands/suggest';
import { transferCommand } from './commands/transfer';

/** Every command, in the order `--help` lists them. */
export const COMMANDS: readonly Command[] = [importCommand, listCommand, showCommand, searchCommand, suggestCommand, exportCommand, deleteCommand, assignCommand, transferCommand, agreementCommand];

/** The overview printed by `copydesk --help`. */
export function overview(): string {
  const width = Math.max(...COMMANDS.map((command) => command.name.length));
  return [
    'Usage: copydesk COMMAND [ARGS…] [--db PATH] [--verbose]',
    '',
    'Works on a Copydesk library (default: your library; --db PATH for another file).',
    'With --verbose, an unexpected error prints its details (they are also in',
    'copydesk.log beside the library).',
    '',
    'Commands:',
    ...COMMANDS.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`),
    '',
    'Run "copydesk COMMAND --help" for a command\'s options.',
  ].join('\n');
}

/**
 * An error's message for the terminal: all of it (an integrity check's list of problems included —
 * it used to be cut at its first line break), on one line, with line breaks and other control
 * characters escaped so a path or a title inside it cannot forge further lines.
 */
function messageOf(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return printable(message.trim()) || 'something went wrong';
}

/** Runs the CLI with `argv` (without node and the script) and answers the exit code. */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    const topic = name === 'help' ? COMMANDS.find((command) => command.name === rest[0]) : undefined;
    if (name === undefined) {
      io.err(overview());
      return 2;
    }
    io.out(topic ? topic.help : overview());
    return 0;
  }
  if (name === '--version' || name === '-v') {
    io.out(packageVersion());
    return 0;
  }
  const command = COMMANDS.find((candidate) => candidate.name === name);
  if (!command) {
    io.err(`copydesk: unknown command "${name}". Run "copydesk --help" for the list.`);
    return 2;
  }
  let verbose = rest.includes('--verbose');
  try {
    const args = parseArgs(rest, { flags: ['verbose', ...(command.flags ?? [])], options: ['db', ...(command.options ?? [])] });
    verbose = args.flags.has('verbose');
    if (args.help) {
      io.out(command.help);
      return 0;
    }
    command.check?.(args);
    const options = command.coreOptions?.(args, io.env ?? process.env) ?? {};
    return await withLibrary(io, args.options.get('db'), (context) => command.run(args, context), options, verbose);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`copydesk ${command.name}: ${messageOf(error)} Run "copydesk ${command.name} --help" for usage.`);
      return 2;
    }
    if (error instanceof CliError) {
      io.err(`copydesk: ${messageOf(error)}`);
      return 1;
    }
    // A bug, not a refusal: a sentence, and the detail only when asked for.
    io.err(`copydesk: Something went wrong while running “${command.name}”.${verbose ? '' : ' Run it again with --verbose to see the details.'}`);
    if (verbose) io.err(errorDetail(error));
    return 1;
  }
}
