import { describe, expect, it } from 'vitest';
import { exportDocument } from '../../../src/main/core/export';
import { ApiError } from '../../../src/shared/result';
import { EXPORT_FORMATS, type ExportFormat } from '../../../src/shared/types';
import { CTX, makeBundle } from '../../fixtures/export/bundle';

const EXPECTED: Record<ExportFormat, string[]> = {
  'copydesk-json': ['x.copydesk.json'],
  w3c: ['x.w3c.jsonld'],
  brat: ['x.txt', 'x.ann', 'annotation.conf'],
  conll: ['x.conll'],
  claimreview: ['x.claimreview.jsonld'],
  csv: ['x.claims.csv'],
  text: ['x.clean.txt'],
  report: ['x.report.html'],
};

function expectApiError(fn: () => unknown, code: string, message: RegExp) {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).code).toBe(code);
    expect((error as ApiError).message).toMatch(message);
    return;
  }
  throw new Error('expected an ApiError');
}

describe('exportDocument', () => {
  it.each(EXPORT_FORMATS)('%s: names its files after the title, with content', (format) => {
    const files = exportDocument(makeBundle({ title: 'X' }), format, CTX);
    expect(files.map((f) => f.name)).toEqual(EXPECTED[format]);
    for (const f of files) expect(f.content.length).toBeGreaterThan(0);
  });

  it('is reproducible: the same bundle and context give the same bytes', () => {
    for (const format of EXPORT_FORMATS) expect(exportDocument(makeBundle(), format, CTX)).toEqual(exportDocument(makeBundle(), format, CTX));
  });

  it('refuses an unknown format', () => {
    expectApiError(() => exportDocument(makeBundle(), 'pdf' as ExportFormat, CTX), 'invalid_input', /Unknown export format “pdf”/);
  });

  it('refuses an annotation outside the text or splitting an emoji, rather than export wrong offsets', () => {
    const outside = makeBundle();
    outside.annotations[0] = { ...outside.annotations[0], end: 10_000 };
    expectApiError(() => exportDocument(outside, 'brat', CTX), 'invalid_input', /outside the text/);
    const split = makeBundle();
    const emoji = split.document.text.indexOf('📈');
    split.annotations[0] = { ...split.annotations[0], start: emoji + 1, end: emoji + 4 };
    expectApiError(() => exportDocument(split, 'w3c', CTX), 'invalid_input', /surrogate pair/);
  });
});
