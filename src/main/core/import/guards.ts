/**
 * Checks that run on a file's bytes before any parser sees them: size, emptiness and "is this text
 * at all". Each failure is an `ApiError` whose message names the file and says what is wrong.
 */
import { ApiError } from '../../../shared/result';
import { isBlankText } from './canonical';
import { baseName } from './formats';

/** "1.5 KB", "31.2 MB", "25 MB" (binary units, at most one decimal). */
export function formatSize(bytes: number): string {
  const units = ['bytes', 'KB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  if (unit === 0) return `${bytes} ${bytes === 1 ? 'byte' : 'bytes'}`;
  const rounded = Math.round(value * 10) / 10;
  return `${Number.isInteger(rounded) ? rounded.toFixed(0) : rounded.toFixed(1)} ${units[unit]}`;
}

/** Throws `too_large` when the file is bigger than the limit; runs before anything is parsed. */
export function checkSize(name: string, bytes: Uint8Array, maxBytes: number): void {
  if (bytes.length > maxBytes) {
    throw new ApiError('too_large', `“${baseName(name)}” is ${formatSize(bytes.length)}; the limit is ${formatSize(maxBytes)}.`);
  }
}

/** Throws `bad_file` "… is empty" when the file has no bytes, or only whitespace and zero-width characters (canonical.ts isBlankText). */
export function checkNotEmpty(name: string, text: string): void {
  if (text.trim() === '') throw new ApiError('bad_file', `“${baseName(name)}” is empty.`);
  if (isBlankText(text)) throw new ApiError('bad_file', `“${baseName(name)}” is empty (it holds only invisible characters such as zero-width spaces).`);
}

/** Known binary signatures: leading bytes → what a person would call the file. */
const MAGIC: Array<{ bytes: number[]; offset?: number; kind: string }> = [
  { bytes: [0x25, 0x50, 0x44, 0x46, 0x2d], kind: 'a PDF file' }, // %PDF-
  { bytes: [0x89, 0x50, 0x4e, 0x47], kind: 'a PNG image' },
  { bytes: [0xff, 0xd8, 0xff], kind: 'a JPEG image' },
  { bytes: [0x47, 0x49, 0x46, 0x38], kind: 'a GIF image' }, // GIF8
  { bytes: [0x52, 0x49, 0x46, 0x46], kind: 'a media file (RIFF)' },
  { bytes: [0x50, 0x4b, 0x03, 0x04], kind: 'a ZIP archive or an Office document' },
  { bytes: [0x50, 0x4b, 0x05, 0x06], kind: 'an empty ZIP archive' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], kind: 'an old Office document (.doc, .xls) or a password-protected one' },
  { bytes: [0x1f, 0x8b], kind: 'a gzip archive' },
  { bytes: [0x52, 0x61, 0x72, 0x21], kind: 'a RAR archive' }, // Rar!
  { bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], kind: 'a 7-Zip archive' },
  { bytes: [0x7f, 0x45, 0x4c, 0x46], kind: 'a program' }, // ELF
  { bytes: [0x53, 0x51, 0x4c, 0x69, 0x74, 0x65, 0x20, 0x66], kind: 'an SQLite database' }, // "SQLite f"
  { bytes: [0x49, 0x44, 0x33], kind: 'an MP3 file' }, // ID3
  { bytes: [0x4f, 0x67, 0x67, 0x53], kind: 'an Ogg media file' },
  { bytes: [0x66, 0x74, 0x79, 0x70], offset: 4, kind: 'a video or audio file (MP4)' }, // ....ftyp
  { bytes: [0x77, 0x4f, 0x46, 0x46], kind: 'a web font' }, // wOFF
];

/** What the bytes are, when they start with a known binary signature; else null. */
export function binaryKind(bytes: Uint8Array): string | null {
  for (const magic of MAGIC) {
    const at = magic.offset ?? 0;
    if (bytes.length >= at + magic.bytes.length && magic.bytes.every((b, i) => bytes[at + i] === b)) return magic.kind;
  }
  return null;
}

/** How much of the sample may be control characters before the file counts as binary. */
const CONTROL_SHARE = 0.1;

/**
 * Throws `bad_file` "… does not look like text" when the bytes carry a known binary signature, a NUL
 * byte, or a high share of control characters in their first 8 KB. Call only for 8-bit (UTF-8 or
 * legacy) text; UTF-16 is recognised first by its byte-order mark or its zero bytes (see decode.ts).
 */
export function checkLooksLikeText(name: string, bytes: Uint8Array): void {
  const kind = binaryKind(bytes);
  if (kind) throw new ApiError('bad_file', `“${baseName(name)}” does not look like text (it seems to be ${kind}).`);
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  for (const b of sample) {
    if (b === 0) throw new ApiError('bad_file', `“${baseName(name)}” does not look like text (it contains binary data).`);
    // C0 controls other than tab, line feed, form feed, carriage return and escape; and DEL.
    if ((b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d && b !== 0x1b) || b === 0x7f) control++;
  }
  if (sample.length > 0 && control / sample.length > CONTROL_SHARE) {
    throw new ApiError('bad_file', `“${baseName(name)}” does not look like text (it contains binary data).`);
  }
}
