import { describe, expect, it } from 'vitest';
import { parseImport } from '../../../src/main/core/import/index';
import { LIMIT, covered, fixture, utf8 } from './helpers';

const NAME = 'harbour.copydesk.json';

function original(): Record<string, any> {
  return JSON.parse(new TextDecoder().decode(fixture(NAME)));
}

async function importJson(data: unknown, name = NAME) {
  return parseImport(name, utf8(typeof data === 'string' ? data : JSON.stringify(data)), LIMIT);
}

describe('Copydesk JSON import', () => {
  it('restores text, annotations with their ids, claims, sources and status', async () => {
    const parsed = await parseImport(NAME, fixture(NAME), LIMIT);
    const file = original();
    expect(parsed).toMatchObject({ format: 'copydesk-json', title: 'Port traffic report', language: 'en', status: 'in_review', warnings: [] });
    expect(parsed.text).toBe(file.document.text);
    expect(parsed.annotations.map((a) => [a.id, a.kind, a.label, covered(parsed, a), a.origin])).toEqual([
      ['a-place', 'entity', 'PLACE', 'Valemouth', 'manual'],
      ['a-claim', 'claim', null, 'traffic rose 12%', 'manual'],
      ['a-teaser', 'teaser', null, 'Read next: Storm warning for the coast', 'suggested'],
    ]);
    expect(parsed.annotations[0].attrs).toEqual({ canonical: 'Valemouth Harbour' });
    expect(parsed.claims).toEqual([
      { annotationId: 'a-claim', status: 'verified', verdict: 'Matches the annual report.', assignee: 'ana', checklist: { 'a-place': true } },
    ]);
    expect(parsed.sources).toMatchObject([{ id: 's-1', annotationId: 'a-claim', url: 'https://example.invalid/report', title: 'Annual report' }]);
  });

  it('is matched by the .copydesk.json ending in any case', async () => {
    const parsed = await parseImport('Harbour.CopyDesk.JSON', fixture(NAME), LIMIT);
    expect(parsed.format).toBe('copydesk-json');
  });

  it('refuses malformed JSON', async () => {
    await expect(importJson('{"format": "copydesk", ')).rejects.toMatchObject({ code: 'bad_file', message: expect.stringContaining('is not valid JSON') });
  });

  it('refuses a file of another format, and one made by a newer Copydesk', async () => {
    await expect(importJson({ ...original(), format: 'recogito' })).rejects.toMatchObject({
      code: 'bad_file',
      message: expect.stringContaining('is not a Copydesk file'),
    });
    await expect(importJson({ ...original(), version: 2 })).rejects.toMatchObject({
      code: 'bad_file',
      message: expect.stringContaining('made by a newer Copydesk'),
    });
  });

  it('names the field that has the wrong shape', async () => {
    const file = original();
    file.annotations[1].start = 'twelve';
    await expect(importJson(file)).rejects.toMatchObject({ code: 'bad_file', message: expect.stringContaining('annotations[1].start') });
    const noText = original();
    delete noText.document.text;
    await expect(importJson(noText)).rejects.toMatchObject({ message: expect.stringContaining('document.text') });
  });

  it('refuses offsets outside the text and quotes that do not match it, naming the annotation', async () => {
    const outside = original();
    outside.annotations[0].end = 10_000;
    await expect(importJson(outside)).rejects.toMatchObject({ code: 'bad_file', message: expect.stringContaining('“a-place”') });
    const moved = original();
    moved.annotations[1].start += 1;
    moved.annotations[1].end += 1;
    await expect(importJson(moved)).rejects.toMatchObject({ code: 'bad_file', message: expect.stringMatching(/“a-claim”.*quotes/) });
  });

  it('refuses a claim that points at no claim annotation', async () => {
    const file = original();
    file.claims[0].annotationId = 'a-place';
    await expect(importJson(file)).rejects.toMatchObject({ code: 'bad_file', message: expect.stringContaining('not a claim annotation') });
  });

  it('canonicalises hand-edited text and moves the annotations with it', async () => {
    const file = original();
    file.document.text = `  ${file.document.text.replace('\n', '\r\n\r\n')}`;
    for (const a of file.annotations) {
      a.start += 5; // two spaces, and "\n" became "\r\n\r\n"
      a.end += 5;
    }
    const parsed = await importJson(file);
    expect(parsed.text).toBe(original().document.text);
    expect(parsed.annotations.map((a) => covered(parsed, a))).toEqual(['Valemouth', 'traffic rose 12%', 'Read next: Storm warning for the coast']);
    expect(parsed.warnings).toHaveLength(1);
  });
});
