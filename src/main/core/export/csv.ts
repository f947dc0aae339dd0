/**
 * Claims as CSV for spreadsheets: `<base>.claims.csv`, one row per claim in document order
 * (orphaned claims last, with empty offsets); no file for a document without claims. A batch export
 * can instead write one `claims.csv` for all its documents, with a "Document ID" column.
 *
 * RFC 4180: CRLF after every record, a field quoted when it holds a comma, a quote, CR or LF, quotes
 * inside doubled. A UTF-8 byte order mark leads by default so that Excel reads the file as UTF-8.
 * Formula injection (OWASP "CSV Injection"): a cell that starts with `=`, `+`, `-`, `@`, TAB or CR would
 * be evaluated by a spreadsheet, so it is prefixed with `'` and shows as text.
 * Start and end are Unicode code point offsets into the canonical text, like the other exports.
 */
import type { DocumentBundle, ExportFile } from '../../../shared/types';
import { CodePointIndex } from '../../../shared/codepoints';
import { verdictAuthor } from '../../../shared/verdict-author';
import type { ExportContext } from './context';
import { isoDateTime } from './dates';
import { exportFileBaseName } from './filename';
import { claimsByAnnotation, httpUrl, placeAnnotations, sourcesByAnnotation, toCodePoints } from './model';

/** Options of the CSV export. */
export interface CsvOptions {
  /** Lead with a UTF-8 byte order mark (default true: spreadsheets need it to read UTF-8). */
  bom?: boolean;
}

/** The header row. */
export const CLAIM_CSV_COLUMNS = ['Document', 'Claim', 'Status', 'Verdict', 'Assignee', 'Sources', 'Start', 'End', 'Updated', 'Verdict by'] as const;

/** A cell made safe to open in a spreadsheet: a leading `=`, `+`, `-`, `@`, TAB or CR gets a `'` in front. */
export function neutraliseFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** One RFC 4180 field: quoted (with quotes doubled) when it holds a comma, quote, CR or LF. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Rows as RFC 4180 text: every cell neutralised and quoted as needed, CRLF after every record. */
export function toCsv(rows: ReadonlyArray<ReadonlyArray<string | number | null>>): string {
  return rows.map((row) => `${row.map((cell) => csvField(neutraliseFormula(cell === null ? '' : String(cell)))).join(',')}\r\n`).join('');
}

/** The claim rows (header included). */
export function claimRows(bundle: DocumentBundle): Array<Array<string | number | null>> {
  const { document } = bundle;
  const index = new CodePointIndex(document.text);
  const claims = claimsByAnnotation(bundle);
  const sources = sourcesByAnnotation(bundle);
  const { placed, orphaned } = placeAnnotations(bundle);
  const rows: Array<Array<string | number | null>> = [[...CLAIM_CSV_COLUMNS]];
  for (const annotation of [...placed, ...orphaned]) {
    if (annotation.kind !== 'claim') continue;
    const claim = claims.get(annotation.id);
    const range = annotation.orphaned ? null : toCodePoints(index, annotation.start, annotation.end, annotation.id);
    const urls = (sources.get(annotation.id) ?? []).flatMap((s) => httpUrl(s.url) ?? []);
    rows.push([
      document.title,
      annotation.orphaned ? annotation.quote : document.text.slice(annotation.start, annotation.end),
      claim?.status ?? 'unverified',
      claim?.verdict ?? '',
      claim?.assignee ?? '',
      urls.join(' | '),
      range?.start ?? null,
      range?.end ?? null,
      isoDateTime(claim?.updatedAt) ?? isoDateTime(annotation.updatedAt) ?? '',
      verdictAuthor(claim) ?? '', // who gave the verdict (not who exports)
    ]);
  }
  return rows;
}

/** `<base>.claims.csv`; no file for a document without claims (shared/export-skips.ts). */
export function exportCsv(bundle: DocumentBundle, _ctx: ExportContext, options: CsvOptions = {}): ExportFile[] {
  const bom = options.bom ?? true;
  const rows = claimRows(bundle);
  if (rows.length === 1) return []; // the header alone
  return [
    {
      name: `${exportFileBaseName(bundle.document.title)}.claims.csv`,
      mediaType: 'text/csv; charset=utf-8; header=present',
      content: `${bom ? '\uFEFF' : ''}${toCsv(rows)}`,
    },
  ];
}

/** The combined file of a batch export: every document's claims in one spreadsheet. */
export const COMBINED_CSV_NAME = 'claims.csv';

/** The combined file's header: the per-document columns with the document's id after its title (titles repeat). */
export const COMBINED_CSV_COLUMNS = [CLAIM_CSV_COLUMNS[0], 'Document ID', ...CLAIM_CSV_COLUMNS.slice(1)] as const;

/** The combined file's first line, led by a UTF-8 BOM for spreadsheets. */
export function combinedCsvHeader(): string {
  return `\uFEFF${toCsv([[...COMBINED_CSV_COLUMNS]])}`;
}

/** One document's records of the combined file (no header; '' for a document without claims) and how many claims they hold. */
export function combinedCsvRecords(bundle: DocumentBundle): { records: string; claims: number } {
  const rows = claimRows(bundle).slice(1);
  return { records: toCsv(rows.map(([title, ...rest]) => [title, bundle.document.id, ...rest])), claims: rows.length };
}
