/**
 * UTF-32 (four bytes per character), which TextDecoder does not read. Rare, but a file saved as
 * UTF-32 would otherwise be read as UTF-16 with NULs between the letters.
 */

/** UTF-32 without a byte-order mark: every four bytes one character, whose top byte (and usually two more) are zero. */
export function sniffUtf32(bytes: Uint8Array): 'utf-32le' | 'utf-32be' | null {
  const length = Math.min(bytes.length, 8192) & ~3;
  if (length < 8) return null;
  let le = 0;
  let be = 0;
  for (let i = 0; i < length; i += 4) {
    // A character of the BMP: two zero bytes on the high side, and a non-zero low byte pair.
    if (bytes[i + 2] === 0 && bytes[i + 3] === 0 && (bytes[i] | bytes[i + 1]) !== 0) le++;
    if (bytes[i] === 0 && bytes[i + 1] === 0 && (bytes[i + 2] | bytes[i + 3]) !== 0) be++;
  }
  const units = length / 4;
  if (le / units > 0.9) return 'utf-32le';
  if (be / units > 0.9) return 'utf-32be';
  return null;
}

/**
 * Decodes UTF-32 `bytes` (without the mark). A value that is not a Unicode scalar (above U+10FFFF, or
 * a surrogate) and a trailing partial unit each become U+FFFD and are counted in `replaced`.
 */
export function decodeUtf32(bytes: Uint8Array, littleEndian: boolean): { text: string; replaced: number } {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const whole = bytes.length & ~3;
  const parts: string[] = [];
  const chunk: number[] = [];
  let replaced = 0;
  for (let i = 0; i < whole; i += 4) {
    const code = view.getUint32(i, littleEndian);
    if (code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) {
      chunk.push(0xfffd);
      replaced++;
    } else {
      chunk.push(code);
    }
    if (chunk.length === 8192) parts.push(String.fromCodePoint(...chunk.splice(0)));
  }
  if (chunk.length > 0) parts.push(String.fromCodePoint(...chunk));
  if (whole < bytes.length) {
    parts.push('\uFFFD');
    replaced++;
  }
  return { text: parts.join(''), replaced };
}
