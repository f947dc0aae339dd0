/**
 * Entry point of the local web mode (`npm run web -- [--db PATH] [--port N] [--max-import-mb N]`, run through tsx):
 * opens the library, serves the built renderer and the API on 127.0.0.1, prints the address with its
 * token, and on Ctrl+C / SIGTERM stops the server and closes the library (checkpointing the WAL).
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createCore, type Core } from '../main/core/service';
import { defaultLibraryPath } from '../main/core/paths';
import { maxImportOption, parseArgs, portOption, UsageError } from '../cli/args';
import { packageVersion } from '../cli/context';
import { bodyLimitFor, startWebServer } from './server';
import { warmUp } from './warm-up';

const USAGE = `Usage: npm run web -- [--db PATH] [--port N] [--max-import-mb N] [--renderer DIR]

Serves Copydesk on http://127.0.0.1 for your browser.
  --db PATH            the library file (default: your Copydesk library)
  --port N             the port (default: a free one)
  --max-import-mb N    the largest file to import, in megabytes (above 0, at most
                       256; default: COPYDESK_MAX_IMPORT_MB, else 25)
  --renderer DIR       the built renderer (default: out/renderer)`;

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));

async function run(argv: readonly string[]): Promise<number> {
  const cwd = process.env.INIT_CWD ?? process.cwd();
  let args;
  let port: number | undefined;
  let maxImportBytes: number | undefined;
  try {
    args = parseArgs(argv, { options: ['db', 'port', 'renderer', 'max-import-mb'] });
    port = portOption(args);
    maxImportBytes = maxImportOption(args, process.env);
    if (args.positionals.length > 0) throw new UsageError(`unexpected argument "${args.positionals[0]}".`);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`copydesk web: ${error.message}\n${USAGE}\n`);
    return 2;
  }
  if (args.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const rendererDir = resolve(cwd, args.options.get('renderer') ?? resolve(projectRoot, 'out/renderer'));
  if (!existsSync(resolve(rendererDir, 'index.html'))) {
    process.stderr.write(`copydesk: the app is not built (${rendererDir}/index.html is missing); run "npx electron-vite build" or "npm run web".\n`);
    return 1;
  }
  const dbOption = args.options.get('db');
  let core: Core;
  try {
    core = createCore({ dbPath: dbOption ? resolve(cwd, dbOption) : defaultLibraryPath(), version: packageVersion(), maxImportBytes });
  } catch (error) {
    process.stderr.write(`copydesk: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
  await warmUp(core.handlers);
  let server;
  try {
    // The API body carries the file in base64: let it be as large as the import limit needs.
    server = await startWebServer({ core, port, rendererDir, maxBodyBytes: maxImportBytes === undefined ? undefined : bodyLimitFor(maxImportBytes) });
  } catch (error) {
    core.close();
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'EADDRINUSE' ? `port ${port} is already in use` : error instanceof Error ? error.message : String(error);
    process.stderr.write(`copydesk: cannot start the web server: ${reason}.\n`);
    return 1;
  }
  process.stdout.write(`Copydesk is running at ${server.url}\n`);
  process.stdout.write(`Library: ${core.dbPath}\nPress Ctrl+C to stop.\n`);

  let stopping = false;
  const stop = (signal: NodeJS.Signals): void => {
    if (stopping) return;
    stopping = true;
    void server.close().finally(() => {
      core.close();
      process.stdout.write(`Copydesk stopped (${signal}); the library is saved.\n`);
      process.exit(0);
    });
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  return 0;
}

run(process.argv.slice(2)).then(
  (code) => {
    if (code !== 0) process.exit(code);
  },
  (error: unknown) => {
    process.stderr.write(`copydesk: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
