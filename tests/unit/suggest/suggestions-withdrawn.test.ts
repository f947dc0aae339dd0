/**
 * Suggesting again withdraws what the suggesters no longer propose (a switch from the broad claim
 * setting to the precise one): pending suggestions of the kinds that ran and are not proposed now go;
 * accepted and rejected work, kinds that did not run, and an HTML import's teaser candidates stay.
 */
import { describe, expect, test } from 'vitest';
import { EXTRACTOR_REASON } from '../../../src/main/core/db/migration-006-suggestions';
import { suggestAll } from '../../../src/main/core/suggest/index';
import type { SuggestedSpan, Suggester, SuggestionKind } from '../../../src/main/core/suggest/types';
import type { Core } from '../../../src/main/core/service';
import { b64, client, importText, newCore } from '../core/helpers';

const GDP = 'The three northeastern provinces reported a regional GDP of 2.7 trillion yuan';
const RISE = 'a year-on-year increase of 5.8%';
const OFFICIALS = 'Officials said investment in the Harbin Electric Power Group rose sharply.';

/** Suggesters whose claims are whatever `claims` holds when they run. */
function suggesters(claims: { phrases: string[] }): Record<SuggestionKind, Suggester> {
  const span = (text: string, what: string, kind: SuggestionKind, label: string | null = null): SuggestedSpan => ({
    kind,
    start: text.indexOf(what),
    end: text.indexOf(what) + what.length,
    label,
    reasons: ['fake'],
    score: 0.8,
  });
  return {
    teaser: () => [],
    claim: (text) => claims.phrases.filter((p) => text.includes(p)).map((p) => span(text, p, 'claim')),
    entity: (text) => (text.includes('Harbin') ? [span(text, 'Harbin', 'entity', 'PLACE')] : []),
  };
}

function useFake(core: Core, set: Record<SuggestionKind, Suggester>): void {
  core.cpu.suggest = async (text, context, kinds) => suggestAll(text, context, kinds, set);
}

const HTML = `<html><head><title>Fair</title></head><body><article><h1>Harbin fair draws investors</h1>
<p>The Harbin trade fair drew 224 projects worth 12 billion yuan on Friday, organisers said in a statement to the press.</p>
<p>Officials said investment in the Harbin Electric Power Group rose sharply over the year, with new contracts signed.</p></article>
<aside><h2>Related</h2><ul><li><a href="/a">Snow festival draws record crowds</a></li></ul></aside></body></html>`;

const pendingQuotes = async (api: ReturnType<typeof client>, id: string, kind: string) =>
  (await api.call('documents:bundle', { id })).annotations.filter((a) => a.kind === kind && a.attrs.pending).map((a) => a.quote);

describe('suggesting again', () => {
  test('withdraws pending claims no longer proposed, and keeps accepted and rejected ones as they are', async () => {
    const core = newCore();
    const claims = { phrases: [GDP, RISE, OFFICIALS] };
    useFake(core, suggesters(claims));
    const api = client(core);
    const { document } = await importText(core);
    await api.call('suggestions:run', { documentIds: [document.id] });
    const first = (await api.call('documents:bundle', { id: document.id })).annotations.filter((a) => a.kind === 'claim');
    expect(first.map((a) => a.quote).sort()).toEqual([GDP, RISE, OFFICIALS].sort());
    // The editor accepts the GDP claim and rejects the officials' one.
    const gdp = first.find((a) => a.quote === GDP)!;
    const { pending: _pending, ...accepted } = gdp.attrs;
    await api.call('annotations:update', { id: gdp.id, attrs: accepted });
    await api.call('annotations:delete', { ids: [first.find((a) => a.quote === OFFICIALS)!.id] }); // X: rejected

    // Now the suggester proposes only the GDP sentence (as the precise setting would).
    claims.phrases = [GDP];
    const { documents } = await api.call('suggestions:run', { documentIds: [document.id] });
    expect(documents[0]).toMatchObject({ added: { claim: 0 }, withdrawn: 1 });
    const after = (await api.call('documents:bundle', { id: document.id })).annotations.filter((a) => a.kind === 'claim');
    expect(after.map((a) => a.quote)).toEqual([GDP]); // the 5.8% one withdrawn; the accepted claim kept
    expect(after[0].attrs.pending).toBeUndefined();
    // The rejected one stays rejected when the suggester proposes it again.
    claims.phrases = [GDP, OFFICIALS];
    await api.call('suggestions:run', { documentIds: [document.id] });
    expect(await pendingQuotes(api, document.id, 'claim')).toEqual([]);
    // The entity suggestion, not proposed differently, is still there.
    expect(await pendingQuotes(api, document.id, 'entity')).toEqual(['Harbin']);
  });

  test('touches only the kinds that ran', async () => {
    const core = newCore();
    const claims = { phrases: [GDP] };
    useFake(core, suggesters(claims));
    const api = client(core);
    const { document } = await importText(core);
    await api.call('suggestions:run', { documentIds: [document.id] });
    claims.phrases = [];
    await api.call('suggestions:run', { documentIds: [document.id], kinds: ['entity'] });
    expect(await pendingQuotes(api, document.id, 'claim')).toEqual([GDP]);
    await api.call('suggestions:run', { documentIds: [document.id], kinds: ['claim'] });
    expect(await pendingQuotes(api, document.id, 'claim')).toEqual([]);
  });

  test('keeps an HTML import’s teaser candidates, which no suggester proposes, and offers no teaser line inside one', async () => {
    const core = newCore();
    const set = suggesters({ phrases: [] });
    // The teaser suggester flags the related headline, a line of the block the extractor left out.
    set.teaser = (text) => [{ kind: 'teaser', start: text.indexOf('Snow festival'), end: text.indexOf('Snow festival') + 33, label: null, reasons: ['related teaser'], score: 0.9 }];
    useFake(core, set);
    const api = client(core);
    const imported = await api.call('documents:import', { name: 'fair.html', data: b64(HTML) });
    if (imported.status !== 'imported') throw new Error('not imported');
    await api.call('suggestions:run', { documentIds: [imported.document.id] });
    const teasers = (await api.call('documents:bundle', { id: imported.document.id })).annotations.filter((a) => a.kind === 'teaser');
    expect(teasers).toHaveLength(1);
    expect(teasers[0].attrs).toMatchObject({ pending: true, reasons: [EXTRACTOR_REASON] });
    expect(teasers[0].quote).toContain('Snow festival draws record crowds');
  });
});
