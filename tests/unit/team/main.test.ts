/** `npm run server` from the command line: refusals before anything is opened, --migrate, --create-admin from stdin. */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PgCluster } from '../../../src/main/core/pg/cluster';
import { LATEST_PG_SCHEMA_VERSION, PG_MIGRATIONS } from '../../../src/main/core/pg/migrations/migrations';
import { verifyPassword } from '../../../src/team/passwords';
import { startCluster } from './team-db';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const TSX = `${ROOT}node_modules/tsx/dist/cli.mjs`;

function run(args: string[], options: { stdin?: string; env?: Record<string, string> } = {}): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [TSX, 'src/team/main.ts', ...args], { cwd: ROOT, env: { ...process.env, ...options.env }, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (b: Buffer) => (stdout += b.toString()));
    child.stderr.on('data', (b: Buffer) => (stderr += b.toString()));
    child.stdin.end(options.stdin ?? '');
    child.on('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

let cluster: PgCluster;
beforeAll(async () => {
  cluster = await startCluster();
  await cluster.createDatabase('desk');
}, 60_000);
afterAll(() => cluster?.stop());

describe('npm run server', () => {
  it('refuses a public address without --public, and --public without --url, before touching the database', async () => {
    const open = await run(['--pg', 'postgres://nobody@127.0.0.1:1/none', '--host', '0.0.0.0']);
    expect(open.code).toBe(2);
    expect(open.stderr).toMatch(/refusing to listen on 0\.0\.0\.0, which is not a loopback address/);
    const noUrl = await run(['--pg', 'postgres://nobody@127.0.0.1:1/none', '--host', '0.0.0.0', '--public']);
    expect(noUrl.code).toBe(2);
    expect(noUrl.stderr).toMatch(/--public needs --url with the https address/);
  }, 60_000);

  it('migrates and exits; creates an admin with the password from stdin, which never shows in its output', async () => {
    const url = cluster.url('desk');
    const migrated = await run(['--pg', url, '--migrate']);
    expect(migrated.code).toBe(0);
    const all = PG_MIGRATIONS.map((m) => m.version);
    expect(all).toContain(2); // the team accounts
    expect(JSON.parse(migrated.stdout.trim().split('\n').pop()!)).toMatchObject({ event: 'migrated', applied: all.join(','), version: LATEST_PG_SCHEMA_VERSION });

    const created = await run(['--pg', url, '--create-admin', 'ada', '--name', 'Ada Chief'], { stdin: 'a password from stdin\n' });
    expect(created.stderr).toBe('');
    expect(created.code).toBe(0);
    expect(created.stdout).toBe('Created the administrator ada (Ada Chief, chief).\n');
    const pool = new pg.Pool({ connectionString: url });
    const { rows } = await pool.query('SELECT login, role, is_admin, password_hash FROM users');
    await pool.end();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ login: 'ada', role: 'chief', is_admin: true });
    expect(await verifyPassword('a password from stdin', rows[0].password_hash)).toBe(true);

    const again = await run(['--pg', url, '--migrate']);
    expect(JSON.parse(again.stdout.trim().split('\n').pop()!)).toMatchObject({ applied: 'none', version: LATEST_PG_SCHEMA_VERSION });
  }, 120_000);
});
