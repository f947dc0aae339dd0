/**
 * Suggestions as stored (suggest/store.ts, handlers/suggestions.ts) on a real temporary library, with
 * a small fake suggester in place of the real ones: pending annotations with reasons, no duplicates,
 * rejection remembered (and forgotten again by undo), acceptance with its claim row, exports without
 * pending suggestions, the library context, the consistency view.
 */
import { describe, expect, test } from 'vitest';
import { suggestAll } from '../../../src/main/core/suggest/index';
import { buildSuggestContext } from '../../../src/main/core/suggest/library-context';
import type { SuggestedSpan, Suggester, SuggestionKind } from '../../../src/main/core/suggest/types';
import type { Core } from '../../../src/main/core/service';
import { ARTICLE, b64, client, importText, newCore, rangeOf } from '../core/helpers';

/** A fake suggester set: a teaser over the "Related:" line, a claim over the GDP sentence, an entity "Harbin". */
function fakeSuggesters(calls: string[] = []): Record<SuggestionKind, Suggester> {
  const at = (text: string, what: string) => ({ start: text.indexOf(what), end: text.indexOf(what) + what.length });
  return {
    teaser: (text) => {
      calls.push('teaser');
      const line = text.slice(text.indexOf('Related:'));
      return [{ kind: 'teaser', ...at(text, line), label: null, teaserReason: 'related_teaser', reasons: ['tag list', 'cue phrase “Related”'], score: 0.9 }];
    },
    claim: (text) => [
      { kind: 'claim', ...at(text, 'The three northeastern provinces reported a regional GDP of 2.7 trillion yuan'), label: null, reasons: ['contains a money amount'], score: 0.8 },
    ],
    entity: (text) => [{ kind: 'entity', ...at(text, 'Harbin'), label: 'PLACE', reasons: ['known place'], score: 0.7 }],
  };
}

/** Routes the core's suggest task to `suggesters` (the real ones are A2–A4's and tested on their own). */
function useFake(core: Core, suggesters = fakeSuggesters()): void {
  core.cpu.suggest = async (text, context, kinds) => suggestAll(text, context, kinds, suggesters);
}

async function setup() {
  const core = newCore();
  useFake(core);
  const api = client(core);
  const { document } = await importText(core);
  return { core, api, document };
}

const pendingOf = async (api: ReturnType<typeof client>, id: string) =>
  (await api.call('documents:bundle', { id })).annotations.filter((a) => a.attrs.pending);

describe('suggestions:run stores pending suggestions', () => {
  test('no claim or entity is suggested inside teaser content: accepting the teasers leaves nothing behind', async () => {
    const core = newCore();
    const inTail = fakeSuggesters();
    const tail = (text: string) => text.slice(text.indexOf('Related:'));
    inTail.claim = (text) => [{ kind: 'claim', start: text.indexOf('Snow festival'), end: text.indexOf('Snow festival') + 'Snow festival draws record crowds'.length, label: null, reasons: ['states a record'], score: 0.8 }];
    inTail.entity = (text) => {
      const at = text.lastIndexOf('Harbin');
      return [
        { kind: 'entity', start: at, end: at + 6, label: 'PLACE', reasons: ['known place'], score: 0.7 },
        { kind: 'entity', start: text.indexOf('Harbin'), end: text.indexOf('Harbin') + 6, label: 'PLACE', reasons: ['known place'], score: 0.7 },
      ];
    };
    useFake(core, inTail);
    const api = client(core);
    const { document } = await importText(core);
    expect(tail(document.text)).toContain('Harbin');
    expect(document.text.indexOf('Harbin')).toBeLessThan(document.text.indexOf('Related:'));
    const { documents } = await api.call('suggestions:run', { documentIds: [document.id] });
    // The article's Harbin is offered; the tail's Harbin and the tail's headline as a claim are not.
    expect(documents[0].added).toEqual({ teaser: 1, claim: 0, entity: 1 });
    const pending = await pendingOf(api, document.id);
    expect(pending.find((a) => a.kind === 'entity')!.start).toBe(document.text.indexOf('Harbin'));
    // Nor once the teaser is accepted and Suggest runs again.
    const teaser = pending.find((a) => a.kind === 'teaser')!;
    const { pending: _p, ...accepted } = teaser.attrs;
    await api.call('annotations:update', { id: teaser.id, attrs: accepted });
    expect(await pendingOf(api, document.id)).toHaveLength(1);
    expect((await api.call('suggestions:run', { documentIds: [document.id] })).documents[0].added).toEqual({ teaser: 0, claim: 0, entity: 0 });
  });

  test('each span becomes a pending annotation with origin "suggested", its reasons and score', async () => {
    const { api, document } = await setup();
    const { documents } = await api.call('suggestions:run', { documentIds: [document.id] });
    expect(documents[0].added).toEqual({ teaser: 1, claim: 1, entity: 1 });
    const pending = await pendingOf(api, document.id);
    expect(pending).toHaveLength(3);
    const teaser = pending.find((a) => a.kind === 'teaser')!;
    expect(teaser.origin).toBe('suggested');
    expect(teaser.quote).toBe('Related: Snow festival draws record crowds | Travel | Harbin');
    expect(teaser.attrs).toMatchObject({ pending: true, reason: 'related_teaser', reasons: ['tag list', 'cue phrase “Related”'], score: 0.9 });
    // A pending claim has no claim row yet: the claims desk and exports do not see it.
    expect((await api.call('documents:bundle', { id: document.id })).claims).toHaveLength(0);
  });

  test('running again adds nothing: neither the pending ones nor a manual annotation of the same range', async () => {
    const { api, document } = await setup();
    await api.call('annotations:create', { documentId: document.id, annotations: [{ kind: 'entity', label: 'PLACE', ...rangeOf(document.text, 'Harbin') }] });
    const first = await api.call('suggestions:run', { documentIds: [document.id] });
    expect(first.documents[0].added).toEqual({ teaser: 1, claim: 1, entity: 0 });
    const again = await api.call('suggestions:run', { all: true });
    expect(again.documents[0].added).toEqual({ teaser: 0, claim: 0, entity: 0 });
    expect(await pendingOf(api, document.id)).toHaveLength(2);
  });

  test('one kind at a time, so suggestions:status tells which kind a long document is at', async () => {
    const core = newCore();
    const api = client(core);
    const seen: unknown[] = [];
    core.cpu.suggest = async (text, context, kinds) => {
      seen.push({ kinds, status: await api.call('suggestions:status', { documentId: document.id }) });
      return suggestAll(text, context, kinds, fakeSuggesters());
    };
    const { document } = await importText(core);
    await api.call('suggestions:run', { documentIds: [document.id] });
    expect(seen).toEqual([
      { kinds: ['teaser'], status: { running: true, step: 'teasers (1 of 3)' } },
      { kinds: ['claim'], status: { running: true, step: 'claims (2 of 3)' } },
      { kinds: ['entity'], status: { running: true, step: 'entities (3 of 3)' } },
    ]);
    expect(await api.call('suggestions:status', { documentId: document.id })).toEqual({ running: false, pending: 3 });
  });

  test('only the kinds asked for run', async () => {
    const core = newCore();
    const calls: string[] = [];
    useFake(core, fakeSuggesters(calls));
    const api = client(core);
    const { document } = await importText(core);
    const { documents } = await api.call('suggestions:run', { documentIds: [document.id], kinds: ['claim'] });
    expect(documents[0].added).toEqual({ teaser: 0, claim: 1, entity: 0 });
    expect(calls).toEqual([]);
  });

  test('an empty or number-only document is answered with a sentence, not an error', async () => {
    const core = newCore();
    useFake(core);
    const api = client(core);
    const { document } = await importText(core, '123 456\n7.8 9,000', 'numbers.txt');
    const { documents } = await api.call('suggestions:run', { documentIds: [document.id] });
    expect(documents[0].message).toBe('The document has no words (only numbers or symbols), so there is nothing to suggest.');
    expect(suggestAll('   ', await buildSuggestContext(core.store, null)).notice).toBe('The document is empty, so there is nothing to suggest.');
  });

  test('a suggester that throws costs only its kind, and says so in words', async () => {
    const core = newCore();
    const suggesters = { ...fakeSuggesters(), claim: (() => { throw new TypeError('boom'); }) as Suggester };
    useFake(core, suggesters);
    const api = client(core);
    const { document } = await importText(core);
    const { documents } = await api.call('suggestions:run', { documentIds: [document.id] });
    expect(documents[0].added).toEqual({ teaser: 1, claim: 0, entity: 1 });
    expect(documents[0].message).toBe('Claim suggestions could not be made for this document. The others were made.');
    expect(documents[0].message).not.toContain('boom');
  });
});

describe('accepting and rejecting', () => {
  test('accepting a claim makes it an ordinary unverified claim by the accepting reviewer; undo takes it back', async () => {
    const { api, document } = await setup();
    await api.call('settings:set', { reviewerName: 'Ana' });
    await api.call('suggestions:run', { documentIds: [document.id] });
    const claim = (await pendingOf(api, document.id)).find((a) => a.kind === 'claim')!;
    const { pending: _p, ...accepted } = claim.attrs;
    const after = await api.call('annotations:update', { id: claim.id, attrs: accepted });
    expect(after.attrs.pending).toBeUndefined();
    expect(after.origin).toBe('suggested');
    expect(after.createdBy).toBe('Ana');
    expect((await api.call('claims:get', { annotationId: claim.id })).claim.status).toBe('unverified');
    const events = await api.call('events:list', { annotationId: claim.id });
    expect(events.map((e) => e.action)).toContain('suggestion.accepted');
    // Undo (the renderer writes back the previous attrs): pending again, and no claim row left behind.
    await api.call('annotations:update', { id: claim.id, attrs: claim.attrs });
    expect((await api.call('documents:bundle', { id: document.id })).claims).toHaveLength(0);
  });

  test("the library's annotation count leaves pending suggestions out until one is accepted", async () => {
    const { api, document } = await setup();
    await api.call('suggestions:run', { documentIds: [document.id] });
    const count = async () => (await api.call('documents:list', {})).find((d) => d.id === document.id)!.annotationCount;
    expect(await pendingOf(api, document.id)).toHaveLength(3);
    expect(await count()).toBe(0);
    const [first] = await pendingOf(api, document.id);
    const { pending: _p, ...accepted } = first.attrs;
    await api.call('annotations:update', { id: first.id, attrs: accepted });
    expect(await count()).toBe(1);
  });

  test('a rejected suggestion never comes back to that document, until the rejection is undone', async () => {
    const { core, api, document } = await setup();
    await api.call('suggestions:run', { documentIds: [document.id] });
    const entity = (await pendingOf(api, document.id)).find((a) => a.kind === 'entity')!;
    await api.call('annotations:delete', { ids: [entity.id] });
    expect((await api.call('events:list', { annotationId: entity.id }))[0].action).toBe('suggestion.rejected');
    const again = await api.call('suggestions:run', { documentIds: [document.id] });
    expect(again.documents[0].added.entity).toBe(0);
    // The rejected name is part of the context the suggesters get, everywhere in the library.
    expect((await buildSuggestContext(core.store, null)).rejectedNames).toEqual([{ text: 'harbin', label: 'PLACE' }]);
    await api.call('annotations:restore', { documentId: document.id, annotations: [entity] });
    await api.call('annotations:delete', { ids: [entity.id] });
    await api.call('annotations:restore', { documentId: document.id, annotations: [entity] });
    // Restored (rejection undone) and still pending: a later run does not duplicate it.
    expect((await api.call('suggestions:run', { documentIds: [document.id] })).documents[0].added.entity).toBe(0);
    expect((await pendingOf(api, document.id)).filter((a) => a.kind === 'entity')).toHaveLength(1);
  });

  test('a run during which the text was corrected says nothing was stored and to suggest again', async () => {
    const core = newCore();
    const api = client(core);
    const { document } = await importText(core);
    let corrected = false;
    core.cpu.suggest = async (text, context, kinds) => {
      // The editor corrects a typo while the suggesters run.
      if (!corrected) await api.call('documents:updateText', { id: document.id, baseRevision: 0, text: `Breaking: ${text}`, moves: [] });
      corrected = true;
      return suggestAll(text, context, kinds, fakeSuggesters());
    };
    const run = await api.call('suggestions:run', { documentIds: [document.id] });
    expect(run.documents[0].added).toEqual({ teaser: 0, claim: 0, entity: 0 });
    expect(run.documents[0].message).toBe('The text was corrected while suggestions were being made, so none were stored. Suggest again.');
    expect((await api.call('suggestions:run', { documentIds: [document.id] })).documents[0].added.claim).toBe(1);
  });

  test('a rejected claim does not come back after the text was corrected above it (its offsets moved)', async () => {
    const { api, document } = await setup();
    await api.call('suggestions:run', { documentIds: [document.id] });
    const claim = (await pendingOf(api, document.id)).find((a) => a.kind === 'claim')!;
    await api.call('annotations:delete', { ids: [claim.id] });
    // Edit text: "Breaking: " typed at the start; every annotation moves with it.
    const bundle = await api.call('documents:bundle', { id: document.id });
    const moves = bundle.annotations.map((a) => ({ id: a.id, start: a.start + 10, end: a.end + 10, orphaned: a.orphaned }));
    await api.call('documents:updateText', { id: document.id, baseRevision: bundle.document.revision, text: `Breaking: ${bundle.document.text}`, moves });
    const again = await api.call('suggestions:run', { documentIds: [document.id] });
    expect(again.documents[0].added.claim).toBe(0);
  });

  test('no teaser line is offered again inside a teaser block the editor rejected', async () => {
    const core = newCore();
    const suggesters = fakeSuggesters();
    useFake(core, suggesters);
    const api = client(core);
    const { document } = await importText(core);
    await api.call('suggestions:run', { documentIds: [document.id] });
    const block = (await pendingOf(api, document.id)).find((a) => a.kind === 'teaser')!;
    await api.call('annotations:delete', { ids: [block.id] });
    // The next run proposes a line inside the rejected block (as the teaser suggester does for an HTML import's left-over block).
    suggesters.teaser = (text) => {
      const start = text.indexOf('Snow festival');
      return [{ kind: 'teaser', start, end: start + 'Snow festival draws record crowds'.length, label: null, teaserReason: 'related_teaser', reasons: ['short line'], score: 0.9 }];
    };
    const again = await api.call('suggestions:run', { documentIds: [document.id] });
    expect(again.documents[0].added.teaser).toBe(0);
    expect((await pendingOf(api, document.id)).filter((a) => a.kind === 'teaser')).toHaveLength(0);
  });

  test('exports leave pending suggestions out, and carry them once accepted', async () => {
    const { api, document } = await setup();
    await api.call('suggestions:run', { documentIds: [document.id] });
    const json = async () => JSON.parse((await api.call('export:document', { id: document.id, format: 'copydesk-json' }))[0].content) as { annotations: unknown[] };
    expect((await json()).annotations).toHaveLength(0);
    const brat = (await api.call('export:document', { id: document.id, format: 'brat' })).find((f) => f.name.endsWith('.ann'))!;
    expect(brat.content.trim()).toBe('');
    const [cleanFile] = await api.call('export:document', { id: document.id, format: 'text' });
    expect(cleanFile.content).toContain('Related: Snow festival');
    expect(cleanFile.notice).toBe('1 suggested teaser not yet accepted was kept in the cleaned text.');
    const teaser = (await pendingOf(api, document.id)).find((a) => a.kind === 'teaser')!;
    const { pending: _p, ...attrs } = teaser.attrs;
    await api.call('annotations:update', { id: teaser.id, attrs });
    expect((await json()).annotations).toHaveLength(1);
    expect((await api.call('export:document', { id: document.id, format: 'text' }))[0].content).not.toContain('Related: Snow festival');
  });
});

describe('the library context and the consistency view', () => {
  test('names tagged in other documents are known with their label and document count; the document itself is left out', async () => {
    const { core, api, document } = await setup();
    const other = (await importText(core, 'Harbin hosts the fair.\nHarbin Electric Power Group signs.', 'other.txt')).document;
    await api.call('annotations:create', { documentId: other.id, annotations: [{ kind: 'entity', label: 'PLACE', start: 0, end: 6 }] });
    await api.call('suggestions:run', { documentIds: [document.id] }); // pending ones are not "known"
    expect((await buildSuggestContext(core.store, document.id)).knownNames).toEqual([{ text: 'Harbin', label: 'PLACE', documents: 1 }]);
    expect((await buildSuggestContext(core.store, other.id)).knownNames).toEqual([]);
  });

  test('a name tagged with two labels is listed, and one action relabels it everywhere', async () => {
    const { core, api, document } = await setup();
    const other = (await importText(core, 'Harbin hosts the fair.', 'other.txt')).document;
    await api.call('annotations:create', { documentId: document.id, annotations: [{ kind: 'entity', label: 'ORG', ...rangeOf(document.text, 'Harbin') }] });
    await api.call('annotations:create', { documentId: other.id, annotations: [{ kind: 'entity', label: 'PLACE', start: 0, end: 6 }] });
    expect(await api.call('suggestions:consistency', {})).toEqual([
      { text: 'Harbin', labels: [{ label: 'ORG', annotations: 1, documents: 1 }, { label: 'PLACE', annotations: 1, documents: 1 }] },
    ]);
    expect(await api.call('suggestions:relabel', { text: 'harbin', from: 'ORG', to: 'PLACE' })).toEqual({ annotations: 1, documents: 1 });
    expect(await api.call('suggestions:consistency', {})).toEqual([]);
  });
});

describe('Settings → Suggestions', () => {
  test('the claim setting reaches the suggesters; suggest on import can be turned off', async () => {
    const { core, api } = await setup();
    expect(await api.call('suggestions:settings', {})).toEqual({ claimSetting: 'precise', suggestOnImport: true });
    await api.call('suggestions:setSettings', { claimSetting: 'broad', suggestOnImport: false });
    expect((await buildSuggestContext(core.store, null)).claimSetting).toBe('broad');
    expect((await api.call('suggestions:settings', {})).suggestOnImport).toBe(false);
  });
});

describe('suggestions after an import', () => {
  test('run in the background after the import has answered, and can be turned off in Settings', async () => {
    const core = newCore({ suggestOnImport: true });
    useFake(core);
    const api = client(core);
    const first = await api.call('documents:import', { name: 'article.txt', data: b64(ARTICLE) });
    if (first.status !== 'imported') throw new Error('not imported');
    // The import answered without them (it did not wait); the background job adds them.
    expect(first.document.annotationCount).toBe(0);
    await core.suggestions.idle();
    expect(await pendingOf(api, first.document.id)).toHaveLength(3);
    expect(await api.call('suggestions:status', { documentId: first.document.id })).toEqual({ running: false, pending: 3 });

    await api.call('suggestions:setSettings', { suggestOnImport: false });
    const second = await importText(core, 'Harbin hosts the fair.\nRelated: Snow festival draws record crowds | Travel | Harbin', 'other.txt');
    await core.suggestions.idle();
    expect(await pendingOf(api, second.document.id)).toHaveLength(0);
  });
});

describe('claims checked before', () => {
  test('a suggested claim repeating a claim with a verdict elsewhere remembers it, and the context lists it', async () => {
    const { core, api, document } = await setup();
    const sentence = 'The three northeastern provinces reported a regional GDP of 2.7 trillion yuan';
    const other = (await importText(core, `${sentence}, officials said.`, 'other.txt')).document;
    const made = await api.call('annotations:create', { documentId: other.id, annotations: [{ kind: 'claim', start: 0, end: sentence.length }] });
    const checked = made.annotations[0];
    await api.call('claims:update', { annotationId: checked.id, status: 'verified', verdict: 'Matches the bureau release' });
    expect((await buildSuggestContext(core.store, document.id)).checkedClaims).toMatchObject([{ annotationId: checked.id, status: 'verified', verdict: 'Matches the bureau release', text: sentence }]);
    await api.call('suggestions:run', { documentIds: [document.id] });
    const claim = (await pendingOf(api, document.id)).find((a) => a.kind === 'claim')!;
    expect(claim.attrs.checkedBefore).toBe(checked.id);
  });
});
