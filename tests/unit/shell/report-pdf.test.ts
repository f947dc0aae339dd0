import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { writeFileAtomic } from '../../../src/main/core/export/write';
import { exportReportPdf, reportPdfName } from '../../../src/main/report-pdf';
import { ApiError } from '../../../src/shared/result';
import { ARTICLE, client, newCore, tempDir } from '../core/helpers';

const PDF = Buffer.from('%PDF-1.7 report');

/** A core holding one imported article, and the PDF dependencies with a fake printer. */
async function setup() {
  const core = newCore();
  const imported = await client(core).call('documents:import', { name: 'northeast-revitalization.txt', data: Buffer.from(ARTICLE).toString('base64') });
  if (imported.status !== 'imported') throw new Error('import skipped');
  const printHtml = vi.fn(async (_html: string) => PDF);
  const deps = { handlers: core.handlers, printHtml, writeFile: writeFileAtomic };
  return { core, id: imported.document.id, printHtml, deps };
}

describe('reportPdfName', () => {
  it('puts the PDF beside the HTML report', () => {
    expect(reportPdfName('harbin.report.html')).toBe('harbin.report.pdf');
    expect(reportPdfName('harbin.report.HTM')).toBe('harbin.report.pdf');
  });
});

describe('exportReportPdf', () => {
  it('prints the report page the core renders and writes <base>.report.pdf into the folder', async () => {
    const { id, printHtml, deps } = await setup();
    const dir = tempDir();
    const result = await exportReportPdf({ documentId: id, dir }, deps);
    expect(result.ok).toBe(true);
    const path = (result as { value: string }).value;
    expect(path.startsWith(dir)).toBe(true);
    expect(path).toMatch(/\.report\.pdf$/);
    expect(readFileSync(path).equals(PDF)).toBe(true);
    const html = printHtml.mock.calls[0][0];
    expect(html).toMatch(/^<!DOCTYPE html>/);
    expect(html).toContain("default-src 'none'");
    expect(html).not.toMatch(/<script/i);
  });

  it('names the PDF after the HTML report of the same document', async () => {
    const { core, id, deps } = await setup();
    const files = await client(core).call('export:document', { id, format: 'report' });
    const result = await exportReportPdf({ documentId: id, dir: tempDir() }, deps);
    expect(result.ok && result.value.endsWith(reportPdfName(files[0].name))).toBe(true);
  });

  it('refuses malformed input and relative folders before doing anything', async () => {
    const { id, printHtml, deps } = await setup();
    for (const input of [undefined, {}, { documentId: id }, { documentId: id, dir: 'exports' }, { documentId: 7, dir: '/tmp' }]) {
      expect(await exportReportPdf(input, deps)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    }
    expect(printHtml).not.toHaveBeenCalled();
  });

  it('passes on the core’s answer for a document that does not exist', async () => {
    const { printHtml, deps } = await setup();
    const result = await exportReportPdf({ documentId: 'no-such-document', dir: tempDir() }, deps);
    expect(result).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(printHtml).not.toHaveBeenCalled();
  });

  it('refuses a folder holding a NUL with a sentence, before printing', async () => {
    const { id, printHtml, deps } = await setup();
    const result = await exportReportPdf({ documentId: id, dir: `${tempDir()}/a\u0000b` }, deps);
    expect(result).toEqual({ ok: false, error: { code: 'invalid_input', message: 'The export folder cannot be used: its name contains a NUL character. Choose another folder.' } });
    expect(printHtml).not.toHaveBeenCalled();
  });

  it('answers an unexpected printing error with a sentence and logs its detail', async () => {
    const { id, deps } = await setup();
    const log = { record: vi.fn() };
    const chromium = new Error('Printing failed: PDF generation error (code -3)');
    const result = await exportReportPdf({ documentId: id, dir: tempDir() }, { ...deps, printHtml: async () => Promise.reject(chromium), log });
    expect(result).toEqual({
      ok: false,
      error: { code: 'internal', message: 'Something went wrong while saving the review report as PDF; the details are in copydesk.log beside the library (Help → Show Log).' },
    });
    expect(log.record).toHaveBeenCalledWith('saving the review report as PDF', chromium);
  });

  it('answers printing and writing failures as readable errors, never throwing', async () => {
    const { id, deps } = await setup();
    const printFails = { ...deps, printHtml: async () => Promise.reject(new ApiError('internal', 'Could not print the review report as PDF: boom')) };
    expect(await exportReportPdf({ documentId: id, dir: tempDir() }, printFails)).toEqual({
      ok: false,
      error: { code: 'internal', message: 'Could not print the review report as PDF: boom' },
    });
    const blocked = join(tempDir(), 'file');
    writeFileSync(blocked, 'a file where the folder should be');
    const result = await exportReportPdf({ documentId: id, dir: blocked }, deps);
    expect(result).toMatchObject({ ok: false, error: { code: 'internal', message: expect.stringMatching(/^Could not create the folder/) } });
  });
});
