/** A long title is kept whole in the library and in every export; only display and file names shorten it, at a word. */
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { exportFileBaseName } from '../../../src/main/core/export';
import { shortTitle } from '../../../src/shared/short-title';
import { client, importText, newCore, rangeOf } from '../core/helpers';

/** A 400-character headline whose 200th character falls inside a word. */
const HEADLINE = `Northeast revitalization: ${'regional output climbs as investment returns to the rust belt, '.repeat(6)}officials say`.slice(0, 400).trim();

describe('full titles', () => {
  it('imports a 400-character headline whole and exports it whole in CSV, report and Copydesk JSON', async () => {
    expect(HEADLINE.length).toBeGreaterThan(390);
    const core = newCore();
    const api = client(core);
    const bundle = await importText(core, `${HEADLINE}\nThe regional GDP rose 5.8%.`, 'long.txt');
    expect(bundle.document.title).toBe(HEADLINE);
    const { annotations } = await api.call('annotations:create', {
      documentId: bundle.document.id,
      baseRevision: bundle.document.revision,
      annotations: [{ kind: 'claim', ...rangeOf(bundle.document.text, 'The regional GDP rose 5.8%.') }],
    });
    await api.call('claims:update', { annotationId: annotations[0].id, status: 'verified', verdict: 'Matches the bureau.' });

    const [csv] = await api.call('export:document', { id: bundle.document.id, format: 'csv' });
    expect(csv.content).toContain(HEADLINE);
    const [report] = await api.call('export:document', { id: bundle.document.id, format: 'report' });
    expect(new JSDOM(report.content).window.document.querySelector('h1')?.textContent).toBe(HEADLINE);
    const [copy] = await api.call('export:document', { id: bundle.document.id, format: 'copydesk-json' });
    expect(JSON.parse(copy.content).document.title).toBe(HEADLINE);
  });

  it('names files after the title cut at a word, never inside one', () => {
    const base = exportFileBaseName(HEADLINE);
    expect(base.length).toBeLessThanOrEqual(80);
    const slug = HEADLINE.toLowerCase().replace(/[^a-z]+/g, '-');
    expect(slug.startsWith(`${base}-`)).toBe(true);
  });

  it('shortens a title for display at a word boundary, with "…"', () => {
    const short = shortTitle(HEADLINE, 120);
    expect(short.length).toBeLessThanOrEqual(120);
    expect(short.endsWith('…')).toBe(true);
    expect(HEADLINE.startsWith(short.slice(0, -1))).toBe(true);
    expect(HEADLINE[short.length - 1]).toMatch(/[\s,]/); // the cut fell between words
    expect(shortTitle('Harbin  record\n')).toBe('Harbin record');
    expect(shortTitle('𝐇'.repeat(10), 6)).toBe('𝐇𝐇…'); // one over-long word: cut between code points
  });
});
