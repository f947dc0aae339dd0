/**
 * What the export dialog remembers between uses (localStorage): the formats last exported, the
 * folder last written to, whether claims went into one combined CSV, and — in web mode — whether
 * files were downloaded or written to a folder.
 */
import { EXPORT_FORMATS, type ExportFormat } from '../../shared/types';

/** The storage key (versioned). */
export const EXPORT_PREFS_KEY = 'copydesk.export.v1';

/** How exported files leave the app in web mode (Electron always writes to a folder). */
export type WebDelivery = 'download' | 'folder';

/** The remembered choices. */
export interface ExportPrefs {
  formats: ExportFormat[];
  dir: string;
  delivery: WebDelivery;
  /** With the CSV format: one claims.csv for all the documents instead of one each. */
  combinedCsv: boolean;
}

/** A first export: the lossless JSON and the report, downloaded. */
export const DEFAULT_PREFS: ExportPrefs = { formats: ['copydesk-json', 'report'], dir: '', delivery: 'download', combinedCsv: false };

/** The remembered choices, checked; the defaults for anything missing or unreadable. */
export function loadExportPrefs(storage: Storage | undefined = globalThis.localStorage): ExportPrefs {
  let v: Record<string, unknown> = {};
  try {
    const parsed: unknown = JSON.parse(storage?.getItem(EXPORT_PREFS_KEY) ?? 'null');
    if (typeof parsed === 'object' && parsed !== null) v = parsed as Record<string, unknown>;
  } catch {
    // unreadable: defaults
  }
  const stored: unknown[] = Array.isArray(v.formats) ? v.formats : [];
  const formats = EXPORT_FORMATS.filter((f) => stored.includes(f));
  return {
    formats: formats.length > 0 ? formats : DEFAULT_PREFS.formats,
    dir: typeof v.dir === 'string' ? v.dir.slice(0, 4000) : DEFAULT_PREFS.dir,
    delivery: v.delivery === 'folder' || v.delivery === 'download' ? v.delivery : DEFAULT_PREFS.delivery,
    combinedCsv: v.combinedCsv === true,
  };
}

/** Remember the choices; a storage failure only means they are not remembered. */
export function saveExportPrefs(prefs: ExportPrefs, storage: Storage | undefined = globalThis.localStorage): void {
  try {
    storage?.setItem(EXPORT_PREFS_KEY, JSON.stringify(prefs));
  } catch {
    // not remembered this time
  }
}
