/** The report states what is true: a source's date without an invented time, deleted entities apart from present ones. */
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { exportDocument } from '../../../src/main/core/export';
import type { DocumentBundle } from '../../../src/shared/types';
import { CTX, annotation, makeBundle } from '../../fixtures/export/bundle';

function reportOf(bundle: DocumentBundle): Document {
  const [file] = exportDocument(bundle, 'report', CTX);
  return new JSDOM(file.content).window.document;
}

describe('review report', () => {
  it('prints a consulted date as a date, with no time of day', () => {
    const bundle = makeBundle();
    // The source form stores the chosen day as local noon: 12:00 in UTC+2 is 10:00 UTC.
    bundle.sources = bundle.sources.map((s) => ({ ...s, consultedAt: '2024-05-04T10:00:00.000Z' }));
    const text = reportOf(bundle).body.textContent ?? '';
    expect(text).toContain('Consulted on 4 May 2024');
    expect(text).not.toMatch(/Consulted[^\n]*\d{2}:\d{2}/);
    expect(text).not.toContain('10:00 UTC');
  });

  it('lists an entity whose text was deleted under "No longer in the text", never in the table of present entities', () => {
    const bundle = makeBundle();
    bundle.annotations.push(annotation('entity', { start: 0, end: 0 }, { label: 'PLACE', orphaned: true, quote: 'Heilongjiang', prefix: '', suffix: '' }));
    const doc = reportOf(bundle);
    const [present, gone] = [...doc.querySelectorAll('table')].map((t) => t.textContent ?? '');
    expect(present).toContain('Harbin Electric');
    expect(present).not.toContain('Heilongjiang');
    expect(doc.getElementById('entities-orphaned')?.textContent).toBe('No longer in the text');
    expect(gone).toContain('Heilongjiang');
    expect(gone).not.toContain('Harbin Electric');
  });

  it('says no present entity remains when every tagged entity was deleted', () => {
    const bundle = makeBundle();
    bundle.annotations = bundle.annotations.map((a) => (a.kind === 'entity' ? { ...a, orphaned: true } : a));
    const doc = reportOf(bundle);
    expect(doc.body.textContent).toContain('None of the tagged entities is in the current text.');
    expect(doc.querySelectorAll('table')).toHaveLength(1);
  });
});
