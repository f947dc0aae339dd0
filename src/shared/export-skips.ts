/**
 * Formats that write no file for a document that has nothing for them: an empty ClaimReview graph or
 * a header-only claims CSV tells a reader nothing and clutters a batch. The exporter answers no
 * files; the folder export, the CLI and the app say why with the sentence below.
 */
import type { ExportFormat } from './types';

/** The file a format would have written, and why there is none. */
const NOTHING_TO_EXPORT: Partial<Record<ExportFormat, { file: string; reason: string }>> = {
  claimreview: { file: 'ClaimReview', reason: 'no claims with a verdict' },
  csv: { file: 'claims CSV', reason: 'no claims' },
};

/** Why `format` wrote no file ("no claims with a verdict"); null for formats that always write one. */
export function nothingToExportReason(format: ExportFormat): string | null {
  return NOTHING_TO_EXPORT[format]?.reason ?? null;
}

/** The sentence for a document that got no file of `format`: "No ClaimReview file: no claims with a verdict." */
export function nothingToExportMessage(format: ExportFormat): string {
  const entry = NOTHING_TO_EXPORT[format];
  return entry ? `No ${entry.file} file: ${entry.reason}.` : `No ${format} file was written.`;
}
