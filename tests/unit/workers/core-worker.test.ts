/**
 * The core with `cpu: 'worker'`: documents:import and the exports go through the task worker while
 * the database stays on this thread; results, skips and errors are the same as inline.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { EXPORT_FORMATS } from '../../../src/shared/types';
import { defaultCpuMode } from '../../../src/main/core/workers/index';
import { b64, client, newCore, rangeOf, tempDir } from '../core/helpers';
import { fixture } from '../import/helpers';
import { sqlRows } from '../pg/harness';

describe('a core whose CPU tasks run in a worker', () => {
  test('imports a page, answers cheap requests meanwhile, and exports as the inline core does', async () => {
    const core = newCore({ cpu: 'worker' });
    const inlineCore = newCore({ cpu: 'inline' });
    expect([core.cpu.mode, inlineCore.cpu.mode]).toEqual(['worker', 'inline']);
    const api = client(core);
    const page = Buffer.from(fixture('harbour-page.html')).toString('base64');
    const importing = api.call('documents:import', { name: 'harbour-page.html', data: page });
    // The main thread is free while the worker parses: a listing answers before the import does.
    const order: string[] = [];
    await Promise.all([importing.then(() => order.push('import')), api.call('documents:list', {}).then(() => order.push('list'))]);
    expect(order).toEqual(['list', 'import']);
    const result = await importing;
    const inlineResult = await client(inlineCore).call('documents:import', { name: 'harbour-page.html', data: page });
    if (result.status !== 'imported' || inlineResult.status !== 'imported') throw new Error('not imported');
    const bundle = await api.call('documents:bundle', { id: result.document.id });
    const inlineBundle = await client(inlineCore).call('documents:bundle', { id: inlineResult.document.id });
    expect(bundle.document.text).toBe(inlineBundle.document.text);
    expect(bundle.annotations.map((a) => [a.kind, a.start, a.end, a.attrs])).toEqual(inlineBundle.annotations.map((a) => [a.kind, a.start, a.end, a.attrs]));
    // The original bytes, shared with the worker, are stored intact.
    const [{ original }] = (await sqlRows(core, 'SELECT original FROM documents WHERE id = ?', result.document.id)) as Array<{ original: Buffer }>;
    expect(original.equals(Buffer.from(fixture('harbour-page.html')))).toBe(true);

    const { annotations } = await api.call('annotations:create', { documentId: result.document.id, annotations: [{ kind: 'claim', ...rangeOf(bundle.document.text, 'Container traffic') }] });
    await api.call('claims:update', { annotationId: annotations[0].id, status: 'verified' }); // ClaimReview holds claims with a verdict
    for (const format of EXPORT_FORMATS) {
      const files = await api.call('export:document', { id: result.document.id, format });
      expect(files.length, format).toBeGreaterThan(0);
    }
    const dir = join(tempDir(), 'out');
    const { written } = await api.call('export:toFolder', { ids: [result.document.id], formats: ['text', 'brat'], dir });
    expect(written).toHaveLength(4); // .clean.txt, .txt, .ann and annotation.conf
    expect(readFileSync(written[0], 'utf8')).toContain('Container traffic');
  });

  test('an unreadable file is skipped with the reason, and a missing document is not_found, as inline', async () => {
    const api = client(newCore({ cpu: 'worker' }));
    expect(await api.call('documents:import', { name: 'scan.pdf', data: b64('%PDF-1.7 binary') })).toMatchObject({ status: 'skipped', reason: expect.stringContaining('scan.pdf') });
    expect(await api.call('documents:import', { name: 'big.txt', data: b64('x'.repeat(2048)) }).then((r) => r.status)).toBe('imported');
    expect(await client(newCore({ cpu: 'worker', maxImportBytes: 1024 })).call('documents:import', { name: 'big.txt', data: b64('x'.repeat(2048)) })).toMatchObject({
      status: 'skipped',
      reason: '“big.txt” is 2 KB; the limit is 1 KB.',
    });
    expect((await api.fail('export:document', { id: 'missing', format: 'text' })).code).toBe('not_found');
  });

  test('the default is inline under vitest, the worker elsewhere, and COPYDESK_CPU decides when set', () => {
    expect(defaultCpuMode({ VITEST: 'true' })).toBe('inline');
    expect(defaultCpuMode({})).toBe('worker');
    expect(defaultCpuMode({ VITEST: 'true', COPYDESK_CPU: 'worker' })).toBe('worker');
    expect(defaultCpuMode({ COPYDESK_CPU: 'inline' })).toBe('inline');
  });
});
