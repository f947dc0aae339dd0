/**
 * What the background run after an import could not make reaches the editor: `suggestions:status`
 * answers its sentence once the run is done ("Claim suggestions could not be made for this document.
 * The others were made."), until a later run of every kind ends otherwise. Before, the sentence was
 * dropped and the tab showed the other kinds as if nothing were missing.
 */
import { describe, expect, test } from 'vitest';
import { suggestAll } from '../../../src/main/core/suggest/index';
import type { Suggester, SuggestionKind } from '../../../src/main/core/suggest/types';
import { ARTICLE, b64, client, newCore } from '../core/helpers';

const MISSING = 'Claim suggestions could not be made for this document. The others were made.';

function suggesters(claimsFail: { now: boolean }): Record<SuggestionKind, Suggester> {
  return {
    teaser: () => [],
    claim: () => {
      if (claimsFail.now) throw new TypeError('the model has no weight for "abstractShare"');
      return [];
    },
    entity: (text) => [{ kind: 'entity', start: text.indexOf('Harbin'), end: text.indexOf('Harbin') + 6, label: 'PLACE', reasons: ['gazetteer'], score: 0.7 }],
  };
}

describe('the sentence of a background run', () => {
  test('is answered by suggestions:status once the run is done, and replaced by the next full run', async () => {
    const core = newCore({ suggestOnImport: true });
    const claimsFail = { now: true };
    core.cpu.suggest = async (text, context, kinds) => suggestAll(text, context, kinds, suggesters(claimsFail));
    const api = client(core);
    const imported = await api.call('documents:import', { name: 'article.txt', data: b64(ARTICLE) });
    if (imported.status !== 'imported') throw new Error('not imported');
    const documentId = imported.document.id;
    await core.suggestions.idle();
    expect(await api.call('suggestions:status', { documentId })).toEqual({ running: false, pending: 1, message: MISSING });

    // A run of one kind does not speak for the others: the sentence stays.
    claimsFail.now = false;
    await api.call('suggestions:run', { documentIds: [documentId], kinds: ['entity'] });
    expect((await api.call('suggestions:status', { documentId })).message).toBe(MISSING);
    // Suggest (every kind) made claims this time: nothing is missing any more.
    await api.call('suggestions:run', { documentIds: [documentId] });
    expect(await api.call('suggestions:status', { documentId })).toEqual({ running: false, pending: 1 });
  });
});
