/** Plain text: the canonical text of the file; the title is its first block. */
import type { ParsedImport } from '../../../shared/types';
import { toCanonicalText } from './canonical';
import { decodeText } from './decode';
import { checkNotEmpty } from './guards';
import { firstBlock, makeTitle, plainImport } from './parsed';

/** Reads a `.txt` file. Throws `bad_file` when it is binary or empty. */
export function parseTxt(name: string, bytes: Uint8Array): ParsedImport {
  const decoded = decodeText(name, bytes);
  const text = toCanonicalText(decoded.text);
  checkNotEmpty(name, text);
  return plainImport('txt', makeTitle(firstBlock(text), name), text, decoded.warnings);
}
