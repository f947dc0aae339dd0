/**
 * The PostgreSQL store sends a write's single-statement writes without waiting for their answer
 * (pg/in-flight.ts). What a user must still be able to count on: the reads after such a write see
 * it, a write is acknowledged only once all of it is committed, and when one of those statements
 * fails the whole write fails with that statement's own sentence and leaves nothing behind.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiError } from '../../../src/shared/result';
import { pgStore } from '../../../src/main/core/pg/store';
import type { Store } from '../../../src/main/core/store/types';
import { corpus } from './corpus';
import { adminQuery, databaseUrl, PG_INSTALLED, testCluster, uniqueDatabaseName } from './harness';

const NUL_SENTENCE = /holds a NUL character \(U\+0000\), which the team library .* cannot store/;

describe.skipIf(!PG_INSTALLED)('the PostgreSQL store’s writes in flight', () => {
  let admin = '';
  let stop: () => Promise<void> = async () => undefined;
  const stores: Store[] = [];

  beforeAll(async () => {
    ({ admin, stop } = await testCluster());
  }, 60_000);
  afterAll(async () => {
    await Promise.all(stores.map((s) => s.close()));
    await stop();
  });

  async function newStore(): Promise<{ store: Store; url: string }> {
    const name = uniqueDatabaseName('inflight');
    await adminQuery(admin, `CREATE DATABASE ${name}`);
    const url = databaseUrl(admin, name);
    const store = pgStore(url);
    stores.push(store);
    return { store, url };
  }

  const errorOf = (promise: Promise<unknown>) => promise.then(() => null, (error: unknown) => error);
  const event = (action: string) => ({ at: '2026-03-01T00:00:00.000Z', actor: 'Ada', action, documentId: null, annotationId: null, data: {} });

  it('lets the reads after a write see it, and commits all of it before answering', async () => {
    const { store, url } = await newStore();
    const doc = corpus(1)[0];
    const seen = await store.write(async (tx) => {
      await tx.documents.insertDocument({ ...doc, status: 'new' });
      await tx.documents.setDocumentStatus(doc.id, 'reviewed', '2026-03-01T00:00:00.000Z');
      await tx.events.appendEvents([event('first'), event('second')]);
      await tx.documents.touchDocument(doc.id, '2026-03-02T00:00:00.000Z');
      return { status: await tx.documents.getDocumentStatus(doc.id), actions: (await tx.events.listEvents({})).map((e) => e.action) };
    });
    expect(seen).toEqual({ status: 'reviewed', actions: ['second', 'first'] });
    // Another server, straight after the answer: everything is there.
    const other = pgStore(url);
    stores.push(other);
    expect(await other.documents.getDocumentSummary(doc.id)).toMatchObject({ status: 'reviewed', updatedAt: '2026-03-02T00:00:00.000Z' });
    expect((await other.events.listEvents({})).map((e) => e.action)).toEqual(['second', 'first']);
  });

  it('refuses a transaction’s repositories once it has ended, instead of running them outside it', async () => {
    const { store } = await newStore();
    const doc = corpus(1)[0];
    let kept: Parameters<Parameters<Store['write']>[0]>[0] | undefined;
    await store.write(async (tx) => {
      kept = tx;
      await tx.documents.insertDocument({ ...doc, status: 'new' });
    });
    const late = await errorOf(kept!.documents.setDocumentStatus(doc.id, 'reviewed', '2026-03-01T00:00:00.000Z'));
    expect(String(late)).toMatch(/after its transaction ended/);
    expect(await store.documents.getDocumentStatus(doc.id)).toBe('new');
  });

  it('fails a write whose unawaited statement fails, with that statement’s sentence, and keeps nothing of it', async () => {
    const { store } = await newStore();
    const before = await store.changeCounter();
    // The failing statement is the last one: its failure arrives with the COMMIT.
    const last = await errorOf(
      store.write(async (tx) => {
        await tx.settings.setSetting('reviewerName', 'Ada');
        await tx.events.appendEvents([event('fine'), event('bad\u0000action')]);
        return 'acknowledged';
      }),
    );
    expect(last).toBeInstanceOf(ApiError);
    expect((last as ApiError).message).toMatch(NUL_SENTENCE);
    // A read after the failing statement fails too: with the cause, not "transaction is aborted".
    const read = await errorOf(
      store.write(async (tx) => {
        await tx.events.appendEvents([event('bad\u0000action')]);
        await tx.settings.setSetting('reviewerName', 'Ada');
        return tx.settings.getSetting('reviewerName');
      }),
    );
    expect((read as ApiError).message).toMatch(NUL_SENTENCE);
    expect(await store.settings.getSetting('reviewerName')).toBeUndefined();
    expect(await store.events.listEvents({})).toEqual([]);
    expect(await store.changeCounter()).toBe(before);
    // The connection is fine afterwards.
    await store.write((tx) => tx.events.appendEvents([event('later')]));
    expect((await store.events.listEvents({})).map((e) => e.action)).toEqual(['later']);
  });
});
