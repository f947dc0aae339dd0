/**
 * `suggestions:status` answers, once no run is going, how many suggestions a document holds pending
 * (issue 8): the workspace compares it with what it loaded and picks up a background run that
 * finished before its first look. Runs on SQLite and, under the `pg` project, on PostgreSQL.
 */
import { describe, expect, test } from 'vitest';
import { suggestAll } from '../../../src/main/core/suggest/index';
import type { Suggester, SuggestionKind } from '../../../src/main/core/suggest/types';
import { ARTICLE, b64, client, importText, newCore } from './helpers';

/** A teaser over the "Related:" line, a claim over the GDP sentence, an entity on the first "Harbin". */
function fakeSuggesters(): Record<SuggestionKind, Suggester> {
  const at = (text: string, what: string) => ({ start: text.indexOf(what), end: text.indexOf(what) + what.length });
  return {
    teaser: (text) => [{ kind: 'teaser', ...at(text, text.slice(text.indexOf('Related:'))), label: null, teaserReason: 'related_teaser', reasons: ['tag list'], score: 0.9 }],
    claim: (text) => [{ kind: 'claim', ...at(text, 'regional GDP of 2.7 trillion yuan'), label: null, reasons: ['contains a money amount'], score: 0.8 }],
    entity: (text) => [{ kind: 'entity', ...at(text, 'Harbin'), label: 'PLACE', reasons: ['known place'], score: 0.7 }],
  };
}

/** A core whose background run after an import uses the fake suggesters. */
function coreSuggestingOnImport() {
  const core = newCore({ suggestOnImport: true });
  core.cpu.suggest = async (text, context, kinds) => suggestAll(text, context, kinds, fakeSuggesters());
  return { core, api: client(core) };
}

describe('suggestions:status counts the pending suggestions', () => {
  test('after the background run it answers as many as the document holds pending, only its own', async () => {
    const { core, api } = coreSuggestingOnImport();
    const first = await importText(core);
    const other = await importText(core, 'Harbin hosts the fair.\nRelated: Snow festival draws record crowds | Travel | Harbin', 'other.txt');
    await core.suggestions.idle();
    const bundle = await api.call('documents:bundle', { id: first.document.id });
    expect(bundle.annotations.filter((a) => a.attrs.pending === true)).toHaveLength(3);
    expect(await api.call('suggestions:status', { documentId: first.document.id })).toEqual({ running: false, pending: 3 });
    expect(await api.call('suggestions:status', { documentId: other.document.id })).toEqual({ running: false, pending: 2 });
  });

  test('accepting and rejecting lower the count; manual annotations are not counted', async () => {
    const { core, api } = coreSuggestingOnImport();
    const { document } = await importText(core);
    await core.suggestions.idle();
    await api.call('annotations:create', { documentId: document.id, annotations: [{ kind: 'entity', label: 'ORG', start: ARTICLE.indexOf('Harbin Electric'), end: ARTICLE.indexOf('Harbin Electric') + 15 }] });
    const pending = (await api.call('documents:bundle', { id: document.id })).annotations.filter((a) => a.attrs.pending === true);
    const claim = pending.find((a) => a.kind === 'claim')!;
    const { pending: _p, ...accepted } = claim.attrs;
    await api.call('annotations:update', { id: claim.id, attrs: accepted });
    expect((await api.call('suggestions:status', { documentId: document.id })).pending).toBe(2);
    await api.call('annotations:delete', { ids: [pending.find((a) => a.kind === 'entity')!.id] });
    expect(await api.call('suggestions:status', { documentId: document.id })).toEqual({ running: false, pending: 1 });
  });

  test('while the background run is queued it answers running, with no count', async () => {
    const { core, api } = coreSuggestingOnImport();
    const result = await api.call('documents:import', { name: 'article.txt', data: b64(ARTICLE) });
    if (result.status !== 'imported') throw new Error('not imported');
    expect(await api.call('suggestions:status', { documentId: result.document.id })).toEqual({ running: true });
    await core.suggestions.idle();
    expect(await api.call('suggestions:status', { documentId: result.document.id })).toEqual({ running: false, pending: 3 });
  });
});
