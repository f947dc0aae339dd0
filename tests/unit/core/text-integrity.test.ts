/**
 * Text stays well-formed UTF-16 with offsets that hold (issue 13): a lone surrogate, wherever it
 * enters, is stored as U+FFFD — one code unit for one — so lengths and every later offset survive the
 * round trip through SQLite (which would read it back as three U+FFFD).
 */
import { describe, expect, test } from 'vitest';
import { docx, documentXml } from '../hostile/zip';
import { b64, client, importText, newCore, rangeOf } from './helpers';

const LONE = '\uD800';

describe('lone surrogates', () => {
  test('documents:updateText keeps the length it was sent and the annotations after the surrogate', async () => {
    const core = newCore();
    const api = client(core);
    const bundle = await importText(core, 'Harbin Electric rose.\nA second line.');
    const { start, end } = rangeOf(bundle.document.text, 'second');
    await api.call('annotations:create', { documentId: bundle.document.id, annotations: [{ kind: 'note', start, end }] });
    const sent = `${LONE} Harbin Electric rose.\nA second line.`;
    const saved = await api.call('documents:updateText', { id: bundle.document.id, baseRevision: bundle.document.revision, text: sent, moves: [] });
    const reread = await api.call('documents:bundle', { id: bundle.document.id });
    expect(reread.document.text).toBe(`\uFFFD Harbin Electric rose.\nA second line.`);
    expect(reread.document.text.length).toBe(sent.length);
    const note = reread.annotations[0];
    expect(reread.document.text.slice(note.start, note.end)).toBe('second');
    expect(saved.annotations[0].quote).toBe('second');
  });

  test('a .copydesk.json whose text holds \\ud800 imports with every annotation on its characters', async () => {
    const core = newCore();
    const api = client(core);
    const text = `${LONE} Harbin Electric rose 5.8%.`;
    const start = text.indexOf('Harbin Electric');
    const file = JSON.stringify({
      format: 'copydesk',
      version: 1,
      document: { title: `Title ${LONE}`, text },
      annotations: [{ id: 'a1', kind: 'entity', label: 'ORG', start, end: start + 15, quote: 'Harbin Electric' }],
    });
    const result = await api.call('documents:import', { name: 'lone.copydesk.json', data: b64(file) });
    expect(result.status).toBe('imported');
    if (result.status !== 'imported') return;
    expect(result.warnings).toEqual([]);
    const bundle = await api.call('documents:bundle', { id: result.document.id });
    expect(bundle.document.text).toBe(`\uFFFD Harbin Electric rose 5.8%.`);
    expect(bundle.document.title).toBe('Title \uFFFD');
    const [org] = bundle.annotations;
    expect(bundle.document.text.slice(org.start, org.end)).toBe('Harbin Electric');
    expect(org.quote).toBe('Harbin Electric');
  });

  test('notes, verdicts and titles sent through the API are stored well-formed', async () => {
    const core = newCore();
    const api = client(core);
    const bundle = await importText(core);
    const { start, end } = rangeOf(bundle.document.text, 'regional GDP');
    const { annotations } = await api.call('annotations:create', {
      documentId: bundle.document.id,
      annotations: [{ kind: 'claim', start, end, attrs: { note: `note ${LONE}x` } }],
    });
    await api.call('claims:update', { annotationId: annotations[0].id, verdict: `verdict \uDC00` });
    await api.call('documents:rename', { id: bundle.document.id, title: `Renamed ${LONE}` });
    const reread = await api.call('documents:bundle', { id: bundle.document.id });
    expect(reread.annotations[0].attrs.note).toBe('note \uFFFDx');
    expect(reread.claims[0].verdict).toBe('verdict \uFFFD');
    expect(reread.document.title).toBe('Renamed \uFFFD');
  });

  test('a .docx heading written as &#xD800; becomes a well-formed title', async () => {
    const core = newCore();
    const api = client(core);
    const heading = '<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>&#xD800; Harbour</w:t></w:r></w:p>';
    const body = '<w:p><w:r><w:t>Traffic &#xDC00; rose.</w:t></w:r></w:p>';
    const data = Buffer.from(docx(documentXml(heading + body))).toString('base64');
    const result = await api.call('documents:import', { name: 'lone.docx', data });
    expect(result.status).toBe('imported');
    if (result.status !== 'imported') return;
    const { document } = await api.call('documents:bundle', { id: result.document.id });
    expect(document.title).toBe('\uFFFD Harbour');
    expect(document.text).toBe('\uFFFD Harbour\nTraffic \uFFFD rose.');
  });
});
