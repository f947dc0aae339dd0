import { describe, expect, test } from 'vitest';
import { buildMatchQuery } from '../../../src/main/core/repos/search';
import { client, importText, newCore } from './helpers';

async function library() {
  const core = newCore();
  const api = client(core);
  const inText = await importText(core, 'Regional economy report\nThe Harbin plant and the Harbin depot and the Harbin office grew.', 'a.txt');
  const inTitle = await importText(core, 'Harbin ice festival opens\nVisitors came from far away.', 'b.txt');
  const elsewhere = await importText(core, 'Café culture in Zürich\nA naïve résumé of coffee houses.', 'c.txt');
  return { core, api, inText, inTitle, elsewhere };
}

describe('library search', () => {
  test('a title match ranks above a document that only mentions the word in its text', async () => {
    const { api, inText, inTitle } = await library();
    const hits = await api.call('documents:search', { query: 'harbin' });
    expect(hits.map((h) => h.document.id)).toEqual([inTitle.document.id, inText.document.id]);
    expect(hits[0].rank).toBeGreaterThan(hits[1].rank);
    expect(hits[0].document.title).toBe('Harbin ice festival opens');
  });

  test('snippets mark the matched words with \\u0001 and \\u0002', async () => {
    const { api } = await library();
    const [hit] = await api.call('documents:search', { query: 'depot' });
    expect(hit.snippet).toContain('\u0001depot\u0002');
    expect(hit.snippet).not.toMatch(/<b>|<mark>/);
  });

  test('the last word matches as a prefix while typing; accents do not matter', async () => {
    const { api, inTitle, elsewhere } = await library();
    expect((await api.call('documents:search', { query: 'ice fest' })).map((h) => h.document.id)).toEqual([inTitle.document.id]);
    expect((await api.call('documents:search', { query: 'zurich cafe' })).map((h) => h.document.id)).toEqual([elsewhere.document.id]);
    expect((await api.call('documents:search', { query: 'resume naive' })).map((h) => h.document.id)).toEqual([elsewhere.document.id]);
  });

  test('every word must match', async () => {
    const { api } = await library();
    expect(await api.call('documents:search', { query: 'harbin coffee' })).toEqual([]);
  });

  test('an empty or punctuation-only query finds nothing', async () => {
    const { api } = await library();
    expect(await api.call('documents:search', { query: '' })).toEqual([]);
    expect(await api.call('documents:search', { query: '   ' })).toEqual([]);
    expect(await api.call('documents:search', { query: '" * ( ) :' })).toEqual([]);
  });

  test.each(['"', '"harbin', 'harbin"', '*', 'harbin*', 'AND (', 'harbin AND (', 'NEAR/', 'NEAR(harbin', 'title:harbin', '^harbin', 'harbin OR', '-harbin', 'NOT', '{title text}: x', "l'économie"])(
    'a hostile query %j answers without an error',
    async (query) => {
      const { api } = await library();
      const hits = await api.call('documents:search', { query });
      expect(Array.isArray(hits)).toBe(true);
    },
  );

  test('operators are searched as words, not obeyed', async () => {
    const { api } = await library();
    // "OR" as an operator would find both Harbin documents and the Zürich one.
    expect(await api.call('documents:search', { query: 'harbin OR zurich' })).toEqual([]);
    // As a column filter, "title:harbin" would find the festival; as words it is the phrase "title harbin".
    expect(await api.call('documents:search', { query: 'title:harbin' })).toEqual([]);
    expect((await api.call('documents:search', { query: 'depot:' })).length).toBe(1);
  });

  test('the index follows renames, text edits and deletes', async () => {
    const { api, inTitle, elsewhere } = await library();
    await api.call('documents:rename', { id: elsewhere.document.id, title: 'Vienna coffee houses' });
    expect((await api.call('documents:search', { query: 'vienna' })).map((h) => h.document.id)).toEqual([elsewhere.document.id]);
    expect((await api.call('documents:search', { query: 'vienna' }))[0].document.title).toBe('Vienna coffee houses');

    await api.call('documents:updateText', { id: inTitle.document.id, baseRevision: 0, text: 'Harbin ice festival opens\nSkaters came.', moves: [] });
    expect((await api.call('documents:search', { query: 'skaters' })).length).toBe(1);
    expect(await api.call('documents:search', { query: 'visitors' })).toEqual([]);

    await api.call('documents:delete', { id: inTitle.document.id });
    expect(await api.call('documents:search', { query: 'skaters' })).toEqual([]);
    expect((await api.call('documents:search', { query: 'harbin' })).length).toBe(1);
  });

  test('hits carry the document summary with its counts', async () => {
    const { api, inText } = await library();
    const { start, end } = { start: 0, end: 8 };
    await api.call('annotations:create', { documentId: inText.document.id, annotations: [{ kind: 'claim', start, end }] });
    const [hit] = await api.call('documents:search', { query: 'depot' });
    expect(hit.document).toMatchObject({ id: inText.document.id, annotationCount: 1, claimCount: 1, status: 'in_review' });
  });
});

describe('buildMatchQuery', () => {
  test('quotes every word and doubles embedded quotes; text in double quotes is one phrase', () => {
    expect(buildMatchQuery('say "hi there" now')).toBe('"say" "hi there" "now"*');
    expect(buildMatchQuery('say hi" now')).toBe('"say" "hi""" "now"*');
    expect(buildMatchQuery('nul\u0000inside')).toBe('"nul" "inside"*');
    expect(buildMatchQuery('AND (')).toBe('"AND"*');
    expect(buildMatchQuery('')).toBeNull();
  });
});
