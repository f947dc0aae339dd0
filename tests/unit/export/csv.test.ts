import { describe, expect, it } from 'vitest';
import { exportDocument } from '../../../src/main/core/export';
import { exportCsv, toCsv } from '../../../src/main/core/export/csv';
import { CTX, makeBundle } from '../../fixtures/export/bundle';

/** A strict RFC 4180 reader: CRLF records, quoted fields with doubled quotes, nothing else. */
function parseCsv(input: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  while (i < input.length) {
    let field = '';
    if (input[i] === '"') {
      i++;
      for (;;) {
        if (i >= input.length) throw new Error('unterminated quoted field');
        if (input[i] === '"') {
          if (input[i + 1] === '"') {
            field += '"';
            i += 2;
          } else {
            i++;
            break;
          }
        } else field += input[i++];
      }
    } else {
      while (i < input.length && input[i] !== ',' && input[i] !== '\r') {
        if (input[i] === '"' || input[i] === '\n') throw new Error(`bare ${JSON.stringify(input[i])} in an unquoted field at ${i}`);
        field += input[i++];
      }
    }
    row.push(field);
    if (input[i] === ',') i++;
    else if (input.startsWith('\r\n', i)) {
      rows.push(row);
      row = [];
      i += 2;
    } else throw new Error(`expected , or CRLF at ${i}`);
  }
  if (row.length > 0) throw new Error('last record not ended by CRLF');
  return rows;
}

function csvRows(options?: { bom?: boolean }) {
  const [file] = exportCsv(makeBundle(), CTX, options);
  return { file, rows: parseCsv(file.content.replace(/^\uFEFF/, '')) };
}

describe('CSV export of claims', () => {
  it('is one file, <base>.claims.csv, led by a UTF-8 BOM for spreadsheets (and without it on request)', () => {
    const [file] = exportDocument(makeBundle(), 'csv', CTX);
    expect(file.name).toBe('growth-in-harbin-5-8-cafe-more.claims.csv');
    expect(file.content.startsWith('\uFEFFDocument,Claim,')).toBe(true);
    expect(csvRows({ bom: false }).file.content.startsWith('Document,')).toBe(true);
  });

  it('has a header and one row per claim in document order, each with the same number of cells', () => {
    const { rows } = csvRows();
    expect(rows[0]).toEqual(['Document', 'Claim', 'Status', 'Verdict', 'Assignee', 'Sources', 'Start', 'End', 'Updated', 'Verdict by']);
    expect(rows.map((r) => r[2])).toEqual(['Status', 'verified', 'misleading', 'unverified', 'false']);
    expect(rows.map((r) => r[9])).toEqual(['Verdict by', 'Dana Editor', 'Dana Editor', '', '']);
    expect(new Set(rows.map((r) => r.length))).toEqual(new Set([10]));
  });

  it('round-trips commas, quotes and line breaks through RFC 4180 quoting', () => {
    const { rows } = csvRows();
    const misleading = rows[2];
    expect(misleading[0]).toBe('Growth in Harbin: 5.8%, café & “more”');
    expect(misleading[1]).toBe('Electric said regional GDP reached 2.7 trillion yuan, a year-on-year increase of 5.8%');
    expect(misleading[3]).toBe('\'=1+1 is not how the bureau counts.\nThe 2.7 trillion figure includes "other" income, see table 3.');
    expect(misleading[5]).toBe('https://stats.example.gov/hlj/2023 | https://example.org/a?x=1&y=%222%22');
    expect(rows[3][4]).toBe('Lee, Sam');
  });

  it('neutralises cells a spreadsheet would run as formulas', () => {
    const { rows } = csvRows();
    expect(rows[2][3].startsWith("'=")).toBe(true);
    expect(rows[2][4]).toBe("'@dana");
    const csv = toCsv([['=HYPERLINK("http://x")', '+1', '-2', '@SUM(A1)', '\tx', '\rx', 'safe', 'a=b']]);
    expect(parseCsv(csv)[0]).toEqual(['\'=HYPERLINK("http://x")', "'+1", "'-2", "'@SUM(A1)", "'\tx", "'\rx", 'safe', 'a=b']);
  });

  it('gives offsets in code points and leaves them empty for an orphaned claim', () => {
    const { rows } = csvRows();
    expect(rows[1].slice(6, 8)).toEqual(['0', '16']); // "Growth 📈 of 5.8%": 📈 is one character
    expect(rows[4][1]).toBe('Exports doubled last year.');
    expect(rows[4].slice(6, 8)).toEqual(['', '']);
    expect(rows[1][8]).toBe('2024-05-04T09:00:00.000Z');
  });

  it('ends every record with CRLF; a bare line break appears only inside quotes', () => {
    const content = csvRows({ bom: false }).file.content;
    expect(content.endsWith('\r\n')).toBe(true);
    expect(content.replace(/"(?:[^"]|"")*"/g, '').replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });
});
