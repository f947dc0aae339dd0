/**
 * The .docx budget (budgets.ts), checked on the ZIP package before mammoth inflates anything: a Word
 * file of a few kilobytes can unpack to gigabytes (3 million empty paragraphs, one 400 MB run).
 *
 * The ZIP's central directory is read here (APPNOTE 4.3.12–4.3.16; jszip, which mammoth uses, keeps
 * the sizes it declares private), and every entry's declared size is counted against the budget
 * before a byte is inflated. Each entry is then inflated with Node's zlib bounded to its declared size,
 * so a header that lies about the size stops the inflation at the lie instead of filling the memory.
 * Only after that does mammoth read the package, and then only data known to be within the budget.
 */
import { inflateRawSync } from 'node:zlib';
import { ApiError } from '../../../shared/result';
import { count, DOCX_MAX_ENTRIES, DOCX_MAX_PARAGRAPHS, DOCX_MAX_UNPACKED_BYTES, DOCX_MAX_XML_BYTES, DOCX_MAX_XML_DEPTH, overBudget } from './budgets';
import { baseName } from './formats';
import { scanXml } from './docx-xml-scan';
import { formatSize } from './guards';

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const ZIP64_EXTRA = 0x0001;
const STORED = 0;
const DEFLATED = 8;

/** One file in the package, as its central directory describes it. */
interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

/** The refusal of a package whose structure is broken, with what is wrong in words. */
export function damaged(name: string, why: string): ApiError {
  return new ApiError('bad_file', `“${baseName(name)}” is damaged (${why}).`);
}

/** Reads the sizes a ZIP64 extra field gives for the fields the fixed header marks 0xFFFFFFFF. */
function zip64Sizes(extra: Buffer, entry: ZipEntry): void {
  for (let at = 0; at + 4 <= extra.length; ) {
    const id = extra.readUInt16LE(at);
    const length = extra.readUInt16LE(at + 2);
    if (id === ZIP64_EXTRA) {
      let field = at + 4;
      const next = (): number => {
        if (field + 8 > at + 4 + length) return Number.POSITIVE_INFINITY;
        const value = Number(extra.readBigUInt64LE(field));
        field += 8;
        return value;
      };
      if (entry.size === 0xffffffff) entry.size = next();
      if (entry.compressedSize === 0xffffffff) entry.compressedSize = next();
      if (entry.localOffset === 0xffffffff) entry.localOffset = next();
      return;
    }
    at += 4 + length;
  }
}

/** The entries of the central directory; throws "damaged" when there is none to be found. */
function readDirectory(name: string, zip: Buffer): ZipEntry[] {
  // The end record is the last 22 bytes, unless a comment (up to 65,535 bytes) follows it.
  let end = -1;
  for (let at = zip.length - 22; at >= Math.max(0, zip.length - 22 - 0xffff); at--) {
    if (zip.readUInt32LE(at) === END_OF_DIRECTORY) {
      end = at;
      break;
    }
  }
  if (end < 0) throw damaged(name, 'its ZIP directory is missing, so the file was probably cut short');
  const total = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  if (total === 0) throw damaged(name, 'the package is empty');
  if (total > DOCX_MAX_ENTRIES && total !== 0xffff) {
    throw overBudget(name, `holds ${count(total)} files in its package; Copydesk reads Word documents of up to ${count(DOCX_MAX_ENTRIES)}`);
  }
  const entries: ZipEntry[] = [];
  while (at + 46 <= end && zip.readUInt32LE(at) === DIRECTORY_ENTRY) {
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    const entry: ZipEntry = {
      name: zip.toString('utf8', at + 46, at + 46 + nameLength),
      method: zip.readUInt16LE(at + 10),
      compressedSize: zip.readUInt32LE(at + 20),
      size: zip.readUInt32LE(at + 24),
      localOffset: zip.readUInt32LE(at + 42),
    };
    zip64Sizes(zip.subarray(at + 46 + nameLength, at + 46 + nameLength + extraLength), entry);
    entries.push(entry);
    if (entries.length > DOCX_MAX_ENTRIES) {
      throw overBudget(name, `holds more than ${count(DOCX_MAX_ENTRIES)} files in its package; Copydesk reads Word documents of up to ${count(DOCX_MAX_ENTRIES)}`);
    }
    at += 46 + nameLength + extraLength + commentLength;
  }
  if (entries.length === 0) throw damaged(name, 'its ZIP directory cannot be read');
  return entries;
}

/** An entry's bytes, inflated to at most its declared size; throws "damaged" when they are not what the directory says. */
function inflateEntry(name: string, zip: Buffer, entry: ZipEntry): Buffer {
  const at = entry.localOffset;
  if (at + 30 > zip.length || zip.readUInt32LE(at) !== LOCAL_HEADER) throw damaged(name, `the part “${entry.name}” cannot be found where the ZIP directory says`);
  const start = at + 30 + zip.readUInt16LE(at + 26) + zip.readUInt16LE(at + 28);
  const data = zip.subarray(start, start + entry.compressedSize);
  if (data.length < entry.compressedSize) throw damaged(name, `the part “${entry.name}” is cut short`);
  if (entry.method === STORED) {
    if (data.length !== entry.size) throw damaged(name, `the part “${entry.name}” is not the size its ZIP directory says`);
    return data;
  }
  if (entry.method !== DEFLATED) throw damaged(name, `the part “${entry.name}” is packed in a way Word does not use`);
  try {
    // One byte more than declared is enough to catch a lie without inflating what follows it.
    const out = inflateRawSync(data, { maxOutputLength: Math.max(1, entry.size + 1) });
    if (out.length !== entry.size) throw new Error('size');
    return out;
  } catch {
    throw damaged(name, `the part “${entry.name}” does not unpack to the size its ZIP directory says`);
  }
}

/** True when the bytes start as XML does: "<" after an optional byte-order mark and white space. */
function looksLikeXml(data: Buffer): boolean {
  let at = data[0] === 0xef && data[1] === 0xbb && data[2] === 0xbf ? 3 : 0;
  while (at < data.length && (data[at] === 0x20 || data[at] === 0x09 || data[at] === 0x0a || data[at] === 0x0d)) at++;
  return data[at] === 0x3c;
}

/**
 * Checks a .docx package against the budget before mammoth reads it: at most DOCX_MAX_ENTRIES files
 * that unpack (as declared, and as inflated) to at most DOCX_MAX_UNPACKED_BYTES (DOCX_MAX_XML_BYTES of XML), nested at most
 * DOCX_MAX_XML_DEPTH deep and holding at most DOCX_MAX_PARAGRAPHS paragraphs. Throws `bad_file`: "… is damaged (…)" or a sentence naming what was too much.
 */
export function checkDocxPackage(name: string, bytes: Uint8Array): void {
  const zip = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const entries = readDirectory(name, zip).filter((entry) => !entry.name.endsWith('/'));
  const declared = entries.reduce((sum, entry) => sum + entry.size, 0);
  if (declared > DOCX_MAX_UNPACKED_BYTES) {
    throw overBudget(name, `unpacks to ${formatSize(declared)}; Copydesk reads Word documents that unpack to up to ${formatSize(DOCX_MAX_UNPACKED_BYTES)}`);
  }
  let paragraphs = 0;
  let xmlBytes = 0;
  for (const entry of entries) {
    const data = inflateEntry(name, zip, entry);
    // Images, fonts and embedded files are read only to be shown (never, here). A part mammoth reads as
    // XML is one named so, or one whose content is XML whatever its name (the main part is wherever the
    // package's relationships point); anything else fails mammoth's XML parser at its first byte.
    if (!/\.(?:xml|rels)$/i.test(entry.name) && !looksLikeXml(data)) continue;
    xmlBytes += data.length;
    if (xmlBytes > DOCX_MAX_XML_BYTES) {
      throw overBudget(name, `has Word XML that unpacks to more than ${formatSize(DOCX_MAX_XML_BYTES)}; Copydesk reads Word documents whose XML unpacks to up to ${formatSize(DOCX_MAX_XML_BYTES)}`);
    }
    const scan = scanXml(data.toString('latin1'));
    if (scan.broken) throw damaged(name, `its part “${entry.name}” is not well-formed XML`);
    if (scan.depth > DOCX_MAX_XML_DEPTH) {
      throw overBudget(name, `is nested ${count(scan.depth)} levels deep; Copydesk reads Word documents nested up to ${count(DOCX_MAX_XML_DEPTH)} levels`);
    }
    paragraphs += scan.paragraphs;
    if (paragraphs > DOCX_MAX_PARAGRAPHS) {
      throw overBudget(name, `holds more than ${count(DOCX_MAX_PARAGRAPHS)} paragraphs; Copydesk reads Word documents of up to ${count(DOCX_MAX_PARAGRAPHS)}`);
    }
  }
}
