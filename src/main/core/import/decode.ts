/**
 * Bytes → string. UTF-8 is the default; a byte-order mark selects UTF-8, UTF-16LE or UTF-16BE, and
 * UTF-16 without a mark is recognised by its zero bytes. An HTML page may name a legacy encoding
 * (windows-1252, iso-8859-x, Shift_JIS …) that the caller passes as `fallbackEncoding`.
 *
 * Invalid sequences never stop an import: they become U+FFFD and the result carries a warning that
 * counts them, so the editor sees where the file was damaged.
 */
import { checkLooksLikeText } from './guards';

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
  let encoding = bom?.encoding ?? sniffUtf16(bytes);
  if (!encoding) {
    checkLooksLikeText(name, bytes);
    const fallback = fallbackEncoding ? decoderFor(fallbackEncoding)?.encoding : undefined;
    // A page that claims UTF-16 without a byte-order mark is read as UTF-8 (as browsers do).
    encoding = fallback && !fallback.startsWith('utf-16') ? fallback : 'utf-8';
  }
  const decoder = decoderFor(encoding) ?? new TextDecoder('utf-8');
  const text = decoder.decode(bytes);
  const warnings: string[] = [];
  if (encoding.startsWith('utf-')) {
    const replaced = countChar(text, 0xfffd) - genuineReplacementChars(bytes, encoding);
    if (replaced > 0) {
      const label = encoding === 'utf-8' ? 'UTF-8' : 'UTF-16';
      warnings.push(
        `${replaced} invalid ${label} ${replaced === 1 ? 'sequence was' : 'sequences were'} replaced with \uFFFD.`,
      );
    }
  }
  return { text, encoding, hadBom: bom !== null, warnings };
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
