/**
 * Copydesk JSON: the lossless, re-importable export. The shape is a contract with the Copydesk JSON
 * importer: field names are those of src/shared/types.ts, annotations, claims and sources are
 * carried whole (orphaned annotations included), nothing is derived or dropped.
 */
import type { Annotation, Claim, ClaimSource, DocumentBundle, DocumentRecord, ExportFile } from '../../../shared/types';
import type { ExportContext } from './context';
import { exportFileBaseName } from './filename';

/** The version of the Copydesk JSON shape written by this exporter. */
export const COPYDESK_JSON_VERSION = 1;

/** The document fields Copydesk JSON carries. */
export type CopydeskJsonDocument = Pick<
  DocumentRecord,
  'id' | 'title' | 'source' | 'format' | 'language' | 'status' | 'assignee' | 'text' | 'importedText' | 'createdAt' | 'updatedAt'
>;

/** The whole file. */
export interface CopydeskJson {
  format: 'copydesk';
  version: typeof COPYDESK_JSON_VERSION;
  exportedAt: string;
  document: CopydeskJsonDocument;
  annotations: Annotation[];
  claims: Claim[];
  sources: ClaimSource[];
}

/** Builds the Copydesk JSON object for a bundle. */
export function toCopydeskJson(bundle: DocumentBundle, ctx: ExportContext): CopydeskJson {
  const { id, title, source, format, language, status, assignee, text, importedText, createdAt, updatedAt } = bundle.document;
  return {
    format: 'copydesk',
    version: COPYDESK_JSON_VERSION,
    exportedAt: ctx.now.toISOString(),
    document: { id, title, source, format, language, status, assignee, text, importedText, createdAt, updatedAt },
    annotations: bundle.annotations.map((a) => ({ ...a, attrs: { ...a.attrs } })),
    claims: bundle.claims.map((c) => ({ ...c, checklist: { ...c.checklist } })),
    sources: bundle.sources.map((s) => ({ ...s })),
  };
}

/** `<base>.copydesk.json`, pretty-printed UTF-8 JSON. */
export function exportCopydeskJson(bundle: DocumentBundle, ctx: ExportContext): ExportFile[] {
  return [
    {
      name: `${exportFileBaseName(bundle.document.title)}.copydesk.json`,
      mediaType: 'application/json',
      content: `${JSON.stringify(toCopydeskJson(bundle, ctx), null, 2)}\n`,
    },
  ];
}
