/**
 * Which importer reads a file: decided by its name (case-insensitive), plus — for brat standoff — the
 * presence of a companion `.ann` with the same base name (the pairing rule of shared/import-files.ts,
 * which the CLI and the renderer use too).
 */
import { findAnnFor, SUPPORTED_ENDINGS } from '../../../shared/import-files';
import { ApiError } from '../../../shared/result';
import type { ImportFormat } from '../../../shared/types';

/** A file that arrives together with the one being imported (the `.ann` of a brat `.txt`). */
export interface Companion {
  name: string;
  bytes: Uint8Array;
}

export { SUPPORTED_ENDINGS };

/** The file name without any folder part. */
export function baseName(name: string): string {
  return name.slice(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
}

/** The file name without folder and without its last extension ("a/b.txt" → "b"). */
export function stem(name: string): string {
  const base = baseName(name);
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(0, dot) : base;
}

/** The companion `.ann` of a `.txt` (same base name, case-insensitive; folders ignored), if one was given. */
export function findAnnCompanion(name: string, companions: readonly Companion[]): Companion | undefined {
  return findAnnFor(baseName(name), companions, (c) => baseName(c.name));
}

/**
 * The import format for a file name. Throws `bad_file` for names Copydesk cannot import, listing
 * the supported endings.
 */
export function detectFormat(name: string, companions: readonly Companion[] = []): ImportFormat {
  const lower = baseName(name).toLowerCase();
  if (lower.endsWith('.copydesk.json')) return 'copydesk-json';
  if (lower.endsWith('.txt')) return findAnnCompanion(name, companions) ? 'brat' : 'txt';
  if (lower.endsWith('.md') || lower.endsWith('.markdown')) return 'md';
  if (lower.endsWith('.html') || lower.endsWith('.htm')) return 'html';
  if (lower.endsWith('.docx')) return 'docx';
  const supported = `${SUPPORTED_ENDINGS.join(', ')} (and brat standoff: a .txt with its .ann)`;
  if (lower.endsWith('.ann')) {
    throw new ApiError('bad_file', `“${baseName(name)}” is a brat annotation file: import its .txt and give the .ann with it.`);
  }
  if (lower.endsWith('.json')) {
    throw new ApiError('bad_file', `Copydesk cannot import “${baseName(name)}”: only Copydesk's own JSON (*.copydesk.json) is read. Supported files: ${supported}.`);
  }
  throw new ApiError('bad_file', `Copydesk cannot import “${baseName(name)}”. Supported files: ${supported}.`);
}
