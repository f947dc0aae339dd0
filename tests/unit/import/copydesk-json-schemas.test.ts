/** Copydesk JSON is read through the API's own schemas, so every imported annotation stays editable. */
import { describe, expect, it } from 'vitest';
import { parseImport } from '../../../src/main/core/import/index';
import { client, newCore } from '../core/helpers';
import { LIMIT, fixture, utf8 } from './helpers';

const NAME = 'harbour.copydesk.json';

function original(): Record<string, any> {
  return JSON.parse(new TextDecoder().decode(fixture(NAME)));
}

describe('Copydesk JSON import and the API schemas', () => {
  it('drops attribute keys the API does not know, with a warning, and keeps the rest', async () => {
    const file = original();
    file.annotations[0].attrs = { canonical: 'Valemouth Harbour', colour: 'teal' };
    file.annotations[2].attrs = { ...file.annotations[2].attrs, reason: 'not-a-reason' };
    const parsed = await parseImport(NAME, utf8(JSON.stringify(file)), LIMIT);
    expect(parsed.annotations[0].attrs).toEqual({ canonical: 'Valemouth Harbour' });
    expect(parsed.annotations[2].attrs).not.toHaveProperty('reason');
    expect(parsed.warnings).toEqual([
      '2 annotations in “harbour.copydesk.json” carried attributes Copydesk does not keep or could not read (“colour”, “reason”); they were left out.',
    ]);
  });

  it('leaves out sources whose URL is not a web address, with a warning', async () => {
    const file = original();
    file.sources.push({ ...file.sources[0], id: 's-2', url: 'javascript:alert(1)' });
    const parsed = await parseImport(NAME, utf8(JSON.stringify(file)), LIMIT);
    expect(parsed.sources.map((s) => s.id)).toEqual(['s-1']);
    expect(parsed.warnings).toEqual([
      '1 source in “harbour.copydesk.json” was left out: “javascript:alert(1)” is not a web address (http:// or https://).',
    ]);
  });

  it('an imported annotation with a foreign attribute can be edited, deleted and restored', async () => {
    const api = client(newCore());
    const file = original();
    file.annotations[0].attrs = { canonical: 'Valemouth Harbour', colour: 'teal' };
    const result = await api.call('documents:import', { name: NAME, data: Buffer.from(JSON.stringify(file)).toString('base64') });
    if (result.status !== 'imported') throw new Error(result.reason);
    const [place] = await api.call('annotations:list', { documentId: result.document.id });
    await api.call('annotations:update', { id: place.id, attrs: { ...place.attrs, note: 'checked' } });
    const edited = (await api.call('annotations:list', { documentId: result.document.id })).find((a) => a.id === place.id)!;
    await api.call('annotations:delete', { ids: [place.id] });
    expect((await api.call('annotations:restore', { documentId: result.document.id, annotations: [edited] })).restored).toBe(1);
  });
});
