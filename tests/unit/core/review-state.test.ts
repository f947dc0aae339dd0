/**
 * The review status tells the truth: the first edit of a New document — including resolving the
 * teaser candidates an HTML import proposed — moves it to In review; an edit of a Reviewed document
 * moves it back to In review, logged. A False or Misleading rating with neither verdict nor source is
 * listed before marking reviewed.
 */
import { describe, expect, test } from 'vitest';
import { b64, client, importText, newCore, rangeOf } from './helpers';

const HTML = `<!doctype html><html><head><title>Harbin fair</title></head><body>
<article><h1>Harbin fair draws investors</h1><p>The Harbin trade fair drew 224 projects worth 12 billion yuan on Friday, organisers said in a statement.</p>
<p>Officials said investment in the Harbin Electric Power Group rose sharply over the year, with new contracts signed.</p></article>
<aside><h2>Related</h2><ul><li><a href="/a">Snow festival draws record crowds</a></li><li><a href="/b">Ice lanterns light up the city</a></li></ul></aside>
</body></html>`;

async function statusChanges(api: ReturnType<typeof client>, id: string) {
  return (await api.call('events:list', { documentId: id })).filter((e) => e.action === 'document.status_changed').map((e) => e.data);
}

describe('New becomes In review on the first edit', () => {
  test('resolving every teaser candidate of an HTML import moves it to In review', async () => {
    const core = newCore();
    const api = client(core);
    const imported = await api.call('documents:import', { name: 'fair.html', data: b64(HTML) });
    if (imported.status !== 'imported') throw new Error('not imported');
    const bundle = await api.call('documents:bundle', { id: imported.document.id });
    const candidates = bundle.annotations.filter((a) => a.attrs.pending);
    expect(candidates.length).toBeGreaterThan(0);
    expect(bundle.document.status).toBe('new');
    await api.call('annotations:delete', { ids: candidates.map((c) => c.id) }); // dismissed
    expect((await api.call('documents:get', { id: imported.document.id })).status).toBe('in_review');
    expect(await statusChanges(api, imported.document.id)).toEqual([{ before: 'new', after: 'in_review', reason: 'edited' }]);
  });

  test('a text correction of a New document moves it to In review', async () => {
    const core = newCore();
    const api = client(core);
    const doc = (await importText(core)).document;
    await api.call('documents:updateText', { id: doc.id, baseRevision: 0, text: doc.text.replace('sharply', 'steeply'), moves: [] });
    expect((await api.call('documents:get', { id: doc.id })).status).toBe('in_review');
  });
});

describe('editing a Reviewed document', () => {
  test('moves it back to In review, logged, whether an annotation, a claim or the text changes', async () => {
    const core = newCore();
    const api = client(core);
    const doc = (await importText(core)).document;
    const { annotations } = await api.call('annotations:create', { documentId: doc.id, annotations: [{ kind: 'claim', ...rangeOf(doc.text, 'The three northeastern provinces') }] });
    const claimId = annotations[0].id;
    await api.call('claims:update', { annotationId: claimId, status: 'verified', verdict: 'Bureau figure.' });

    await api.call('documents:setStatus', { id: doc.id, status: 'reviewed' });
    await api.call('claims:update', { annotationId: claimId, verdict: 'Bureau figure, 2023 bulletin.' });
    expect((await api.call('documents:get', { id: doc.id })).status).toBe('in_review');

    await api.call('documents:setStatus', { id: doc.id, status: 'reviewed' });
    await api.call('annotations:create', { documentId: doc.id, annotations: [{ kind: 'entity', label: 'PLACE', ...rangeOf(doc.text, 'Harbin') }] });
    expect((await api.call('documents:get', { id: doc.id })).status).toBe('in_review');

    const edits = (await statusChanges(api, doc.id)).filter((d) => d.reason === 'edited');
    expect(edits.map((d) => `${d.before} → ${d.after}`).sort()).toEqual(['new → in_review', 'reviewed → in_review', 'reviewed → in_review']);
  });

  test('a change that changes nothing leaves it Reviewed', async () => {
    const core = newCore();
    const api = client(core);
    const doc = (await importText(core)).document;
    const { annotations } = await api.call('annotations:create', { documentId: doc.id, annotations: [{ kind: 'claim', ...rangeOf(doc.text, 'The three northeastern provinces') }] });
    await api.call('claims:update', { annotationId: annotations[0].id, status: 'verified', verdict: 'Bureau figure.' });
    await api.call('documents:setStatus', { id: doc.id, status: 'reviewed' });
    await api.call('claims:update', { annotationId: annotations[0].id, verdict: 'Bureau figure.' });
    expect((await api.call('documents:get', { id: doc.id })).status).toBe('reviewed');
  });
});

describe('an unsupported False or Misleading rating', () => {
  test('is listed by Mark reviewed until it has a verdict or a source', async () => {
    const core = newCore();
    const api = client(core);
    const doc = (await importText(core)).document;
    const { annotations } = await api.call('annotations:create', { documentId: doc.id, annotations: [{ kind: 'claim', ...rangeOf(doc.text, 'The three northeastern provinces') }] });
    const annotationId = annotations[0].id;
    await api.call('claims:update', { annotationId, status: 'false' });
    expect((await api.call('documents:reviewWarnings', { id: doc.id })).warnings).toEqual([
      '1 claim rated False or Misleading with no verdict and no source: “The three northeastern provinces”',
    ]);
    await api.call('sources:add', { annotationId, url: 'https://stats.example.gov/2023', title: 'Bulletin', quote: '', note: '', consultedAt: null });
    expect((await api.call('documents:reviewWarnings', { id: doc.id })).warnings).toEqual([]);
  });
});
