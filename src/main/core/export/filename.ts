/**
 * File base names from document titles: readable, lower-case, hyphen-separated words in any script
 * ("Northeast revitalization: GDP up 5.8%" → "northeast-revitalization-gdp-up-5-8"), Latin accents
 * dropped ("Café" → "cafe"), never a path separator, dot name or Windows device name.
 */

/** Longest base name, in UTF-16 code units (and so also in code points). */
export const MAX_BASE_LENGTH = 80;
/** Longest base name in UTF-8 bytes, so that "<base>-NN.claimreview.jsonld" fits the usual 255-byte limit. */
const MAX_BASE_BYTES = 200;
/** Used when a title has no letters or digits at all. */
const FALLBACK = 'document';
/** Windows device names, reserved with any extension. */
const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i;

/** A safe, readable file base name (no extension) from a title; at most 80 characters, never empty. */
export function exportFileBaseName(title: string): string {
  const words = title
    .normalize('NFKD')
    .replace(/([A-Za-z])\p{M}+/gu, '$1') // é → e, but keep the marks other scripts need
    .normalize('NFC')
    .toLowerCase()
    .split(/[^\p{L}\p{N}\p{M}]+/u)
    .map((word) => word.replace(/^\p{M}+/u, '')) // a mark cannot start a name
    .filter((word) => word !== '');
  let base = '';
  let bytes = 0;
  for (const word of words) {
    const piece = base === '' ? word : `-${word}`;
    const pieceBytes = Buffer.byteLength(piece, 'utf8');
    if (base.length + piece.length > MAX_BASE_LENGTH || bytes + pieceBytes > MAX_BASE_BYTES) {
      if (base === '') base = truncateWord(word);
      break;
    }
    base += piece;
    bytes += pieceBytes;
  }
  if (base === '') return FALLBACK;
  return RESERVED.test(base) ? `${base}-${FALLBACK}` : base;
}

/** The longest prefix of one over-long word within both limits, cut between code points. */
function truncateWord(word: string): string {
  let out = '';
  let bytes = 0;
  for (const char of word) {
    const charBytes = Buffer.byteLength(char, 'utf8');
    if (out.length + char.length > MAX_BASE_LENGTH || bytes + charBytes > MAX_BASE_BYTES) break;
    out += char;
    bytes += charBytes;
  }
  return out;
}
