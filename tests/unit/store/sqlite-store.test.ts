/** The SQLite store: repository calls as promises, and transactions that commit, roll back and queue. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../src/main/core/db/open';
import { sqliteStore } from '../../../src/main/core/store/sqlite';
import { tempDir } from '../core/helpers';

function store() {
  return sqliteStore(openDatabase(join(tempDir(), 'library.sqlite')));
}

describe('the SQLite store', () => {
  it('answers repository calls and commits a write', async () => {
    const s = store();
    await s.write(async (tx) => tx.settings.setSetting('reviewerName', 'Ana'));
    expect(await s.settings.getReviewerName()).toBe('Ana');
    await s.close();
  });

  it('rolls a failed write back whole', async () => {
    const s = store();
    await expect(
      s.write(async (tx) => {
        await tx.settings.setSetting('reviewerName', 'Ana');
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(await s.settings.getReviewerName()).toBe('');
    await s.close();
  });

  it('runs a second transaction only after the first, even when the first awaits', async () => {
    const s = store();
    const order: string[] = [];
    const first = s.write(async (tx) => {
      order.push('first begins');
      await new Promise((r) => setTimeout(r, 20));
      await tx.settings.setSetting('k', '1');
      order.push('first ends');
    });
    const second = s.write(async (tx) => {
      order.push('second begins');
      await tx.settings.setSetting('k', '2');
    });
    await Promise.all([first, second]);
    expect(order).toEqual(['first begins', 'first ends', 'second begins']);
    expect(await s.settings.getSetting('k')).toBe('2');
    await s.close();
  });

  it('lets a nested write join the outer transaction', async () => {
    const s = store();
    await expect(
      s.write(async (tx) => {
        await tx.write(async (inner) => inner.settings.setSetting('k', 'inner'));
        throw new Error('outer fails');
      }),
    ).rejects.toThrow('outer fails');
    expect(await s.settings.getSetting('k')).toBeUndefined();
    await s.close();
  });

  it('moves the change counter on a write', async () => {
    const s = store();
    const before = await s.changeCounter();
    await s.write(async (tx) => tx.settings.setSetting('k', 'v'));
    expect(await s.changeCounter()).not.toBe(before);
    await s.close();
  });
});
