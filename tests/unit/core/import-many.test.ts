import { describe, expect, test } from 'vitest';
import { ON_POSTGRES, sqlRows } from '../pg/harness';
import { b64, client, newCore } from './helpers';

describe('documents:importMany', () => {
  test('stores a batch in one call, answers per file in order, and a file that cannot be read loses none of the others', async () => {
    const api = client(newCore());
    const { results } = await api.call('documents:importMany', {
      files: [
        { name: 'first.txt', data: b64('Harbor strike ends\nDockworkers return on Monday.') },
        { name: 'broken.docx', data: b64('this is not a zip archive') },
        { name: 'second.txt', data: b64('Whale sighted off Nantucket\nThe harpooneer saw it first.') },
        { name: 'again.txt', data: b64('Harbor strike ends\nDockworkers return on Monday.') },
      ],
    });
    expect(results.map((r) => r.status)).toEqual(['imported', 'skipped', 'imported', 'skipped']);
    expect(results[3]).toMatchObject({ duplicateOf: (results[0] as { document: { id: string } }).document.id });
    const page = await api.call('documents:page', {});
    expect(page.rows.map((r) => r.document.title).sort()).toEqual(['Harbor strike ends', 'Whale sighted off Nantucket']);
    expect((await api.call('documents:page', { query: 'harpooneer' })).total).toBe(1);
  });
});

describe('documents:importMany when a file fails to store', () => {
  test('the failing file is answered failed and leaves nothing behind, while the files before and after it are stored', async () => {
    const core = newCore();
    const api = client(core);
    // The library refuses the last write of one file (its audit event), after its document and
    // annotations went in: what a storage failure in the middle of one file looks like.
    if (ON_POSTGRES) {
      await sqlRows(core, `CREATE FUNCTION refuse_poisoned() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN IF NEW.data->>'name' = 'poisoned.html' THEN RAISE EXCEPTION 'refused'; END IF; RETURN NEW; END $$`);
      await sqlRows(core, 'CREATE TRIGGER refuse_poisoned BEFORE INSERT ON events FOR EACH ROW EXECUTE FUNCTION refuse_poisoned()');
    } else {
      core.db.exec(`CREATE TEMP TRIGGER refuse_poisoned BEFORE INSERT ON events
        WHEN json_extract(NEW.data, '$.name') = 'poisoned.html'
        BEGIN SELECT RAISE(ABORT, 'refused'); END`);
    }
    const poisoned = '<html><head><title>Poisoned</title></head><body><p>Text that will not stay.</p><aside>Teaser candidate</aside></body></html>';
    const { results } = await api.call('documents:importMany', {
      files: [
        { name: 'first.txt', data: b64('Harbor strike ends\nDockworkers return on Monday.') },
        { name: 'poisoned.html', data: b64(poisoned) },
        { name: 'second.txt', data: b64('Whale sighted off Nantucket\nThe harpooneer saw it first.') },
      ],
    });
    expect(results.map((r) => r.status)).toEqual(['imported', 'failed', 'imported']);
    expect(results[1]).toMatchObject({ reason: expect.stringContaining('poisoned.html') });
    const page = await api.call('documents:page', {});
    expect(page.rows.map((r) => r.document.title).sort()).toEqual(['Harbor strike ends', 'Whale sighted off Nantucket']);
    expect((await api.call('documents:page', { query: 'stay' })).total).toBe(0);
    const imported = (await api.call('events:list', {})).filter((e) => e.action === 'document.imported');
    expect(imported.map((e) => e.data.name).sort()).toEqual(['first.txt', 'second.txt']);
  });
});
