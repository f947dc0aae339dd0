/**
 * Export of reviewed documents: pure functions from a DocumentBundle to the files of one format.
 * One module per format (named after it); writing the files to disk is write.ts's job.
 *
 * | format          | files                                  |
 * |-----------------|----------------------------------------|
 * | `copydesk-json` | `<base>.copydesk.json`                 |
 * | `w3c`           | `<base>.w3c.jsonld`                    |
 * | `brat`          | `<base>.txt`, `<base>.ann`             |
 * | `conll`         | `<base>.conll`                         |
 * | `claimreview`   | `<base>.claimreview.jsonld`            |
 * | `csv`           | `<base>.claims.csv`                    |
 * | `text`          | `<base>.clean.txt`                     |
 * | `report`        | `<base>.report.html`                   |
 *
 * `<base>` is exportFileBaseName(title). Offsets in external formats are Unicode code points.
 */
import { ApiError } from '../../../shared/result';
import type { DocumentBundle, ExportFile, ExportFormat } from '../../../shared/types';
import { EXPORT_FORMATS } from '../../../shared/types';
import { exportBrat } from './brat';
import { exportClaimReview } from './claimreview';
import { exportConll } from './conll';
import type { ExportContext } from './context';
import { exportCopydeskJson } from './copydesk-json';
import { exportCsv } from './csv';
import { exportReport } from './report';
import { exportText } from './text';
import { exportW3c } from './w3c';

export type { ExportContext } from './context';
export { exportFileBaseName } from './filename';

/** An exporter: the files of one format for one document. */
export type Exporter = (bundle: DocumentBundle, ctx: ExportContext) => ExportFile[];

/** The exporter of every format. */
export const EXPORTERS: Readonly<Record<ExportFormat, Exporter>> = {
  'copydesk-json': exportCopydeskJson,
  w3c: exportW3c,
  brat: exportBrat,
  conll: exportConll,
  claimreview: exportClaimReview,
  csv: (bundle, ctx) => exportCsv(bundle, ctx),
  text: exportText,
  report: exportReport,
};

/** The files of `format` for one document; throws ApiError('invalid_input') for an unknown format or an inconsistent bundle. */
export function exportDocument(bundle: DocumentBundle, format: ExportFormat, ctx: ExportContext): ExportFile[] {
  if (!(EXPORT_FORMATS as readonly string[]).includes(format)) {
    throw new ApiError('invalid_input', `Unknown export format “${String(format)}”. Known formats: ${EXPORT_FORMATS.join(', ')}.`);
  }
  const files = EXPORTERS[format](withoutPending(bundle), ctx);
  // Suggested teasers nobody accepted yet stay in the cleaned text: say so, so it is not a surprise.
  const pendingTeasers = format === 'text' ? bundle.annotations.filter((a) => a.kind === 'teaser' && a.attrs?.pending === true).length : 0;
  if (pendingTeasers === 0) return files;
  const notice = `${pendingTeasers === 1 ? '1 suggested teaser' : `${pendingTeasers} suggested teasers`} not yet accepted ${pendingTeasers === 1 ? 'was' : 'were'} kept in the cleaned text.`;
  return files.map((file) => ({ ...file, notice: file.notice ? `${file.notice} ${notice}` : notice }));
}

/** The bundle without pending suggestions: no export carries a suggestion until it is accepted. */
export function withoutPending(bundle: DocumentBundle): DocumentBundle {
  if (!bundle.annotations.some((a) => a.attrs?.pending === true)) return bundle;
  const annotations = bundle.annotations.filter((a) => a.attrs?.pending !== true);
  const kept = new Set(annotations.map((a) => a.id));
  return {
    ...bundle,
    annotations,
    claims: bundle.claims.filter((c) => kept.has(c.annotationId)),
    sources: bundle.sources.filter((s) => kept.has(s.annotationId)),
  };
}
