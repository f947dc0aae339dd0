/**
 * Entry point of the team server (`npm run server -- --pg URL …`, run through tsx). See USAGE.
 *
 * `--migrate` upgrades the database's schema and exits; `--create-admin LOGIN` creates the first
 * administrator (password from COPYDESK_ADMIN_PASSWORD or standard input) and exits; otherwise the
 * server refuses a database whose schema is older than this code and serves until Ctrl+C/SIGTERM.
 * `--pg-scratch` runs on a throw-away PostgreSQL cluster (tests, demos): migrated, gone on exit.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { maxImportOption, parseArgs, portOption, UsageError, type ParsedArgs } from '../cli/args';
import { packageVersion } from '../cli/context';
import { startCluster, type PgCluster } from '../main/core/pg/cluster';
import { migratePg, recordedPgSchemaVersion } from '../main/core/pg/migrations/migrations';
import { pgLocation, pgStore } from '../main/core/pg/store';
import { bodyLimitFor } from '../web/server';
import { Accounts } from './accounts';
import { listenRefusal } from './address';
import { readAdminPassword } from './password-input';
import { logEvent, stdoutSink } from './request-log';
import { isRole, type Role } from './roles';
import { startTeamServer } from './server';

const USAGE = `Usage: npm run server -- --pg URL [--host ADDRESS] [--port N] [--public] [--url URL]
       npm run server -- --pg URL --migrate
       npm run server -- --pg URL --create-admin LOGIN [--name "Full Name"] [--role chief]

Serves a team library on PostgreSQL to a desk of signed-in users.
  --pg URL             the database (postgres://user:password@host:5432/db); or COPYDESK_PG_URL
  --pg-scratch         a throw-away PostgreSQL cluster instead (tests and demos; deleted on exit)
  --host ADDRESS       where to listen (default 127.0.0.1)
  --port N             the port (default 8080; 0 picks a free one)
  --public             allow a non-loopback --host (a TLS reverse proxy on another machine)
  --url URL            the address people open through your TLS proxy (https://desk.example.org);
                       required with --public
  --migrate            upgrade the database's schema and exit
  --create-admin LOGIN create an administrator and exit (with --pg-scratch: and serve); the
                       password comes from COPYDESK_ADMIN_PASSWORD or standard input
  --name NAME          the new administrator's display name (default: the login)
  --role ROLE          their role: editor, fact-checker or chief (default chief)
  --max-import-mb N    the largest file to import, in megabytes (default 25)
  --renderer DIR       the built renderer (default out/renderer)
  --log-dir DIR        where copydesk.log (unexpected errors, with their details) is written
                       (default: the current folder)`;

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));

const out = stdoutSink;

/** The server's options from the command line; throws UsageError. */
function readOptions(args: ParsedArgs) {
  const port = portOption(args) ?? 8080;
  const host = args.options.get('host') ?? '127.0.0.1';
  const allowPublic = args.flags.has('public');
  let publicUrl: URL | undefined;
  const urlText = args.options.get('url');
  if (urlText !== undefined) {
    try {
      publicUrl = new URL(urlText);
    } catch {
      throw new UsageError(`--url must be an address like https://desk.example.org, not "${urlText}".`);
    }
    if (publicUrl.protocol !== 'https:' && publicUrl.protocol !== 'http:') throw new UsageError('--url must start with https://.');
  }
  if (allowPublic && publicUrl?.protocol !== 'https:') throw new UsageError('--public needs --url with the https address people open, through your TLS proxy.');
  const refused = listenRefusal(host, allowPublic);
  if (refused !== null) throw new UsageError(refused);
  const role = args.options.get('role') ?? 'chief';
  if (!isRole(role)) throw new UsageError(`--role must be editor, fact-checker or chief, not "${role}".`);
  return { port, host, allowPublic, publicUrl, role: role as Role, maxImportBytes: maxImportOption(args, process.env) };
}

async function run(argv: readonly string[]): Promise<number> {
  let args: ParsedArgs;
  let options: ReturnType<typeof readOptions>;
  try {
    args = parseArgs(argv, {
      flags: ['public', 'migrate', 'pg-scratch'],
      options: ['pg', 'host', 'port', 'url', 'create-admin', 'name', 'role', 'max-import-mb', 'renderer', 'log-dir'],
    });
    if (args.help) {
      process.stdout.write(`${USAGE}\n`);
      return 0;
    }
    if (args.positionals.length > 0) throw new UsageError(`unexpected argument "${args.positionals[0]}".`);
    options = readOptions(args);
    if (!args.options.get('pg') && !process.env.COPYDESK_PG_URL && !args.flags.has('pg-scratch')) throw new UsageError('say which database: --pg URL (or COPYDESK_PG_URL).');
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`copydesk server: ${error.message}\n${USAGE}\n`);
    return 2;
  }

  let cluster: PgCluster | null = null;
  let url = args.options.get('pg') ?? process.env.COPYDESK_PG_URL ?? '';
  if (args.flags.has('pg-scratch')) {
    cluster = await startCluster();
    url = cluster.url();
  }
  const where = pgLocation(url);

  if (args.flags.has('migrate') || cluster !== null) {
    const pool = new pg.Pool({ connectionString: url });
    pool.on('error', () => undefined);
    try {
      const client = await pool.connect();
      try {
        const applied = await migratePg(client, where);
        logEvent(out, 'migrated', { database: where, applied: applied.join(',') || 'none', version: await recordedPgSchemaVersion(client) });
      } finally {
        client.release();
      }
    } finally {
      await pool.end();
    }
    if (args.flags.has('migrate')) return 0;
  }

  const adminLogin = args.options.get('create-admin');
  if (adminLogin !== undefined) {
    const pool = new pg.Pool({ connectionString: url });
    pool.on('error', () => undefined);
    try {
      await recordedPgSchemaVersion(pool).then((v) => {
        if (v < 2) throw new Error(`the database ${where} has no accounts yet; run with --migrate first.`);
      });
      const password = await readAdminPassword();
      const user = await new Accounts({ pool }).createUser(
        { login: adminLogin, displayName: args.options.get('name') ?? adminLogin, role: options.role, isAdmin: true },
        password,
      );
      process.stdout.write(`Created the administrator ${user.login} (${user.displayName}, ${user.role}).\n`);
    } finally {
      await pool.end();
    }
    if (cluster === null) return 0; // on a scratch cluster the server starts with its admin
  }

  const rendererDir = resolve(process.env.INIT_CWD ?? process.cwd(), args.options.get('renderer') ?? resolve(projectRoot, 'out/renderer'));
  if (!existsSync(resolve(rendererDir, 'index.html'))) {
    process.stderr.write(`copydesk server: the app is not built (${rendererDir}/index.html is missing); run "npx electron-vite build".\n`);
    return 1;
  }

  const store = pgStore(url, { migrate: false });
  await store.ready(); // a wrong address or an old schema is said now, not at the first request
  const accounts = new Accounts({ pool: store.pool });
  // The core (parsers, suggesters, workers) is loaded only to serve: --migrate and --create-admin stay quick.
  const { createCore } = await import('../main/core/service');
  const logDir = resolve(process.env.INIT_CWD ?? process.cwd(), args.options.get('log-dir') ?? '.');
  const core = createCore({ store, version: packageVersion(), maxImportBytes: options.maxImportBytes, logDir });
  const server = await startTeamServer({
    core,
    accounts,
    health: async () => ({ database: 'ok', schemaVersion: await recordedPgSchemaVersion(store.pool) }),
    rendererDir,
    host: options.host,
    port: options.port,
    allowPublic: options.allowPublic,
    publicUrl: options.publicUrl,
    maxBodyBytes: options.maxImportBytes === undefined ? undefined : bodyLimitFor(options.maxImportBytes),
    log: out,
  });
  logEvent(out, 'listening', { url: server.url, database: where });
  const sweep = setInterval(() => void accounts.deleteStaleSessions().catch(() => undefined), 3600_000);
  sweep.unref();

  let stopping = false;
  const stop = (signal: NodeJS.Signals): void => {
    if (stopping) return;
    stopping = true;
    void server
      .close()
      .then(() => core.close())
      .then(() => cluster?.stop())
      .finally(() => {
        logEvent(out, 'stopped', { signal });
        process.exit(0);
      });
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  return -1; // keep running
}

run(process.argv.slice(2)).then(
  (code) => {
    if (code >= 0) process.exit(code);
  },
  (error: unknown) => {
    process.stderr.write(`copydesk server: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
