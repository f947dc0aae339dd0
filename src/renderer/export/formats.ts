/**
 * The export formats in words: a name, what each is for (a sentence for the export dialog, a few
 * words for the document's Export menu), and the files it writes per document. The one table both
 * the dialog and the menu read.
 */
import type { ExportFormat } from '../../shared/types';

/** One format as the export dialog describes it. */
export interface FormatInfo {
  name: string;
  /** One line: what the format is for. */
  purpose: string;
  /** A few words for a menu ("Everything, re-importable"). */
  brief: string;
  /** The files written per document ("<title>.txt + .ann"). */
  files: string;
}

/** Every export format, in the order the dialog lists them (EXPORT_FORMATS order). */
export const FORMAT_INFO: Record<ExportFormat, FormatInfo> = {
  'copydesk-json': {
    name: 'Copydesk JSON',
    purpose: 'Everything — text, annotations, claims, sources — for backup or re-import into Copydesk.',
    brief: 'Everything, re-importable',
    files: '.copydesk.json',
  },
  w3c: {
    name: 'W3C Web Annotation',
    purpose: 'Standard JSON-LD annotations for annotation servers and web tools.',
    brief: 'JSON-LD annotations',
    files: '.w3c.jsonld',
  },
  brat: {
    name: 'brat standoff',
    purpose: 'Text plus entity spans for brat and NLP training pipelines.',
    brief: '.txt + .ann for NLP tools',
    files: '.txt + .ann',
  },
  conll: {
    name: 'CoNLL (IOB2)',
    purpose: 'One token per line with entity tags, for training named-entity models.',
    brief: 'Entity tags per token',
    files: '.conll',
  },
  claimreview: {
    name: 'ClaimReview',
    purpose: 'schema.org fact-check markup of the claims with a verdict, for publishing.',
    brief: 'schema.org, verified claims',
    files: '.claimreview.jsonld',
  },
  csv: {
    name: 'Claims CSV',
    purpose: 'One row per claim with status, verdict and sources, for spreadsheets.',
    brief: 'One row per claim',
    files: '.claims.csv',
  },
  text: {
    name: 'Clean text',
    purpose: 'The article text with the flagged teaser content removed.',
    brief: 'Teaser content removed',
    files: '.clean.txt',
  },
  report: {
    name: 'Review report',
    purpose: 'An HTML summary of the review for the desk: entities, teasers, claims and verdicts.',
    brief: 'HTML summary for the desk',
    files: '.report.html',
  },
};
