/**
 * Import rules for text and data-keyed names (issue 13): UTF-32 is read as UTF-32, a NUL anywhere is
 * binary, zero-width-only files are empty, .copydesk.json titles are capped at the rename limit, and
 * brat types that are Object.prototype names or longer than a label may be import as ordinary labels
 * the app can then edit.
 */
import { describe, expect, test } from 'vitest';
import { client, newCore } from './helpers';

const b64 = (bytes: Uint8Array | string): string => Buffer.from(bytes as Uint8Array).toString('base64');

function utf32(text: string, littleEndian: boolean, bom = true): Uint8Array {
  const points = [...(bom ? '\uFEFF' : ''), ...text].map((c) => c.codePointAt(0)!);
  const view = new DataView(new ArrayBuffer(points.length * 4));
  points.forEach((p, i) => view.setUint32(i * 4, p, littleEndian));
  return new Uint8Array(view.buffer);
}

async function importFile(name: string, data: Uint8Array | string, companions: Array<{ name: string; data: string }> = []) {
  const core = newCore();
  const api = client(core);
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  const result = await api.call('documents:import', { name, data: b64(bytes), companions });
  const bundle = result.status === 'imported' ? await api.call('documents:bundle', { id: result.document.id }) : null;
  return { api, result, bundle };
}

describe('encodings', () => {
  test.each([
    ['UTF-32LE with a byte-order mark', utf32('Harbin 😀 rose.\nSecond line.', true)],
    ['UTF-32BE with a byte-order mark', utf32('Harbin 😀 rose.\nSecond line.', false)],
    ['UTF-32LE without a mark', utf32('Harbin 😀 rose.\nSecond line.', true, false)],
  ])('%s is read as UTF-32', async (_, bytes) => {
    const { bundle } = await importFile('wide.txt', bytes);
    expect(bundle?.document.text).toBe('Harbin 😀 rose.\nSecond line.');
  });

  test('a NUL byte after the first 8 KB refuses the file as binary', async () => {
    const { result } = await importFile('late-nul.txt', `${'a'.repeat(10_000)}\u0000tail`);
    expect(result).toEqual({ status: 'skipped', reason: '“late-nul.txt” does not look like text (it contains binary data: a NUL character at position 10,000).' });
  });

  test('a file of only zero-width characters is empty', async () => {
    const { result } = await importFile('invisible.txt', '\u200B\u2060\uFEFF\u200B\n\u200D');
    expect(result).toEqual({ status: 'skipped', reason: '“invisible.txt” is empty (it holds only invisible characters such as zero-width spaces).' });
  });
});

describe('.copydesk.json titles', () => {
  test('a 10 MB title is cut to the 1,000 characters rename allows, with a warning', async () => {
    const file = JSON.stringify({ format: 'copydesk', version: 1, document: { title: 'T'.repeat(10_000_000), text: 'Body.' }, annotations: [] });
    const { api, result, bundle } = await importFile('big-title.copydesk.json', file);
    expect(result.status).toBe('imported');
    if (result.status !== 'imported') return;
    expect(bundle!.document.title).toHaveLength(1000);
    expect(result.warnings).toContain('The title in “big-title.copydesk.json” was 10,000,000 characters long; it was cut to the 1,000 Copydesk keeps.');
    // and it can be renamed to itself, as any other title
    await api.call('documents:rename', { id: bundle!.document.id, title: bundle!.document.title });
  });

  test('a file nested a million levels deep is refused in a sentence', async () => {
    const { result } = await importFile('deep.copydesk.json', `{"format":"copydesk","version":1,"document":{"title":"t","text":"x"},"annotations":${'['.repeat(1_000_000)}${']'.repeat(1_000_000)}}`);
    expect(result).toEqual({ status: 'skipped', reason: expect.stringContaining('it nests more than 64 levels deep') });
  });
});

describe('brat entity types', () => {
  const text = 'Harbin Electric met Jilin Chemical.';

  test.each(['__proto__', 'constructor', 'prototype', 'hasOwnProperty', 'toString'])('a type called %s imports as an ordinary label', async (type) => {
    const ann = `T1\t${type} 0 15\tHarbin Electric\nT2\tClaim 20 34\tJilin Chemical\n`;
    const { result, bundle } = await importFile('objects.txt', text, [{ name: 'objects.ann', data: b64(Buffer.from(ann)) }]);
    expect(result.status).toBe('imported');
    expect(bundle!.annotations.map((a) => [a.kind, a.label])).toEqual([
      ['entity', type.toUpperCase()],
      ['claim', null],
    ]);
  });

  test('types longer than a label may be are shortened, kept apart, and can be edited and restored', async () => {
    const long = 'VERY_LONG_ENTITY_TYPE_'.repeat(4);
    const ann = `T1\t${long}A 0 15\tHarbin Electric\nT2\t${long}B 20 34\tJilin Chemical\n`;
    const { api, result, bundle } = await importFile('long.txt', text, [{ name: 'long.ann', data: b64(Buffer.from(ann)) }]);
    expect(result.status).toBe('imported');
    if (result.status !== 'imported') return;
    const [first, second] = bundle!.annotations.map((a) => a.label!);
    expect(first).toHaveLength(60);
    expect(second).toHaveLength(60);
    expect(first).not.toBe(second);
    expect(result.warnings.some((w) => w.startsWith('2 entity types in “long.ann” were longer than the 60 characters a label may have'))).toBe(true);
    const label = (await api.call('labels:list', {})).find((l) => l.name === first)!;
    await api.call('labels:update', { id: label.id, color: '#123456' });
    const annotation = bundle!.annotations[0];
    await api.call('annotations:delete', { ids: [annotation.id] });
    const restored = await api.call('annotations:restore', { documentId: bundle!.document.id, annotations: [annotation], claims: [], sources: [] });
    expect(restored.restored).toBe(1);
  });
});
