/** Small helpers every importer uses to shape its `ParsedImport`. */
import type { ImportFormat, ParsedImport } from '../../../shared/types';
import { MAX_STORED_TITLE_LENGTH } from '../../../shared/limits';
import { shortTitle } from '../../../shared/short-title';
import { stem } from './formats';

/**
 * Longest title, in UTF-16 code units: the limit of renaming and of every import (shared/limits.ts),
 * so a title is only ever cut when it could not be typed in either. Display cuts titles further, at a
 * word (shared/short-title.ts); exports and the library keep them whole.
 */
export const MAX_TITLE_LENGTH = MAX_STORED_TITLE_LENGTH;

/**
 * A document title from a line of text: whitespace collapsed, at most 1,000 characters (cut at a
 * word with "…", never inside a surrogate pair); the file name without extension when the line is empty.
 */
export function makeTitle(line: string | null | undefined, fileName: string): string {
  const clean = (line ?? '').replace(/\s+/g, ' ').trim();
  if (clean === '') return stem(fileName) || fileName;
  return shortTitle(clean, MAX_TITLE_LENGTH);
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
