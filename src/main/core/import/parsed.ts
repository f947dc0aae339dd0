/** Small helpers every importer uses to shape its `ParsedImport`. */
import type { ImportFormat, ParsedImport } from '../../../shared/types';
import { stem } from './formats';

/** Longest title, in UTF-16 code units, before it is cut with an ellipsis. */
export const MAX_TITLE_LENGTH = 200;

/**
 * A document title from a line of text: whitespace collapsed, at most 200 characters (cut with "…",
 * never inside a surrogate pair); the file name without extension when the line is empty.
 */
export function makeTitle(line: string | null | undefined, fileName: string): string {
  const clean = (line ?? '').replace(/\s+/g, ' ').trim();
  if (clean === '') return stem(fileName) || fileName;
  if (clean.length <= MAX_TITLE_LENGTH) return clean;
  let cut = MAX_TITLE_LENGTH - 1;
  const c = clean.charCodeAt(cut - 1);
  if (c >= 0xd800 && c <= 0xdbff) cut--; // do not split a surrogate pair
  return `${clean.slice(0, cut).trimEnd()}…`;
}

/** The first block (line) of a canonical text. */
export function firstBlock(text: string): string {
  const newline = text.indexOf('\n');
  return newline < 0 ? text : text.slice(0, newline);
}

/** A `ParsedImport` with no annotations, claims or sources, status 'new'. */
export function plainImport(
  format: ImportFormat,
  title: string,
  text: string,
  warnings: string[],
  language: string | null = null,
): ParsedImport {
  return { format, title, text, language, warnings, annotations: [], claims: [], sources: [], status: 'new' };
}
