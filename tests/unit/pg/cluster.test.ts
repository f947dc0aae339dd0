/**
 * The throw-away cluster (src/main/core/pg/cluster.ts) that tests, `npm run bench:team` and a
 * scratch team server run on: it starts, makes databases, and leaves nothing behind when stopped.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { reapAbandonedClusters, startCluster } from '../../../src/main/core/pg/cluster';
import { PG_INSTALLED } from './harness';

describe.skipIf(!PG_INSTALLED)('a throw-away PostgreSQL cluster', () => {
  it('serves databases on 127.0.0.1, and stop() ends the server and removes its folder', async () => {
    const cluster = await startCluster();
    try {
      expect(cluster.host).toBe('127.0.0.1');
      await cluster.createDatabase('scratch library');
      const client = new pg.Client({ connectionString: cluster.url('scratch library') });
      await client.connect();
      const { rows } = await client.query('SELECT current_database() AS name, current_setting($1) AS encoding', ['server_encoding']);
      await client.end();
      expect(rows).toEqual([{ name: 'scratch library', encoding: 'UTF8' }]);
      expect(existsSync(cluster.dir)).toBe(true);
    } finally {
      await cluster.stop();
    }
    expect(existsSync(cluster.dir)).toBe(false);
    const late = new pg.Client({ connectionString: cluster.url(), connectionTimeoutMillis: 2000 });
    await expect(late.connect()).rejects.toThrow(/ECONNREFUSED/);
    await cluster.stop(); // twice is harmless
  }, 60_000);

  it('removes the folder of a cluster whose process died without stopping it, and leaves live ones alone', () => {
    const root = mkdtempSync(join(tmpdir(), 'copydesk-reap-'));
    const dead = spawnSync(process.execPath, ['-e', '0']).pid!; // a process that has exited
    const abandoned = join(root, 'copydesk-pg-abandoned');
    const live = join(root, 'copydesk-pg-live');
    const foreign = join(root, 'copydesk-pg-foreign');
    for (const dir of [abandoned, live, foreign]) mkdirSync(dir);
    writeFileSync(join(abandoned, 'owner.pid'), String(dead));
    writeFileSync(join(live, 'owner.pid'), String(process.pid));
    expect(reapAbandonedClusters(root)).toBe(1);
    expect([existsSync(abandoned), existsSync(live), existsSync(foreign)]).toEqual([false, true, true]);
    rmSync(root, { recursive: true, force: true });
  });
});
