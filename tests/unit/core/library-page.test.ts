import { describe, expect, test } from 'vitest';
import type { DocumentStatus } from '../../../src/shared/types';
import { client, newCore } from './helpers';

/** A library of `n` documents written straight to the store (fast), titles "Doc 000"…; every third mentions a whale. */
async function library(n: number, options: { sameTime?: boolean } = {}) {
  const core = newCore();
  await core.store.write(async (tx) => {
    for (let i = 0; i < n; i++) {
      const at = options.sameTime ? '2026-01-01T00:00:00.000Z' : new Date(Date.UTC(2026, 0, 1, 0, 0, i)).toISOString();
      const status: DocumentStatus = (['new', 'in_review', 'reviewed'] as const)[i % 3];
      await tx.documents.insertDocument({
        id: `doc-${String(i).padStart(3, '0')}`,
        title: `Doc ${String(i).padStart(3, '0')}`,
        source: `file-${i}.txt`,
        format: i % 2 ? 'md' : 'txt',
        language: 'en',
        text: `Doc ${i}\n${i % 3 === 0 ? 'The white whale surfaced near the ship.' : 'Calm seas and a quiet harbour.'}`,
        original: null,
        status,
        createdAt: at,
      });
    }
  });
  return { core, api: client(core) };
}

async function pageThrough(api: ReturnType<typeof client>, request: Record<string, unknown>, between?: (page: number) => Promise<void>) {
  const ids: string[] = [];
  let after: string | undefined;
  for (let page = 0; page < 100; page++) {
    const answer = await api.call('documents:page', { ...request, limit: 7, after });
    ids.push(...answer.rows.map((r) => r.document.id));
    if (!answer.nextCursor) break;
    after = answer.nextCursor;
    await between?.(page);
  }
  return ids;
}

describe('documents:page', () => {
  test('answers one page and the true total, newest change first by default', async () => {
    const { api } = await library(250);
    const page = await api.call('documents:page', { limit: 20 });
    expect(page.total).toBe(250);
    expect(page.rows).toHaveLength(20);
    expect(page.rows[0].document.title).toBe('Doc 249');
    expect(page.rows[19].document.title).toBe('Doc 230');
    const later = await api.call('documents:page', { limit: 20, offset: 240 });
    expect(later.rows.map((r) => r.document.title)).toEqual(Array.from({ length: 10 }, (_, i) => `Doc ${String(9 - i).padStart(3, '0')}`));
    expect(later.total).toBe(250);
  });

  test('search counts every matching document, not just the page, and ranks with snippets', async () => {
    const { api } = await library(250);
    const page = await api.call('documents:page', { query: 'whale', sort: 'relevance', limit: 10 });
    expect(page.total).toBe(84); // 0, 3, …, 249
    expect(page.rows).toHaveLength(10);
    expect(page.rows[0].snippet).toContain('\u0001whale\u0002');
    expect((await api.call('documents:page', { query: '"white whale"', limit: 10 })).total).toBe(84);
    expect((await api.call('documents:page', { query: '"whale white"', limit: 10 })).total).toBe(0);
    expect((await api.call('documents:page', { query: 'whal', limit: 10 })).total).toBe(84);
  });

  test('filters by status, format and date combine with search and are counted', async () => {
    const { api } = await library(250);
    expect((await api.call('documents:page', { status: ['reviewed'] })).total).toBe(83);
    expect((await api.call('documents:page', { status: ['new', 'reviewed'], format: ['txt'] })).total).toBe(84);
    expect((await api.call('documents:page', { query: 'whale', status: ['new'] })).total).toBe(84);
    expect((await api.call('documents:page', { query: 'whale', status: ['in_review'] })).total).toBe(0);
    const recent = await api.call('documents:page', { updatedFrom: '2026-01-01T00:04:00Z', sort: 'updated', direction: 'asc' });
    expect(recent.total).toBe(10);
    expect(recent.rows[0].document.title).toBe('Doc 240');
    expect((await api.call('documents:page', { updatedBefore: '2026-01-01T00:00:10Z' })).total).toBe(10);
  });

  test('sorts by title, status and size in either direction, ties broken the same way every time', async () => {
    const { api } = await library(30, { sameTime: true });
    const byTitle = await api.call('documents:page', { sort: 'title', direction: 'asc', limit: 3 });
    expect(byTitle.rows.map((r) => r.document.title)).toEqual(['Doc 000', 'Doc 001', 'Doc 002']);
    const byStatus = await api.call('documents:page', { sort: 'status', direction: 'desc', limit: 30 });
    expect(byStatus.rows.slice(0, 10).every((r) => r.document.status === 'reviewed')).toBe(true);
    expect(byStatus.rows.slice(20).every((r) => r.document.status === 'new')).toBe(true);
    // Every document has the same timestamp: paging by it must still visit each exactly once.
    const ids = await pageThrough(api, { sort: 'updated' });
    expect(ids).toHaveLength(30);
    expect(new Set(ids).size).toBe(30);
  });

  test('a document deleted between pages neither skips nor repeats another', async () => {
    const { api } = await library(40);
    const seen = await pageThrough(api, { sort: 'title', direction: 'asc' }, async (page) => {
      // Delete one document already shown and one not yet shown.
      if (page === 0) {
        await api.call('documents:delete', { id: 'doc-002' });
        await api.call('documents:delete', { id: 'doc-030' });
      }
    });
    const expected = Array.from({ length: 40 }, (_, i) => `doc-${String(i).padStart(3, '0')}`).filter((id) => id !== 'doc-030');
    expect(seen).toEqual(expected);
  });

  test('a NUL, control characters or stray quotes in a query are searched, never an error', async () => {
    const { api } = await library(10);
    for (const query of ['whale\u0000', '\u0000', 'wh"ale', '"', 'white "whale', '\ud800whale', 'NEAR(whale', 'whale*', '\u0007whale\u001b']) {
      const page = await api.call('documents:page', { query, limit: 5 });
      expect(page.total, query).toBeGreaterThanOrEqual(0);
    }
    expect((await api.call('documents:page', { query: 'whale\u0000' })).total).toBe(4);
    expect((await api.call('documents:search', { query: 'whale\u0000' })).length).toBe(4);
  });

  test('a stale cursor gets a clear sentence', async () => {
    const { api } = await library(3);
    const error = await api.fail('documents:page', { after: 'not-a-cursor' });
    expect(error).toEqual({ code: 'invalid_input', message: 'That page position is no longer valid; reload the list.' });
  });
});

describe('documents:bulk and documents:ids', () => {
  test('a status change over "all matching" reaches every match, in chunks, and nothing else', async () => {
    const { api } = await library(250);
    let afterSeq = 0;
    let done = 0;
    let calls = 0;
    for (;;) {
      const chunk = await api.call('documents:bulk', {
        selection: { filter: { query: 'whale' }, except: ['doc-000'] },
        action: { kind: 'setStatus', status: 'reviewed' },
        afterSeq,
        limit: 20,
      });
      calls++;
      done += chunk.done;
      if (chunk.nextSeq === null) break;
      afterSeq = chunk.nextSeq;
    }
    expect(calls).toBe(5);
    expect(done).toBe(83);
    expect((await api.call('documents:page', { query: 'whale', status: ['reviewed'] })).total).toBe(83);
    expect((await api.call('documents:page', { status: ['reviewed'] })).total).toBe(83 + 83); // plus the 83 reviewed already, none of which mention a whale
  });

  test('delete of a filtered selection removes exactly the matches; ids lists a selection of any size', async () => {
    const { api } = await library(250);
    const { ids } = await api.call('documents:ids', { filter: { query: 'whale' }, except: [] });
    expect(ids).toHaveLength(84);
    await api.call('documents:bulk', { selection: { filter: { query: 'whale' }, except: [] }, action: { kind: 'delete' }, limit: 500 });
    expect((await api.call('documents:page', {})).total).toBe(166);
    expect((await api.call('documents:page', { query: 'whale' })).total).toBe(0);
  });

  test('the library version changes after any write, and not otherwise', async () => {
    const { api } = await library(5);
    const before = await api.call('library:version', {});
    expect(await api.call('library:version', {})).toEqual(before);
    await api.call('documents:rename', { id: 'doc-001', title: 'Renamed' });
    expect(await api.call('library:version', {})).not.toEqual(before);
  });
});

describe('search results in a column order', () => {
  test('page alike whether the word is common (the order is walked) or rare (the matches are listed)', async () => {
    const { core, api } = await library(60);
    await core.store.write(async (tx) => {
      for (const i of [60, 61]) {
        await tx.documents.insertDocument({
          id: `doc-${i}`,
          title: `Doc ${i}`,
          source: `file-${i}.txt`,
          format: 'txt',
          language: 'en',
          text: `Doc ${i}\nA narwhal and a whale.`,
          original: null,
          status: 'new',
          createdAt: new Date(Date.UTC(2026, 0, 1, 0, 5, i)).toISOString(),
        });
      }
    });
    const whales = [...Array.from({ length: 20 }, (_, k) => `doc-${String(k * 3).padStart(3, '0')}`), 'doc-60', 'doc-61'];
    // Common: 22 of 62 documents. Newest first, and by title both ways.
    expect(await pageThrough(api, { query: 'whale', sort: 'updated', direction: 'desc' })).toEqual([...whales].reverse());
    expect(await pageThrough(api, { query: 'whale', sort: 'title', direction: 'asc' })).toEqual(whales);
    expect(await pageThrough(api, { query: 'whale', sort: 'title', direction: 'desc', format: ['md'] })).toEqual(
      whales.filter((id) => Number(id.slice(4)) % 2 === 1 && id.length === 7).reverse(),
    );
    // Rare: 2 of 62.
    expect(await pageThrough(api, { query: 'narwhal', sort: 'updated', direction: 'desc' })).toEqual(['doc-61', 'doc-60']);
    expect((await api.call('documents:page', { query: 'narwhal', sort: 'title', direction: 'asc' })).total).toBe(2);
  });
});

describe('a word found in most of a large library', () => {
  test('is counted exactly, title hits come first, and pages neither skip nor repeat', async () => {
    const core = newCore();
    const api = client(core);
    await core.store.write(async (tx) => {
      for (let i = 0; i < 5200; i++) {
        await tx.documents.insertDocument({
          id: `w-${i}`,
          title: i % 100 === 0 ? `Whale report ${i}` : `Report ${i}`,
          source: `w-${i}.txt`,
          format: 'txt',
          language: 'en',
          text: `Report ${i}\nThe whale was seen again.`,
          original: null,
          status: 'new',
          createdAt: new Date(Date.UTC(2026, 0, 1, 0, 0, i)).toISOString(),
        });
      }
    });
    const first = await api.call('documents:page', { query: 'whale', sort: 'relevance', limit: 60 });
    expect(first.total).toBe(5200);
    expect(first.rows.slice(0, 52).every((r) => r.document.title.startsWith('Whale report'))).toBe(true);
    expect(first.rows[52].document.title).toBe('Report 5199');
    const second = await api.call('documents:page', { query: 'whale', sort: 'relevance', limit: 60, offset: 60 });
    const ids = [...first.rows, ...second.rows].map((r) => r.document.id);
    expect(new Set(ids).size).toBe(120);
    expect(second.rows[0].document.title).toBe('Report 5191');
  });
});
