/** `copydesk list` asks the core for pages: a library larger than one page lists every document once, newest change first. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { main } from '../../../src/cli/main';
import { createCore } from '../../../src/main/core/service';
import { dispatch } from '../../../src/shared/dispatch';
import { MAX_PAGE_SIZE } from '../../../src/shared/library-query';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

it('lists a library of more than one page, every document once, most recently changed first', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'copydesk-list-'));
  dirs.push(dir);
  const db = join(dir, 'library.sqlite');
  const count = MAX_PAGE_SIZE + 7;
  const core = createCore({ dbPath: db, version: 'test', cpu: 'inline', suggestOnImport: false });
  try {
    const files = Array.from({ length: count }, (_, i) => ({ name: `note-${i}.txt`, data: Buffer.from(`Note ${i}\nThe harbour master logged ship ${i}.`).toString('base64') }));
    for (let at = 0; at < count; at += 200) {
      const result = await dispatch(core.handlers, 'documents:importMany', { files: files.slice(at, at + 200) });
      if (!result.ok) throw new Error(result.error.message);
    }
  } finally {
    core.close();
  }
  const out: string[] = [];
  const code = await main(['list', '--json', '--db', db], { out: (t) => out.push(t), err: () => {}, cwd: dir, env: {} });
  expect(code).toBe(0);
  const listed = JSON.parse(out.join('\n')) as Array<{ id: string; updatedAt: string }>;
  expect(listed).toHaveLength(count);
  expect(new Set(listed.map((d) => d.id)).size).toBe(count);
  const times = listed.map((d) => d.updatedAt);
  expect(times).toEqual([...times].sort().reverse());
}, 60_000);
