/**
 * The PostgreSQL store itself (src/main/core/pg/store.ts): its schema migration, the refusal of a
 * newer schema, transactions (rollback, one snapshot, nested calls), writes serialised across two
 * servers, the change counter, and the sentences a person reads when the database is out of reach.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiError } from '../../../src/shared/result';
import { DEFAULT_LABELS } from '../../../src/shared/types';
import { LATEST_PG_SCHEMA_VERSION, PG_MIGRATIONS } from '../../../src/main/core/pg/migrations/migrations';
import { pgLocation, pgStore } from '../../../src/main/core/pg/store';
import type { Store } from '../../../src/main/core/store/types';
import { adminQuery, databaseUrl, PG_INSTALLED, testCluster, uniqueDatabaseName } from './harness';

describe.skipIf(!PG_INSTALLED)('the PostgreSQL store', () => {
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

  /** A new, empty database; answers its URL. */
  async function newDatabase(): Promise<string> {
    const name = uniqueDatabaseName('store');
    await adminQuery(admin, `CREATE DATABASE "${name}"`);
    return databaseUrl(admin, name);
  }

  /** A store on `url`; `await open(url).ready()` before using its pool directly. */
  function open(url: string, options?: Parameters<typeof pgStore>[1]) {
    const store = pgStore(url, options);
    stores.push(store);
    return store;
  }

  const errorOf = (promise: Promise<unknown>) => promise.then(() => null, (error: unknown) => error);

  it('creates the schema on first use: the default labels, version recorded, counter at 0', async () => {
    const store = open(await newDatabase());
    await store.ready();
    const labels = await store.pool.query('SELECT name, color, hotkey FROM labels ORDER BY position');
    expect(labels.rows).toEqual(DEFAULT_LABELS.map((l) => ({ name: l.name, color: l.color, hotkey: l.hotkey })));
    const versions = await store.pool.query('SELECT version FROM schema_migrations ORDER BY version');
    expect(versions.rows).toEqual(PG_MIGRATIONS.map((m) => ({ version: m.version })));
    expect(await store.changeCounter()).toBe('0');
  });

  it('lets two servers start on a new database at once: one migrates, the other finds it done', async () => {
    const url = await newDatabase();
    const [a, b] = [open(url), open(url)];
    await Promise.all([a.settings.setSetting('from', 'a'), b.settings.setSetting('also', 'b')]);
    const labels = await a.pool.query('SELECT COUNT(*) AS n FROM labels');
    expect(labels.rows[0].n).toBe(DEFAULT_LABELS.length);
    expect((await a.pool.query('SELECT COUNT(*) AS n FROM schema_migrations')).rows[0].n).toBe(PG_MIGRATIONS.length);
  });

  it('refuses a database set up by a newer Copydesk, saying so, and writes nothing', async () => {
    const url = await newDatabase();
    const first = open(url);
    await first.ready();
    await first.pool.query(`INSERT INTO schema_migrations (version, name, applied_at) VALUES (99, 'from the future', '2030-01-01T00:00:00.000Z')`);
    const later = open(url);
    const error = await errorOf(later.settings.setSetting('reviewerName', 'Ada'));
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).code).toBe('database');
    expect((error as ApiError).message).toContain(`newer version of Copydesk (schema 99; this app knows up to ${LATEST_PG_SCHEMA_VERSION}). Update Copydesk`);
    expect(await first.settings.getSetting('reviewerName')).toBeUndefined();
  });

  it('refuses an old schema without migrating when asked not to migrate', async () => {
    const url = await newDatabase();
    const error = await errorOf(open(url, { migrate: false }).changeCounter());
    expect((error as ApiError).message).toContain(`older schema (0; this app needs ${LATEST_PG_SCHEMA_VERSION}). Upgrade it first: npm run server -- --migrate`);
  });

  it('rolls a failed write back whole: nothing it wrote stays, the counter does not move', async () => {
    const store = open(await newDatabase());
    const before = await store.changeCounter();
    const error = await errorOf(
      store.write(async (tx) => {
        await tx.settings.setSetting('reviewerName', 'Ada');
        throw new Error('the check failed');
      }),
    );
    expect((error as Error).message).toBe('the check failed');
    expect(await store.settings.getSetting('reviewerName')).toBeUndefined();
    expect(await store.changeCounter()).toBe(before);
  });

  it('moves the change counter on every write, as seen from another server', async () => {
    const url = await newDatabase();
    const [a, b] = [open(url), open(url)];
    const before = await b.changeCounter();
    await a.write((tx) => tx.settings.setSetting('reviewerName', 'Ada'));
    const after = await b.changeCounter();
    expect(after).not.toBe(before);
    expect(await b.changeCounter()).toBe(after); // reading does not move it
  });

  it('serialises read-check-write transactions across two servers: no increment is lost', async () => {
    const url = await newDatabase();
    const [a, b] = [open(url), open(url)];
    await a.settings.setSetting('n', '0');
    const increment = (store: Store) =>
      store.write(async (tx) => {
        const n = Number(await tx.settings.getSetting('n'));
        await new Promise((r) => setTimeout(r, 5)); // another server's write would slip in here
        await tx.settings.setSetting('n', String(n + 1));
      });
    await Promise.all(Array.from({ length: 20 }, (_, i) => increment(i % 2 ? a : b)));
    expect(await a.settings.getSetting('n')).toBe('20');
  });

  it('gives up a write that waits too long for another server, saying so, and saves nothing', async () => {
    const url = await newDatabase();
    const holder = open(url);
    const waiter = open(url, { lockTimeoutMs: 200 });
    await waiter.ready();
    let release = () => undefined as void;
    let locked = () => undefined as void;
    const holding = new Promise<void>((resolve) => (locked = resolve));
    const held = holder.write(async (tx) => {
      await tx.settings.setSetting('holder', 'yes');
      locked();
      await new Promise<void>((resolve) => (release = resolve));
    });
    await holding;
    const error = await errorOf(waiter.write((tx) => tx.settings.setSetting('waiter', 'yes')));
    release();
    await held;
    expect((error as ApiError).message).toMatch(/^Another user was writing to the team library .* and did not finish in time: your change was not saved\. Try again\.$/);
    expect(await waiter.settings.getSetting('waiter')).toBeUndefined();
    expect(await waiter.settings.getSetting('holder')).toBe('yes');
  });

  it('runs a call made inside a write on that write (it sees the uncommitted change), and nested writes join it', async () => {
    const store = open(await newDatabase());
    const seen = await store.write(async (tx) => {
      await tx.settings.setSetting('reviewerName', 'Ada');
      const fromStore = await store.settings.getSetting('reviewerName');
      const nested = await tx.write(async (inner) => inner.settings.getSetting('reviewerName'));
      return [fromStore, nested];
    });
    expect(seen).toEqual(['Ada', 'Ada']);
  });

  it('reads one snapshot: a write committed meanwhile is not seen inside the read', async () => {
    const url = await newDatabase();
    const [a, b] = [open(url), open(url)];
    await a.settings.setSetting('n', 'before');
    const seen = await a.read(async (tx) => {
      const first = await tx.settings.getSetting('n');
      await b.write((w) => w.settings.setSetting('n', 'after'));
      return [first, await tx.settings.getSetting('n')];
    });
    expect(seen).toEqual(['before', 'before']);
    expect(await a.settings.getSetting('n')).toBe('after');
  });

  it('answers counts and ids as numbers and keeps ISO timestamps exactly', async () => {
    const store = open(await newDatabase());
    await store.ready();
    const at = '2026-01-02T03:04:05.678Z';
    const id = await store.events.appendEvent({ at, actor: 'Ada', action: 'test.done', documentId: null, annotationId: null, data: { n: 1 } });
    expect(typeof id).toBe('number');
    const row = (await store.pool.query('SELECT id, at, COUNT(*) OVER () AS n FROM events')).rows[0];
    expect(row).toEqual({ id, at, n: 1 });
  });

  it('keeps the audit log append-only', async () => {
    const store = open(await newDatabase());
    await store.events.appendEvent({ at: '2026-01-01T00:00:00.000Z', actor: 'Ada', action: 'x', documentId: null, annotationId: null, data: {} });
    await expect(store.pool.query('UPDATE events SET actor = $1', ['Eve'])).rejects.toThrow('its events cannot be changed');
    await expect(store.pool.query('DELETE FROM events')).rejects.toThrow('its events cannot be deleted');
    await expect(store.pool.query('TRUNCATE events')).rejects.toThrow('its events cannot be deleted');
  });

  it('stores a 2 MB document whole and finds it by its words, diacritics and case folded', async () => {
    const store = open(await newDatabase());
    await store.ready();
    // 2 MB of distinct words: a search vector of every word would pass PostgreSQL's 1 MB limit.
    const words = Array.from({ length: 300_000 }, (_, i) => `w${i.toString(36)}q`);
    const text = `Révolution économique ${words.join(' ')}`;
    expect(text.length).toBeGreaterThan(2_000_000);
    await store.pool.query(
      `INSERT INTO documents (id, title, format, text, text_length, imported_text, created_at, updated_at)
       VALUES ('big', 'Élan vital', 'txt', $1, $2, $1, $3, $3)`,
      [text, text.length, '2026-01-01T00:00:00.000Z'],
    );
    const stored = await store.pool.query(`SELECT length(text) AS n FROM documents WHERE id = 'big'`);
    expect(stored.rows[0].n).toBe(text.length);
    const find = async (query: string) =>
      (await store.pool.query(`SELECT d.id FROM documents d JOIN document_search s ON s.seq = d.seq WHERE s.search @@ websearch_to_tsquery('copydesk', $1)`, [query])).rows.map((r) => r.id);
    expect(await find('revolution ECONOMIQUE')).toEqual(['big']);
    expect(await find('elan')).toEqual(['big']);
    expect(await find('w1q')).toEqual(['big']);
    const prefix = await store.pool.query(`SELECT d.id FROM documents d JOIN document_search s ON s.seq = d.seq WHERE s.search @@ to_tsquery('copydesk', 'vit:*')`);
    expect(prefix.rows).toEqual([{ id: 'big' }]);
  }, 60_000);

  it('names its location without the password, wherever the address carries one', () => {
    expect(pgLocation('postgres://desk:s3cret@db.example:5433/news?sslmode=require')).toBe('postgres://desk@db.example:5433/news?sslmode=require');
    expect(pgLocation('postgres://desk@db.example/news?password=s3cret&sslmode=require')).toBe('postgres://desk@db.example/news?sslmode=require');
    expect(pgLocation({ user: 'desk', password: 's3cret', host: 'db.example', database: 'news' })).toBe('postgres://desk@db.example:5432/news');
  });

  describe('says in words what is wrong with the connection', () => {
    it('nothing listening at the address', async () => {
      const error = await errorOf(open('postgres://copydesk@127.0.0.1:9/library').changeCounter());
      expect(error).toBeInstanceOf(ApiError);
      expect((error as ApiError).message).toBe(
        'Copydesk cannot reach the team library postgres://copydesk@127.0.0.1:9/library: nothing answers at that address (connection refused). Check that PostgreSQL is running and that the address is right.',
      );
    });

    it('no such database', async () => {
      const error = await errorOf(open(databaseUrl(admin, 'no_such_library')).changeCounter());
      expect((error as ApiError).message).toMatch(/^The team library postgres:\/\/.*\/no_such_library does not exist on that PostgreSQL server\./);
    });

    it('a user the server does not know, and the password never in the sentence', async () => {
      const url = new URL(admin);
      url.username = 'nobody';
      url.password = 's3cret-pw';
      const error = await errorOf(open(url.toString()).changeCounter());
      expect((error as ApiError).message).toMatch(/refused Copydesk's user name or password/);
      expect((error as ApiError).message).not.toContain('s3cret-pw');
    });

    it('a NUL character, which PostgreSQL text cannot hold', async () => {
      const store = open(await newDatabase());
      const error = await errorOf(store.settings.setSetting('reviewerName', 'Ada\u0000'));
      expect(error).toMatchObject({ code: 'invalid_input', message: expect.stringMatching(/^The change holds a NUL character \(U\+0000\), which the team library .* cannot store\./) });
      const inJson = await errorOf(
        store.events.appendEvent({ at: '2026-01-01T00:00:00.000Z', actor: 'Ada', action: 'x', documentId: null, annotationId: null, data: { note: 'a\u0000b' } }),
      );
      expect(inJson).toMatchObject({ code: 'invalid_input' });
    });

    it('retries after a failure: a database created later is used by the next call', async () => {
      const name = uniqueDatabaseName('late');
      const store = open(databaseUrl(admin, name));
      expect(await errorOf(store.changeCounter())).toBeInstanceOf(ApiError);
      await adminQuery(admin, `CREATE DATABASE "${name}"`);
      expect(await store.changeCounter()).toBe('0');
    });
  });
});
