/** `export:toFolder` from the UI (one call per document) and from the CLI (one call for all). */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ExportBatches } from '../../../src/main/core/export/batches';
import { client, importText, newCore, tempDir } from './helpers';

describe('export:toFolder', () => {
  test('calls sharing a batchId number same-titled documents instead of overwriting them', async () => {
    const core = newCore();
    const api = client(core);
    const first = (await importText(core, 'Harbin\nFirst story.')).document;
    const second = (await importText(core, 'Harbin\nSecond story.')).document;
    const dir = tempDir();
    for (const doc of [first, second]) await api.call('export:toFolder', { ids: [doc.id], formats: ['brat'], dir, batchId: 'batch-1' });
    expect(readdirSync(dir).sort()).toEqual(['annotation.conf', 'harbin-2.ann', 'harbin-2.txt', 'harbin.ann', 'harbin.txt']);
    expect(readFileSync(join(dir, 'harbin-2.txt'), 'utf8')).toContain('Second story.');
    // A new batch replaces the files of an earlier export, as before.
    await api.call('export:toFolder', { ids: [second.id], formats: ['brat'], dir, batchId: 'batch-2' });
    expect(readFileSync(join(dir, 'harbin.txt'), 'utf8')).toContain('Second story.');
  });

  test('a document that fails does not stop the others', async () => {
    const core = newCore();
    const api = client(core);
    const good = (await importText(core, 'Good\nA story.')).document;
    const result = await api.call('export:toFolder', { ids: ['missing-id', good.id], formats: ['text'], dir: tempDir() });
    expect(result.written.map((p) => p.split(/[\\/]/).pop())).toEqual(['good.clean.txt']);
    expect(result.failed).toEqual([{ documentId: 'missing-id', title: '', message: expect.stringContaining('missing-id') }]);
    // When nothing could be written the call fails, as a one-document export from the UI expects.
    expect((await api.fail('export:toFolder', { ids: ['missing-id'], formats: ['text'], dir: tempDir() })).code).toBe('not_found');
  });

  test('remembers only the most recent batches', () => {
    const batches = new ExportBatches(2);
    batches.namesFor('a', '/tmp/x').add('harbin.txt');
    batches.namesFor('b', '/tmp/x');
    batches.namesFor('c', '/tmp/x');
    expect(batches.size).toBe(2);
    expect(batches.namesFor('a', '/tmp/x').size).toBe(0);
    expect(batches.namesFor(undefined, '/tmp/x')).not.toBe(batches.namesFor(undefined, '/tmp/x'));
  });
});
