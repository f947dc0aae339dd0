/**
 * Double review: two reviewers annotate one document in private layers; the chief editor compares
 * them, takes A's, B's or neither version of each difference into the main layer, and finishes.
 * Runs on SQLite (unit) and PostgreSQL (pg).
 */
import { describe, expect, test } from 'vitest';
import { differenceKey } from '../../../src/shared/double-review';
import { client, importText, newCore, rangeOf } from './helpers';

async function setup() {
  const core = newCore();
  const api = client(core);
  const doc = (await importText(core)).document;
  const as = async (name: string) => api.call('settings:set', { reviewerName: name });
  const tag = (quote: string, label: string | null, kind: 'entity' | 'claim' = 'entity') =>
    api.call('annotations:create', { documentId: doc.id, annotations: [{ kind, label, ...rangeOf(doc.text, quote) }] });
  return { core, api, doc, as, tag };
}

/** Ana and Ben double-review the article; the chief names them. */
async function doubleReviewed() {
  const s = await setup();
  await s.as('Chief');
  await s.api.call('doubleReview:start', { documentIds: [s.doc.id], reviewerA: 'Ana', reviewerB: 'Ben' });
  await s.as('Ana');
  await s.tag('Harbin Electric Power Group', 'ORG');
  await s.tag('Harbin', 'PLACE');
  await s.tag('The three northeastern provinces reported a regional GDP', null, 'claim');
  await s.as('Ben');
  await s.tag('Harbin Electric Power Group', 'ORG');
  await s.tag('Harbin', 'PERSON');
  await s.tag('March 3', 'DATE');
  return s;
}

describe('double review', () => {
  test('each reviewer sees only their own layer; nobody else sees either', async () => {
    const { api, doc, as } = await doubleReviewed();
    const quotes = async () => (await api.call('documents:bundle', { id: doc.id })).annotations.map((a) => `${a.quote}/${a.label}`);
    expect(await quotes()).toEqual(['Harbin/PERSON', 'March 3/DATE', 'Harbin Electric Power Group/ORG']);
    expect((await api.call('doubleReview:get', { documentId: doc.id })).layer).toBe('b');
    await as('Ana');
    expect(await quotes()).toEqual(['Harbin/PLACE', 'The three northeastern provinces reported a regional GDP/null', 'Harbin Electric Power Group/ORG']);
    expect((await api.call('annotations:list', { documentId: doc.id })).length).toBe(3);
    await as('Chief');
    expect(await quotes()).toEqual([]);
    expect((await api.call('doubleReview:get', { documentId: doc.id })).layer).toBeNull();
    // Exports and the claims desk read the main layer only.
    const [json] = await api.call('export:document', { id: doc.id, format: 'copydesk-json' });
    expect(JSON.parse(json.content).annotations).toEqual([]);
    expect((await api.call('claims:list', { documentId: doc.id })).length).toBe(0);
    // The library counts the main layer's annotations only.
    expect((await api.call('documents:list', {})).find((d) => d.id === doc.id)?.annotationCount).toBe(0);
  });

  test('a reviewer cannot change the other reviewer’s layer', async () => {
    const { api, doc, as } = await doubleReviewed();
    const [benOrg] = (await api.call('documents:bundle', { id: doc.id })).annotations.filter((a) => a.label === 'ORG');
    await as('Ana');
    const refused = await api.fail('annotations:delete', { ids: [benOrg.id] });
    expect(refused.message).toMatch(/Ben’s double-review layer/);
    expect((await api.fail('annotations:update', { id: benOrg.id, label: 'PLACE' })).code).toBe('unauthorized');
  });

  test('a reviewer’s undone delete returns to their own layer, not the main one', async () => {
    const { api, doc, as } = await doubleReviewed();
    await as('Ana');
    const claim = (await api.call('documents:bundle', { id: doc.id })).annotations.find((a) => a.kind === 'claim')!;
    await api.call('annotations:delete', { ids: [claim.id] });
    await api.call('annotations:restore', { documentId: doc.id, annotations: [claim], claims: [], sources: [] });
    expect((await api.call('documents:bundle', { id: doc.id })).annotations.map((a) => a.id)).toContain(claim.id);
    await as('Chief');
    expect((await api.call('documents:bundle', { id: doc.id })).annotations).toEqual([]);
    expect(await api.call('claims:list', { documentId: doc.id })).toEqual([]);
  });

  test('the adjudication shows both layers with entity F1 and κ per label, and every difference', async () => {
    const { api, doc, as } = await doubleReviewed();
    await as('Chief');
    const view = await api.call('doubleReview:adjudication', { documentId: doc.id });
    expect(view.a.length).toBe(3);
    expect(view.b.length).toBe(3);
    const org = view.agreement.labels.find((l) => l.label === 'ORG')!;
    expect(org).toMatchObject({ a: 1, b: 1, both: 1, f1: 1 });
    expect(view.agreement.labels.find((l) => l.label === 'PLACE')).toMatchObject({ a: 1, b: 0, both: 0, f1: 0 });
    expect(view.agreement.entityF1).toBeCloseTo((2 * 1) / 5);
    expect(view.agreement.claims).toMatchObject({ a: 1, b: 0, overlapping: 0 });
    expect(view.agreement.differences.map((d) => d.type)).toEqual(['label', 'only_b', 'only_a']);
  });

  test('A, B and X decide into the main layer; undo takes a decision back; finish adds what both agreed', async () => {
    const { api, doc, as } = await doubleReviewed();
    await as('Chief');
    let view = await api.call('doubleReview:adjudication', { documentId: doc.id });
    const [harbin, march, claim] = view.agreement.differences;
    expect((await api.fail('doubleReview:finish', { documentId: doc.id })).message).toMatch(/^3 differences are not decided yet/);

    await api.call('doubleReview:decide', { documentId: doc.id, difference: differenceKey(harbin), choice: 'a' });
    await api.call('doubleReview:decide', { documentId: doc.id, difference: differenceKey(march), choice: 'b' });
    await api.call('doubleReview:decide', { documentId: doc.id, difference: differenceKey(claim), choice: 'none' });
    const main = async () => (await api.call('documents:bundle', { id: doc.id })).annotations.map((a) => `${a.quote}/${a.label}`);
    expect(await main()).toEqual(['Harbin/PLACE', 'March 3/DATE']);

    // Changing one's mind replaces the annotation the earlier decision added; undo removes it.
    await api.call('doubleReview:decide', { documentId: doc.id, difference: differenceKey(harbin), choice: 'b' });
    expect(await main()).toEqual(['Harbin/PERSON', 'March 3/DATE']);
    expect(await api.call('doubleReview:undo', { documentId: doc.id, difference: differenceKey(march) })).toEqual({ undone: true });
    expect(await main()).toEqual(['Harbin/PERSON']);
    await api.call('doubleReview:decide', { documentId: doc.id, difference: differenceKey(march), choice: 'b' });

    view = await api.call('doubleReview:adjudication', { documentId: doc.id });
    expect(view.decisions.map((d) => [d.choice, d.decidedBy])).toEqual(expect.arrayContaining([['none', 'Chief'], ['b', 'Chief']]));

    const finished = await api.call('doubleReview:finish', { documentId: doc.id });
    expect(finished).toMatchObject({ agreed: 1, review: { finishedBy: 'Chief' } });
    expect(await main()).toEqual(['Harbin/PERSON', 'March 3/DATE', 'Harbin Electric Power Group/ORG']);
    // The merged document exports as any other, and the reviewers now see the main layer too.
    const [json] = await api.call('export:document', { id: doc.id, format: 'copydesk-json' });
    expect(JSON.parse(json.content).annotations.map((a: { label: string }) => a.label).sort()).toEqual(['DATE', 'ORG', 'PERSON']);
    await as('Ana');
    expect((await main()).length).toBe(3);
    // The events log says who adjudicated.
    const events = await api.call('events:list', { documentId: doc.id, limit: 200 });
    const decided = events.filter((e) => e.action === 'double_review.decided');
    expect(decided.length).toBe(5);
    expect(new Set(decided.map((e) => e.actor))).toEqual(new Set(['Chief']));
  });

  test('a text edit waits for the adjudication; two identical reviewers are refused', async () => {
    const { api, doc, as } = await doubleReviewed();
    const refused = await api.fail('documents:updateText', { id: doc.id, baseRevision: doc.revision, text: doc.text + ' More.', moves: [] });
    expect(refused.message).toMatch(/cannot be edited during its double review/);
    await as('Chief');
    expect((await api.fail('doubleReview:start', { documentIds: [doc.id], reviewerA: 'Ana', reviewerB: 'ana' })).code).toBe('invalid_input');
    expect((await api.fail('doubleReview:start', { documentIds: [doc.id], reviewerA: 'Ana', reviewerB: 'Cleo' })).message).toMatch(/already in double review by Ana and Ben/);
  });

  test('a filter selection is set to double review chunk by chunk; documents already in one are left alone and counted', async () => {
    const { api, doc, as, core } = await doubleReviewed(); // the article: in double review by Ana and Ben
    const others = [];
    for (let i = 0; i < 4; i++) others.push((await importText(core, `Harbin report number ${i} on the turbine order.`, `report-${i}.txt`)).document);
    const excepted = others[3];
    await as('Chief');
    const selection = { filter: { query: '' }, except: [excepted.id] };
    const chunks = [];
    let afterSeq: number | null = 0;
    while (afterSeq !== null) {
      const answer: { started: number; skipped: number; nextSeq: number | null } = await api.call('doubleReview:startMany', { selection, reviewerA: 'Cleo', reviewerB: 'Dev', afterSeq, limit: 2 });
      chunks.push(answer);
      afterSeq = answer.nextSeq;
    }
    expect(chunks.reduce((n, c) => n + c.started, 0)).toBe(3);
    expect(chunks.reduce((n, c) => n + c.skipped, 0)).toBe(1);
    expect(chunks.length).toBeGreaterThan(1);
    const reviewOf = async (id: string) => (await api.call('doubleReview:get', { documentId: id })).review;
    expect(await reviewOf(doc.id)).toMatchObject({ reviewerA: 'Ana', reviewerB: 'Ben' }); // left as it was
    for (const d of others.slice(0, 3)) expect(await reviewOf(d.id)).toMatchObject({ reviewerA: 'Cleo', reviewerB: 'Dev', startedBy: 'Chief' });
    expect(await reviewOf(excepted.id)).toBeNull();
    // Cleo now annotates the new ones in her own layer.
    await as('Cleo');
    expect((await api.call('doubleReview:get', { documentId: others[0].id })).layer).toBe('a');
    // Explicit ids work the same way; the same name twice is refused.
    await as('Chief');
    expect(await api.call('doubleReview:startMany', { selection: { ids: [excepted.id, doc.id] }, reviewerA: 'Cleo', reviewerB: 'Dev' })).toEqual({ started: 1, skipped: 1, nextSeq: null });
    expect((await api.fail('doubleReview:startMany', { selection: { ids: [doc.id] }, reviewerA: 'Cleo', reviewerB: 'cleo' })).code).toBe('invalid_input');
  });

  test('bulk double review of "all in My queue" starts only the documents assigned to the chief', async () => {
    const { api, as, core } = await doubleReviewed();
    await as('Chief');
    const mine = (await importText(core, 'The Harbin bureau met on Monday.', 'mine.txt')).document;
    const theirs = (await importText(core, 'The Daqing bureau met on Tuesday.', 'theirs.txt')).document;
    await api.call('documents:bulk', { selection: { ids: [mine.id] }, action: { kind: 'assign', assignee: 'Chief' } });
    await api.call('documents:bulk', { selection: { ids: [theirs.id] }, action: { kind: 'assign', assignee: 'Ana' } });
    const answer = await api.call('doubleReview:startMany', { selection: { filter: { mine: true } }, reviewerA: 'Cleo', reviewerB: 'Dev' });
    expect(answer).toMatchObject({ started: 1, skipped: 0 });
    expect((await api.call('doubleReview:get', { documentId: mine.id })).review).toMatchObject({ reviewerA: 'Cleo' });
    expect((await api.call('doubleReview:get', { documentId: theirs.id })).review).toBeNull();
  });

  test('the agreement report pools every double-reviewed document per label', async () => {
    const { api, doc, as, core } = await doubleReviewed();
    const second = (await importText(core, 'Officials in Harbin met the Harbin Electric Power Group.', 'second.txt')).document;
    await as('Chief');
    await api.call('doubleReview:start', { documentIds: [second.id], reviewerA: 'Ana', reviewerB: 'Ben' });
    for (const name of ['Ana', 'Ben']) {
      await as(name);
      await api.call('annotations:create', { documentId: second.id, annotations: [{ kind: 'entity', label: 'ORG', ...rangeOf(second.text, 'Harbin Electric Power Group') }] });
    }
    const report = await api.call('doubleReview:agreement', {});
    expect(report.documents).toBe(2);
    expect(report.labels.find((l) => l.label === 'ORG')).toMatchObject({ a: 2, b: 2, both: 2, f1: 1 });
    expect(report.labels.find((l) => l.label === 'PERSON')).toMatchObject({ a: 0, b: 1, f1: 0 });
    expect(report.entityF1).toBeCloseTo((2 * 2) / 7);
    expect(doc.id).not.toBe(second.id);
  });
});
