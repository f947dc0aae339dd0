/**
 * Issue 11 item 21: after documents:updateText, an annotation that did not move keeps a quote
 * context (prefix/suffix) that matches the new text around it, so a later re-anchoring by quote is
 * guided by what is really there.
 */
import { describe, expect, test } from 'vitest';
import { client, importText, newCore, rangeOf } from './helpers';

describe('documents:updateText refreshes the quote context near the edit', () => {
  test('an annotation before the edit gets the new suffix; one far away is not rewritten', async () => {
    const core = newCore();
    const api = client(core);
    const far = 'x'.repeat(200);
    const bundle = await importText(core, `Harbin Electric rose sharply this year.\n${far} Jilin Chemical closed.`);
    const doc = bundle.document;
    const harbin = rangeOf(doc.text, 'Harbin Electric');
    const jilin = rangeOf(doc.text, 'Jilin Chemical');
    const { annotations } = await api.call('annotations:create', {
      documentId: doc.id,
      annotations: [
        { kind: 'entity', label: 'ORG', ...harbin },
        { kind: 'entity', label: 'ORG', ...jilin },
      ],
    });
    const jilinBefore = annotations.find((a) => a.quote === 'Jilin Chemical')!;
    const text = doc.text.replace('rose sharply', 'fell sharply');
    const saved = await api.call('documents:updateText', { id: doc.id, baseRevision: doc.revision, text, moves: [] });
    const h = saved.annotations.find((a) => a.quote === 'Harbin Electric')!;
    expect(h.start).toBe(harbin.start);
    expect(h.suffix).toBe(text.slice(harbin.end, harbin.end + 32));
    expect(h.suffix.startsWith(' fell sharply')).toBe(true);
    const stored = (await api.call('annotations:list', { documentId: doc.id })).find((a) => a.id === h.id)!;
    expect(stored.suffix).toBe(h.suffix);
    const j = saved.annotations.find((a) => a.quote === 'Jilin Chemical')!;
    expect(j.updatedAt).toBe(jilinBefore.updatedAt); // out of reach of the edit: untouched
  });
});
