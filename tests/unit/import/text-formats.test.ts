import { describe, expect, it } from 'vitest';
import { parseImport, toCanonicalText } from '../../../src/main/core/import/index';
import { LIMIT, fixture, utf8 } from './helpers';

describe('plain text import', () => {
  it('makes the canonical text and takes the first block as title', async () => {
    const parsed = await parseImport('wire.TXT', utf8('\uFEFF  Harbour record \r\n\r\nTraffic rose 12%.\r\n'), LIMIT);
    expect(parsed).toMatchObject({ format: 'txt', title: 'Harbour record', text: 'Harbour record\nTraffic rose 12%.', status: 'new' });
    expect(parsed.annotations).toEqual([]);
    expect(parsed.warnings).toEqual([]);
  });

  it('keeps a 500-character first line whole as the title, and cuts one over 1,000 at a word with an ellipsis', async () => {
    const whole = await parseImport('long.txt', utf8(`${'word '.repeat(100)}\nbody`), LIMIT);
    expect(whole.title).toBe('word '.repeat(100).trim());
    const parsed = await parseImport('longer.txt', utf8(`${'word '.repeat(300)}\nbody`), LIMIT);
    expect(parsed.title.length).toBeLessThanOrEqual(1000);
    expect(parsed.title).toMatch(/ word…$/);
  });

  it('reads UTF-16 files with a byte-order mark, little- and big-endian', async () => {
    const text = 'Ünïcode 🚢 title\r\nbody';
    const le = new Uint8Array([0xff, 0xfe, ...new Uint8Array(Buffer.from(text, 'utf16le'))]);
    const be = Buffer.from(text, 'utf16le').swap16();
    const beBytes = new Uint8Array([0xfe, 0xff, ...be]);
    for (const bytes of [le, beBytes]) {
      const parsed = await parseImport('u16.txt', bytes, LIMIT);
      expect(parsed.text).toBe('Ünïcode 🚢 title\nbody');
    }
  });

  it('recognises UTF-16 without a byte-order mark by its zero bytes', async () => {
    const parsed = await parseImport('no-bom.txt', new Uint8Array(Buffer.from('Plain title\nbody text', 'utf16le')), LIMIT);
    expect(parsed.text).toBe('Plain title\nbody text');
  });

  it('imports invalid UTF-8 with replacement characters and says how many', async () => {
    const bytes = new Uint8Array([...utf8('caf'), 0xe9, ...utf8(' ok \uFFFD genuine '), 0xff, 0xfe, ...utf8('end')]);
    const parsed = await parseImport('broken.txt', bytes, LIMIT);
    expect(parsed.text).toBe('caf\uFFFD ok \uFFFD genuine \uFFFD\uFFFDend');
    expect(parsed.warnings).toEqual(['3 invalid UTF-8 sequences were replaced with \uFFFD.']);
  });
});

describe('markdown import', () => {
  it('turns headings, paragraphs, quotes, list items and code into plain blocks', async () => {
    const parsed = await parseImport('harbour-notes.md', fixture('harbour-notes.md'), LIMIT);
    expect(parsed.format).toBe('md');
    expect(parsed.text).toBe(
      [
        'Some intro before the heading, with emphasis and a link to the report.',
        'Harbour notes',
        'Traffic rose 12% to a record, according to the authority.',
        'The berths opened in March.',
        'First item with code',
        'Second item',
        'Nested item',
        'line one of code',
        'indented line two',
      ].join('\n'),
    );
    expect(parsed.title).toBe('Harbour notes');
    expect(parsed.text).not.toContain('alert');
    expect(toCanonicalText(parsed.text)).toBe(parsed.text);
  });

  it('uses the first block as title when there is no heading', async () => {
    const parsed = await parseImport('n.markdown', utf8('Just a *paragraph*.\n\nAnother.'), LIMIT);
    expect(parsed.title).toBe('Just a paragraph.');
  });
});

describe('Word import', () => {
  it('reads paragraphs, line breaks and the first heading as title', async () => {
    const parsed = await parseImport('harbour-memo.docx', fixture('harbour-memo.docx'), LIMIT);
    expect(parsed.format).toBe('docx');
    expect(parsed.title).toBe('Port traffic rose in March');
    expect(parsed.text).toBe(
      [
        'Memo: harbour traffic',
        'Port traffic rose in March',
        'Container volumes at the port rose 12% year on year, the authority said.',
        'The figures cover the first quarter.',
        'Ships: 1,204',
        'Berths: 31',
      ].join('\n'),
    );
  });
});
