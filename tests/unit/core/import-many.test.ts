import { describe, expect, test } from 'vitest';
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
