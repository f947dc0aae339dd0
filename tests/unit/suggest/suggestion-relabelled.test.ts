/**
 * An entity suggestion the editor accepted under another label (a label key on a suggested entity),
 * or a name the editor tagged with another label, is the editor's answer for that span: suggesting
 * again must not put the suggester's first label back on the same words. It did, and relabelling the
 * name everywhere from Settings' consistency view then left the words tagged twice with one label.
 */
import { describe, expect, test } from 'vitest';
import { suggestAll } from '../../../src/main/core/suggest/index';
import type { Suggester, SuggestionKind } from '../../../src/main/core/suggest/types';
import { client, importText, newCore, rangeOf } from '../core/helpers';

/** One suggester: "Harbin" is a PLACE wherever it occurs. */
const harbinIsAPlace: Record<SuggestionKind, Suggester> = {
  teaser: () => [],
  claim: () => [],
  entity: (text) => {
    const spans = [];
    for (let at = text.indexOf('Harbin'); at >= 0; at = text.indexOf('Harbin', at + 1)) {
      spans.push({ kind: 'entity' as const, start: at, end: at + 'Harbin'.length, label: 'PLACE', reasons: ['known place'], score: 0.7 });
    }
    return spans;
  },
};

async function setup() {
  const core = newCore();
  core.cpu.suggest = async (text, context, kinds) => suggestAll(text, context, kinds, harbinIsAPlace);
  const api = client(core);
  const { document } = await importText(core);
  await api.call('settings:set', { reviewerName: 'Ana' });
  const first = rangeOf(document.text, 'Harbin');
  return { api, document, first };
}

const entitiesAt = async (api: ReturnType<typeof client>, documentId: string, range: { start: number; end: number }) =>
  (await api.call('documents:bundle', { id: documentId })).annotations.filter((a) => a.kind === 'entity' && a.start === range.start && a.end === range.end);

describe('a span the editor labelled otherwise is not suggested again with the old label', () => {
  test('accepted with another label key: Suggest adds nothing on those words', async () => {
    const { api, document, first } = await setup();
    await api.call('suggestions:run', { documentIds: [document.id] });
    const [suggested] = await entitiesAt(api, document.id, first);
    const { pending: _pending, ...accepted } = suggested.attrs;
    await api.call('annotations:update', { id: suggested.id, label: 'ORG', attrs: accepted });

    const again = await api.call('suggestions:run', { documentIds: [document.id] });
    expect(again.documents[0].added.entity).toBe(0);
    expect((await entitiesAt(api, document.id, first)).map((a) => a.label)).toEqual(['ORG']);
  });

  test('tagged by hand with another label: the suggester does not offer its own label on top', async () => {
    const { api, document, first } = await setup();
    await api.call('annotations:create', { documentId: document.id, annotations: [{ kind: 'entity', label: 'PERSON', ...first }] });
    await api.call('suggestions:run', { documentIds: [document.id] });
    expect((await entitiesAt(api, document.id, first)).map((a) => a.label)).toEqual(['PERSON']);
  });

  test('relabelling the name everywhere afterwards leaves the words tagged once', async () => {
    const { api, document, first } = await setup();
    await api.call('suggestions:run', { documentIds: [document.id] });
    const pending = (await api.call('documents:bundle', { id: document.id })).annotations.filter((a) => a.kind === 'entity');
    // The first Harbin accepted as ORG, the others as suggested (PLACE); then Suggest again.
    for (const a of pending) {
      const { pending: _pending, ...accepted } = a.attrs;
      await api.call('annotations:update', { id: a.id, ...(a.start === first.start ? { label: 'ORG' } : {}), attrs: accepted });
    }
    await api.call('suggestions:run', { documentIds: [document.id] });
    const conflicts = await api.call('suggestions:consistency', {});
    expect(conflicts.map((c) => c.text)).toEqual(['Harbin']);
    await api.call('suggestions:relabel', { text: 'Harbin', from: 'ORG', to: 'PLACE' });
    expect((await entitiesAt(api, document.id, first)).map((a) => a.label)).toEqual(['PLACE']);
  });
});
