/**
 * Import: turns one file (and its companions) into a `ParsedImport` — the canonical text, a title,
 * and whatever annotations the file carried or the importer suggests. Pure Node: no Electron, no
 * database; the documents service stores the result.
 *
 * One module per format, chosen by file name (formats.ts). Every failure is an `ApiError` with code
 * `bad_file` or `too_large` and a sentence a person understands. Nothing a document contains is
 * ever executed: HTML is parsed without scripts or subresources, markdown is read as a syntax tree.
 */
import type { ParsedImport } from '../../../shared/types';
import { parseBrat } from './brat';
import { parseCopydeskJson } from './copydesk-json';
import { detectFormat, findAnnCompanion, type Companion } from './formats';
import { checkSize } from './guards';
import { parseMarkdown } from './markdown';
import { parseTxt } from './txt';

export { toCanonicalText } from './canonical';
export { SUPPORTED_ENDINGS, detectFormat, type Companion } from './formats';

/** Options of `parseImport`. */
export interface ImportOptions {
  /** Largest accepted file, in bytes; checked before anything is parsed (companions too). */
  maxBytes: number;
  /** Files that belong with this one: the `.ann` of a brat `.txt`. */
  companions?: Companion[];
}

/**
 * Reads one file for import.
 * @param name the file name ("article.html"); its ending chooses the format
 * @param bytes the file's content
 * @throws ApiError `too_large` when a file exceeds `maxBytes`; `bad_file` when it is empty, binary,
 *   of an unsupported kind or malformed.
 */
export async function parseImport(name: string, bytes: Uint8Array, options: ImportOptions): Promise<ParsedImport> {
  const companions = options.companions ?? [];
  checkSize(name, bytes, options.maxBytes);
  for (const companion of companions) checkSize(companion.name, companion.bytes, options.maxBytes);

  const format = detectFormat(name, companions);
  switch (format) {
    case 'txt':
      return parseTxt(name, bytes);
    case 'brat':
      return parseBrat(name, bytes, findAnnCompanion(name, companions)!);
    case 'md':
      return parseMarkdown(name, bytes);
    case 'copydesk-json':
      return parseCopydeskJson(name, bytes);
    case 'html': {
      // jsdom and Readability are large: load them only when a page is imported.
      const { parseHtml } = await import('./html');
      return parseHtml(name, bytes);
    }
    case 'docx': {
      const { parseDocx } = await import('./docx');
      return parseDocx(name, bytes);
    }
  }
}
