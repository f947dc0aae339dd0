// A save that fails for lack of disk space answers its own code and a sentence — not
// "internal: database or disk is full" — and loses nothing that was acknowledged (issue 11, item 22).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { createCore } from '../../../src/main/core/service';
import { errorMessage } from '../../../src/renderer/ui/errors';
import { ApiError } from '../../../src/shared/result';
import { startWebServer } from '../../../src/web/server';
import { b64, client, newCore } from '../core/helpers';
import { mountSmallDisk, NO_MOUNT } from './small-disk';

const FULL = /^The disk is full: your change was not saved to .*library\.sqlite\. Free some space and try again\.$/;

const cleanups: Array<() => void> = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
});

/** An article of about `kb` kilobytes, different for each `n` (so it is no duplicate). */
function article(n: number, kb: number): string {
  const line = `Paragraph of document ${n}: the regional GDP rose 5.8% to 2.7 trillion yuan, officials said. `;
  return [`Document ${n}`, ...Array.from({ length: Math.ceil((kb * 1024) / line.length) }, (_, i) => `${i} ${line}`)].join('\n');
}

describe('a full disk', () => {
  test('a save refused for lack of space says so in a sentence, and the library keeps what it had', async () => {
    const core = newCore();
    const api = client(core);
    const first = await api.call('documents:import', { name: 'first.txt', data: b64(article(1, 4)) });
    expect(first.status).toBe('imported');
    // The library may not grow by a single page: the next save needs space SQLite cannot get.
    core.db.pragma(`max_page_count = ${core.db.pragma('page_count', { simple: true })}`);

    const refused = await api.fail('documents:import', { name: 'second.txt', data: b64(article(2, 64)) });
    expect(refused.code).toBe('disk_full');
    expect(refused.message).toMatch(FULL);
    expect((await api.call('documents:list', {})).map((d) => d.title)).toEqual(['Document 1']);

    core.db.pragma('max_page_count = 1073741823'); // space freed
    expect((await api.call('documents:import', { name: 'second.txt', data: b64(article(2, 64)) })).status).toBe('imported');
  });

  test('the web API answers the same code and sentence, which the window shows as is', async () => {
    const core = newCore();
    const api = client(core);
    await api.call('documents:import', { name: 'first.txt', data: b64(article(1, 4)) });
    core.db.pragma(`max_page_count = ${core.db.pragma('page_count', { simple: true })}`);
    const dir = mkdtempSync(join(tmpdir(), 'copydesk-full-web-'));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    const server = await startWebServer({ core, rendererDir: dir });
    cleanups.unshift(() => void server.close());
    const response = await fetch(`http://127.0.0.1:${server.port}/api/documents%3Aimport`, {
      method: 'POST',
      headers: { host: `127.0.0.1:${server.port}`, 'content-type': 'application/json', authorization: `Bearer ${server.token}` },
      body: JSON.stringify({ name: 'second.txt', data: b64(article(2, 64)) }),
    });
    const body = (await response.json()) as { ok: boolean; error: { code: string; message: string } };
    expect(body.ok).toBe(false);
    expect(body.error.code).toBe('disk_full');
    expect(errorMessage(new ApiError(body.error.code as 'disk_full', body.error.message))).toMatch(FULL);
  });

  test('on a real full disk, every acknowledged import is kept and the refusal is a sentence', async (context) => {
    const disk = mountSmallDisk('3m');
    if (!disk) return context.skip(NO_MOUNT);
    cleanups.push(() => disk.unmount());
    const core = createCore({ dbPath: join(disk.dir, 'library.sqlite'), version: 'test' });
    cleanups.unshift(() => core.close());
    const api = client(core);

    const acknowledged: string[] = [];
    let refusal: { code: string; message: string } | null = null;
    for (let n = 1; n <= 200 && !refusal; n++) {
      const answer = await api.call('documents:import', { name: `doc-${n}.txt`, data: b64(article(n, 48)) }).catch((error: { shape: { code: string; message: string } }) => error.shape);
      if ('status' in answer) acknowledged.push(answer.status === 'imported' ? answer.document.id : 'skipped');
      else refusal = answer;
    }
    expect(refusal).not.toBeNull();
    expect(refusal!.code).toBe('disk_full');
    expect(refusal!.message).toMatch(FULL);
    expect(acknowledged.length).toBeGreaterThan(2);
    expect((await api.call('documents:list', {})).map((d) => d.id).sort()).toEqual([...acknowledged].sort());

    disk.remount('size=16m'); // space freed
    const after = await api.call('documents:import', { name: 'after.txt', data: b64(article(999, 48)) });
    expect(after.status).toBe('imported');
  });
});
