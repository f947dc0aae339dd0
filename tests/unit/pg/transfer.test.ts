/** A local library into a team library and back again, losslessly (`copydesk transfer`). */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../../src/cli/main';
import { essence, fillLibrary, onlyDocument } from '../cli/transfer-fixture';
import { adminQuery, databaseUrl, testCluster, uniqueDatabaseName } from './harness';

let cluster: { admin: string; stop(): Promise<void> };
let dir: string;
beforeAll(async () => {
  cluster = await testCluster();
  dir = mkdtempSync(join(tmpdir(), 'copydesk-transfer-pg-'));
}, 120_000);
afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  await cluster?.stop();
});

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (t) => out.push(t), err: (t) => err.push(t), cwd: dir, env: {} });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('transfer between a library file and a team library', () => {
  it('moves a local library into PostgreSQL and back without losing anything', async () => {
    const name = uniqueDatabaseName('transfer');
    await adminQuery(cluster.admin, `CREATE DATABASE "${name}"`);
    const team = databaseUrl(cluster.admin, name);
    const original = await fillLibrary(join(dir, 'local.sqlite'));

    const push = await cli('transfer', '--db', 'local.sqlite', '--to', team);
    expect(push.err).toBe('');
    expect(push.code).toBe(0);
    expect(essence(await onlyDocument(team))).toEqual(essence(original));

    const back = await cli('transfer', '--db', team, '--to', 'home.sqlite');
    expect(back.code).toBe(0);
    expect(essence(await onlyDocument(join(dir, 'home.sqlite')))).toEqual(essence(original));
  }, 60_000);
});
