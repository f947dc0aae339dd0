import { describe, expect, it } from 'vitest';
import { parseImport } from '../../../src/main/core/import/index';
import { LIMIT, utf8 } from './helpers';

const MB = 1024 * 1024;

describe('files Copydesk refuses, with a sentence that says why', () => {
  it('refuses an empty file and a whitespace-only file', async () => {
    for (const name of ['a.txt', 'a.md', 'a.html', 'a.copydesk.json']) {
      await expect(parseImport(name, new Uint8Array(), LIMIT)).rejects.toMatchObject({ code: 'bad_file', message: `“${name}” is empty.` });
    }
    await expect(parseImport('b.txt', utf8(' \r\n\t \n'), LIMIT)).rejects.toMatchObject({ code: 'bad_file', message: '“b.txt” is empty.' });
    await expect(parseImport('b.docx', new Uint8Array(), LIMIT)).rejects.toMatchObject({ code: 'bad_file', message: '“b.docx” is empty.' });
  });

  it('refuses a file over the size limit before reading it, naming both sizes', async () => {
    const bytes = new Uint8Array(Math.round(31.2 * MB)); // all zeros: would be refused as binary if it were read
    await expect(parseImport('big.txt', bytes, { maxBytes: 25 * MB })).rejects.toMatchObject({
      code: 'too_large',
      message: '“big.txt” is 31.2 MB; the limit is 25 MB.',
    });
  });

  it('checks the size of companion files too', async () => {
    const options = { maxBytes: 100, companions: [{ name: 'a.ann', bytes: new Uint8Array(200) }] };
    await expect(parseImport('a.txt', utf8('text'), options)).rejects.toMatchObject({ code: 'too_large', message: expect.stringContaining('“a.ann”') });
  });

  it('recognises binary files by their signature', async () => {
    const pdf = utf8('%PDF-1.7\n%âãÏÓ\n1 0 obj\n');
    await expect(parseImport('report.txt', pdf, LIMIT)).rejects.toMatchObject({
      code: 'bad_file',
      message: '“report.txt” does not look like text (it seems to be a PDF file).',
    });
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    await expect(parseImport('photo.html', png, LIMIT)).rejects.toMatchObject({ message: expect.stringContaining('a PNG image') });
    const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 20, 0, 0, 0]);
    await expect(parseImport('notes.md', zip, LIMIT)).rejects.toMatchObject({ message: expect.stringContaining('ZIP archive') });
  });

  it('recognises binary files by NUL bytes and control characters', async () => {
    const nul = utf8('looks like text\u0000but is not');
    await expect(parseImport('x.txt', nul, LIMIT)).rejects.toMatchObject({ code: 'bad_file', message: expect.stringContaining('does not look like text') });
    const controls = new Uint8Array(400).map((_, i) => (i % 3 === 0 ? 0x01 : 0x41));
    await expect(parseImport('y.txt', controls, LIMIT)).rejects.toMatchObject({ code: 'bad_file', message: expect.stringContaining('does not look like text') });
  });

  it('refuses a .docx that is not a Word package', async () => {
    await expect(parseImport('memo.docx', utf8('just some text'), LIMIT)).rejects.toMatchObject({
      code: 'bad_file',
      message: expect.stringContaining('“memo.docx” is not a Word document (a .docx file is a ZIP package and this one is not)'),
    });
    const zipWithoutDocument = new Uint8Array([0x50, 0x4b, 0x05, 0x06, ...new Uint8Array(18)]);
    await expect(parseImport('empty.docx', zipWithoutDocument, LIMIT)).rejects.toMatchObject({ code: 'bad_file' });
  });

  it('lists the supported files for an unknown ending', async () => {
    await expect(parseImport('scan.pdf', utf8('x'), LIMIT)).rejects.toMatchObject({
      code: 'bad_file',
      message: expect.stringMatching(/Copydesk cannot import “scan\.pdf”\. Supported files: \.txt, \.md, \.markdown, \.html, \.htm, \.docx, \.copydesk\.json/),
    });
    await expect(parseImport('data.json', utf8('{}'), LIMIT)).rejects.toMatchObject({ message: expect.stringContaining('*.copydesk.json') });
    await expect(parseImport('alone.ann', utf8('T1\tX 0 1\ta'), LIMIT)).rejects.toMatchObject({ message: expect.stringContaining('import its .txt') });
  });
});
