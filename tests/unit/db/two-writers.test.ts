// Two processes writing one library take turns instead of refusing each other: every write starts
// BEGIN IMMEDIATE and waits (busy_timeout) for the other's (issue 11, item 17). The soak lasts
// COPYDESK_SOAK_SECONDS (default 10; the minute: COPYDESK_SOAK_SECONDS=60).
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { createCore } from '../../../src/main/core/service';
import { ARTICLE, b64, client } from '../core/helpers';

const root = process.cwd();
const SOAK_SECONDS = Number(process.env.COPYDESK_SOAK_SECONDS ?? 10);

const cleanups: Array<() => void> = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
});

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'copydesk-writers-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** A library holding one document to annotate: its path and the document's id. */
async function libraryWithDocument(): Promise<{ dbPath: string; documentId: string }> {
  const dbPath = join(tempDir(), 'library.sqlite');
  const core = createCore({ dbPath, version: 'test' });
  const result = await client(core).call('documents:import', { name: 'article.txt', data: b64(ARTICLE) });
  core.close();
  if (result.status !== 'imported') throw new Error('setup import skipped');
  return { dbPath, documentId: result.document.id };
}

/** Runs the writer child for `seconds`; answers its output lines. */
function writer(dbPath: string, documentId: string, seconds: number, tag: string): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'tests/unit/db/writer-process.ts'), dbPath, documentId, String(seconds), tag], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      const lines = stdout.trim().split('\n');
      if (code !== 0 || lines[lines.length - 1] !== 'done') reject(new Error(`writer ${tag} exited ${code}: ${stderr}`));
      else resolve(lines.slice(0, -1));
    });
  });
}

describe('two processes writing one library', () => {
  test(`write concurrently for ${SOAK_SECONDS} s with no refusal, and every acknowledged write is there`, async () => {
    const { dbPath, documentId } = await libraryWithDocument();
    const outputs = await Promise.all([writer(dbPath, documentId, SOAK_SECONDS, 'one'), writer(dbPath, documentId, SOAK_SECONDS, 'two')]);
    const lines = outputs.flat();

    expect(lines.filter((line) => line.startsWith('refused'))).toEqual([]);
    // Both took turns throughout (a few writes a second each is plenty: this is about refusals and
    // losses, not speed, and the test shares two cores with the rest of the suite).
    for (const output of outputs) expect(output.filter((line) => line.startsWith('ack ')).length).toBeGreaterThan(3 * SOAK_SECONDS);

    const core = createCore({ dbPath, version: 'test' });
    cleanups.unshift(() => core.close());
    const annotations = new Set(core.db.prepare('SELECT id FROM annotations').pluck().all() as string[]);
    const documents = new Set(core.db.prepare('SELECT id FROM documents').pluck().all() as string[]);
    const missing = lines.filter((line) => {
      const [what, id] = line.split(' ');
      return (what === 'ack' && !annotations.has(id)) || (what === 'ack-doc' && !documents.has(id));
    });
    expect(missing).toEqual([]);
    const acknowledged = lines.filter((line) => line.startsWith('ack')).length;
    console.info(`two writers, ${SOAK_SECONDS} s: ${acknowledged} writes acknowledged and present, 0 refused`);
  }, (SOAK_SECONDS + 60) * 1000);

  test('the CLI imports a 5 MB file while another process writes', async () => {
    const { dbPath, documentId } = await libraryWithDocument();
    const file = join(tempDir(), 'long-wire.txt');
    const paragraph = 'The northeastern provinces reported a regional GDP of 2.7 trillion yuan, a year-on-year increase of 5.8%. ';
    writeFileSync(file, Array.from({ length: Math.ceil((5 * 1024 * 1024) / paragraph.length) }, (_, i) => `${i}. ${paragraph}`).join('\n'));

    const busy = writer(dbPath, documentId, 8, 'window');
    await new Promise((r) => setTimeout(r, 1500)); // the other writer is under way
    const cli = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'src/cli/index.ts'), 'import', file, '--db', dbPath], {
      cwd: root,
      encoding: 'utf8',
    });
    const other = await busy;

    expect(cli.stderr).toBe('');
    expect(cli.stdout).toMatch(/^imported {2}.*long-wire\.txt/m);
    expect(cli.status).toBe(0);
    expect(other.filter((line) => line.startsWith('refused'))).toEqual([]);
  }, 90_000);
});
