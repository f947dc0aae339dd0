/**
 * Bytes → string. UTF-8 is the default; a byte-order mark selects UTF-8, UTF-16LE/BE or UTF-32LE/BE
 * (TextDecoder has no UTF-32: utf32.ts reads it), and UTF-16 or UTF-32 without a mark is recognised
 * by its zero bytes. An HTML page may name a legacy encoding
 * (windows-1252, iso-8859-x, Shift_JIS …) that the caller passes as `fallbackEncoding`.
 *
 * Invalid sequences never stop an import: they become U+FFFD and the result carries a warning that
 * counts them, so the editor sees where the file was damaged.
 *
 * A NUL anywhere in the text refuses the file as binary, as one in its first 8 KB always did: text
 * files do not hold NULs, and one far into a file means it is binary data (or text glued to binary
 * data) just as surely. Stripping them instead would store a text that is not what the file says,
 * and a file that is mostly binary would import as a heap of fragments.
 */
import { ApiError } from '../../../shared/result';
import { baseName } from './formats';
import { checkLooksLikeText } from './guards';
import { decodeUtf32, sniffUtf32 } from './utf32';

/** A decoded file. */
export interface DecodedText {
  /** The text, without its byte-order mark. */
  text: string;
  /** The WHATWG name of the encoding used ("utf-8", "utf-16le", "windows-1252" …). */
  encoding: string;
  /** True when the bytes began with a byte-order mark (it counts as a character for brat offsets). */
  hadBom: boolean;
  warnings: string[];
}

/** Encoding named by a byte-order mark, with the mark's length. */
function sniffBom(bytes: Uint8Array): { encoding: string; length: number } | null {
  // UTF-32LE's mark begins like UTF-16LE's (FF FE), so it is tested first.
  if (bytes[0] === 0xff && bytes[1] === 0xfe && bytes[2] === 0 && bytes[3] === 0) return { encoding: 'utf-32le', length: 4 };
  if (bytes[0] === 0 && bytes[1] === 0 && bytes[2] === 0xfe && bytes[3] === 0xff) return { encoding: 'utf-32be', length: 4 };
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return null;
}

/** UTF-16 without a byte-order mark: most characters of Latin text have one zero byte, always on the same side. */
function sniffUtf16(bytes: Uint8Array): string | null {
  const sample = bytes.subarray(0, 8192 - (Math.min(bytes.length, 8192) % 2));
  if (sample.length < 4) return null;
  let zeroEven = 0;
  let zeroOdd = 0;
  for (let i = 0; i < sample.length; i += 2) {
    if (sample[i] === 0) zeroEven++;
    if (sample[i + 1] === 0) zeroOdd++;
  }
  const pairs = sample.length / 2;
  if (zeroOdd / pairs > 0.6 && zeroEven / pairs < 0.05) return 'utf-16le';
  if (zeroEven / pairs > 0.6 && zeroOdd / pairs < 0.05) return 'utf-16be';
  return null;
}

/** Number of U+FFFD characters that were already in the file (so are not replacements). */
function genuineReplacementChars(bytes: Uint8Array, encoding: string): number {
  let count = 0;
  if (encoding === 'utf-8') {
    for (let i = 0; i + 2 < bytes.length; i++) {
      if (bytes[i] === 0xef && bytes[i + 1] === 0xbf && bytes[i + 2] === 0xbd) count++;
    }
  } else if (encoding === 'utf-16le' || encoding === 'utf-16be') {
    const [hi, lo] = encoding === 'utf-16le' ? [1, 0] : [0, 1];
    for (let i = 0; i + 1 < bytes.length; i += 2) {
      if (bytes[i + hi] === 0xff && bytes[i + lo] === 0xfd) count++;
    }
  }
  return count;
}

function countChar(text: string, code: number): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === code) count++;
  return count;
}

/** A TextDecoder for `label`, or null when the runtime does not know that encoding. */
function decoderFor(label: string): TextDecoder | null {
  try {
    return new TextDecoder(label, { fatal: false });
  } catch {
    return null;
  }
}

/**
 * Decodes a file's bytes. Throws `bad_file` when the bytes are not text at all (see guards.ts).
 * @param fallbackEncoding encoding to use when there is no byte-order mark (e.g. from an HTML
 *   `<meta charset>`); ignored when unknown. UTF-8 otherwise.
 */
export function decodeText(name: string, bytes: Uint8Array, fallbackEncoding?: string): DecodedText {
  const bom = sniffBom(bytes);
  let encoding = bom?.encoding ?? sniffUtf32(bytes) ?? sniffUtf16(bytes);
  if (!encoding) {
    checkLooksLikeText(name, bytes);
    const fallback = fallbackEncoding ? decoderFor(fallbackEncoding)?.encoding : undefined;
    // A page that claims UTF-16 without a byte-order mark is read as UTF-8 (as browsers do).
    encoding = fallback && !fallback.startsWith('utf-16') ? fallback : 'utf-8';
  }
  let text: string;
  let replaced: number;
  if (encoding.startsWith('utf-32')) {
    ({ text, replaced } = decodeUtf32(bytes.subarray(bom?.length ?? 0), encoding === 'utf-32le'));
  } else {
    const decoder = decoderFor(encoding) ?? new TextDecoder('utf-8');
    text = decoder.decode(bytes);
    replaced = encoding.startsWith('utf-') ? countChar(text, 0xfffd) - genuineReplacementChars(bytes, encoding) : 0;
  }
  checkNoNul(name, text);
  const warnings: string[] = [];
  if (replaced > 0) {
    const label = encoding.toUpperCase().replace(/(LE|BE)$/, '');
    warnings.push(`${replaced} invalid ${label} ${replaced === 1 ? 'sequence was' : 'sequences were'} replaced with \uFFFD.`);
  }
  return { text, encoding, hadBom: bom !== null, warnings };
}

/** Throws `bad_file` "does not look like text" when the decoded text holds a NUL anywhere (see the module note). */
function checkNoNul(name: string, text: string): void {
  const at = text.indexOf('\u0000');
  if (at >= 0) {
    throw new ApiError('bad_file', `“${baseName(name)}” does not look like text (it contains binary data: a NUL character at position ${at.toLocaleString('en-US')}).`);
  }
}

/**
 * The encoding an HTML page declares in its first 1024 bytes (`<meta charset="…">` or
 * `<meta http-equiv="Content-Type" content="…; charset=…">`), or null.
 */
export function sniffHtmlCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  const match =
    /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head) ?? /<meta[^>]+content\s*=\s*["'][^"']*charset\s*=\s*([\w.:-]+)/i.exec(head);
  return match ? match[1] : null;
}
