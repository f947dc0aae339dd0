/**
 * A throw-away PostgreSQL cluster: initdb into a temporary folder, a postmaster on a free port
 * (TCP on 127.0.0.1, its socket in the same folder), and everything stopped and removed on `stop()`
 * or when this process exits. For tests, `npm run bench:team` and `npm run server -- --pg-scratch`.
 * Needs only the PostgreSQL binaries (the Debian `postgresql` package), no system service.
 *
 * PostgreSQL refuses to run as root; when this process is root (CI containers) the cluster runs as
 * the `postgres` system user that the package creates (the folder is chowned to it).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import pg from 'pg';

/** A running throw-away cluster. */
export interface PgCluster {
  readonly host: string;
  readonly port: number;
  /** The temporary folder holding the data directory and the socket. */
  readonly dir: string;
  /** A connection URL for `database` (default `postgres`), as the superuser `postgres`, no password. */
  url(database?: string): string;
  /** Creates `name`, as a copy of `template` when given (which must have no open connection). */
  createDatabase(name: string, template?: string): Promise<void>;
  /** Drops `name` (its connections are closed first). */
  dropDatabase(name: string): Promise<void>;
  /** Stops the server and removes the folder. Safe to call twice. */
  stop(): Promise<void>;
}

export interface ClusterOptions {
  /** Where the binaries are; default: `PG_BIN`, else the newest /usr/lib/postgresql/N/bin, else PATH. */
  bin?: string;
  /**
   * Write to disk as a real server does (fsync, synchronous commit). Off by default: a scratch
   * cluster's data is thrown away, and tests run much faster without fsync.
   */
  durable?: boolean;
  /** How long to wait for the server to accept connections. */
  startTimeoutMs?: number;
}

/** The folder holding initdb and postgres, or null when PostgreSQL is not installed. */
export function findPgBin(explicit?: string): string | null {
  const candidates: string[] = [];
  if (explicit) candidates.push(explicit);
  if (process.env.PG_BIN) candidates.push(process.env.PG_BIN);
  const debianRoot = '/usr/lib/postgresql';
  if (existsSync(debianRoot)) {
    const versions = readdirSync(debianRoot)
      .filter((v) => /^\d+$/.test(v))
      .sort((a, b) => Number(b) - Number(a));
    for (const v of versions) candidates.push(join(debianRoot, v, 'bin'));
  }
  for (const dir of (process.env.PATH ?? '').split(delimiter)) if (dir) candidates.push(dir);
  return candidates.find((dir) => existsSync(join(dir, 'initdb')) && existsSync(join(dir, 'postgres'))) ?? null;
}

/** The uid and gid to run PostgreSQL as: the `postgres` user when we are root, else ourselves. */
function runAs(): { uid: number; gid: number } | null {
  if (process.getuid?.() !== 0) return null;
  const line = readFileSync('/etc/passwd', 'utf8')
    .split('\n')
    .find((l) => l.startsWith('postgres:'));
  if (!line) {
    throw new Error('PostgreSQL refuses to run as root, and there is no "postgres" user to run it as. Run as another user, or install the postgresql package (it creates the user).');
  }
  const [, , uid, gid] = line.split(':');
  return { uid: Number(uid), gid: Number(gid) };
}

/** A TCP port nobody listens on right now on 127.0.0.1. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** The prefix of every cluster folder in the temporary directory. */
const DIR_PREFIX = 'copydesk-pg-';
/** The file in a cluster folder naming the process that owns it. */
const OWNER_FILE = 'owner.pid';

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Stops and removes the clusters of processes that died without stopping them (killed with
 * SIGKILL, no exit handler ran): their postmaster would otherwise run on, and their folder stay.
 * Answers how many it removed.
 */
export function reapAbandonedClusters(root: string = tmpdir()): number {
  let reaped = 0;
  for (const name of readdirSync(root)) {
    if (!name.startsWith(DIR_PREFIX)) continue;
    const dir = join(root, name);
    let owner: number;
    try {
      owner = Number(readFileSync(join(dir, OWNER_FILE), 'utf8'));
    } catch {
      continue; // not ours, or still being set up
    }
    if (!Number.isInteger(owner) || owner <= 0 || isAlive(owner)) continue;
    try {
      const postmaster = Number(readFileSync(join(dir, 'data', 'postmaster.pid'), 'utf8').split('\n')[0]);
      if (postmaster > 0) process.kill(postmaster, 'SIGQUIT');
    } catch {
      // no server running
    }
    rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
    reaped++;
  }
  return reaped;
}

/** Starts a fresh cluster; rejects with initdb's or postgres's own words when it cannot. */
export async function startCluster(options: ClusterOptions = {}): Promise<PgCluster> {
  const bin = findPgBin(options.bin);
  if (!bin) throw new Error('PostgreSQL is not installed: no initdb found (PG_BIN, /usr/lib/postgresql/*/bin, PATH). Install the "postgresql" package.');
  const owner = runAs();
  reapAbandonedClusters();
  const dir = mkdtempSync(join(tmpdir(), DIR_PREFIX));
  writeFileSync(join(dir, OWNER_FILE), String(process.pid));
  const dataDir = join(dir, 'data');
  if (owner) chownSync(dir, owner.uid, owner.gid);
  const ids = owner ? { uid: owner.uid, gid: owner.gid } : {};

  const init = spawnSync(
    join(bin, 'initdb'),
    ['-D', dataDir, '-U', 'postgres', '--auth=trust', '--encoding=UTF8', '--locale=C', '--no-sync'],
    { ...ids, encoding: 'utf8', cwd: dir },
  );
  if (init.status !== 0) {
    rmSync(dir, { recursive: true, force: true });
    throw new Error(`initdb failed: ${(init.stderr || init.stdout || String(init.error)).trim()}`);
  }

  const host = '127.0.0.1';
  let child: ChildProcess | null = null;
  let port = 0;
  let log = '';
  let stopped = false;

  const removeNow = () => {
    // On exit nothing can be awaited: ask the postmaster to quit at once, then remove the folder.
    if (stopped) return;
    stopped = true;
    if (child?.pid && child.exitCode === null) {
      try {
        process.kill(child.pid, 'SIGQUIT');
      } catch {
        // already gone
      }
    }
    rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
  };
  process.once('exit', removeNow);

  const settings = ['-c', `unix_socket_directories=${dir}`, '-c', `listen_addresses=${host}`, '-c', 'max_connections=200'];
  if (!options.durable) settings.push('-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off');

  for (let attempt = 0; ; attempt++) {
    port = await freePort();
    log = '';
    child = spawn(join(bin, 'postgres'), ['-D', dataDir, '-p', String(port), ...settings], { ...ids, cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout?.on('data', (b: Buffer) => (log += b.toString()));
    child.stderr?.on('data', (b: Buffer) => (log += b.toString()));
    const ready = await waitReady(child, host, port, options.startTimeoutMs ?? 30_000);
    if (ready) break;
    // Another process may have taken the port between freePort and bind: try a new one, twice.
    if (attempt >= 2 || !/could not bind|Address already in use/i.test(log)) {
      removeNow();
      process.removeListener('exit', removeNow);
      throw new Error(`PostgreSQL did not start: ${log.trim().split('\n').slice(-5).join(' ')}`);
    }
  }
  const running = child;

  const url = (database = 'postgres') => `postgres://postgres@${host}:${port}/${encodeURIComponent(database)}`;

  async function admin<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
    const client = new pg.Client({ connectionString: url() });
    await client.connect();
    try {
      return await fn(client);
    } finally {
      await client.end();
    }
  }

  return {
    host,
    port,
    dir,
    url,
    createDatabase: (name, template) =>
      admin(async (c) => {
        await c.query(`CREATE DATABASE ${quoteIdent(name)}${template ? ` TEMPLATE ${quoteIdent(template)}` : ''}`);
      }),
    dropDatabase: (name) =>
      admin(async (c) => {
        await c.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`);
      }),
    async stop() {
      if (stopped) return;
      process.removeListener('exit', removeNow);
      if (running.exitCode === null && running.signalCode === null) {
        const exited = new Promise<void>((resolve) => running.once('exit', () => resolve()));
        running.kill('SIGINT'); // fast shutdown: ends sessions, no waiting for clients
        const timer = setTimeout(() => running.kill('SIGKILL'), 10_000);
        await exited;
        clearTimeout(timer);
      }
      stopped = true;
      rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
    },
  };
}

/** Resolves true once the server accepts a connection, false if it exits or time runs out first. */
async function waitReady(child: ChildProcess, host: string, port: number, timeoutMs: number): Promise<boolean> {
  let exited = child.exitCode !== null;
  child.once('exit', () => (exited = true));
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline && !exited) {
    const client = new pg.Client({ host, port, user: 'postgres', database: 'postgres', connectionTimeoutMillis: 1000 });
    client.on('error', () => undefined);
    try {
      await client.connect();
      await client.end();
      return true;
    } catch {
      await client.end().catch(() => undefined);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  if (!exited) child.kill('SIGKILL');
  return false;
}
