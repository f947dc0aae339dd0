/**
 * Word documents (.docx): mammoth turns the document into simple HTML (headings, paragraphs, lists,
 * tables; images are dropped, external files are never read), which goes through the same block
 * extraction as HTML pages. The title is the first heading, else the first paragraph.
 */
import mammoth from 'mammoth';
import type { ParsedImport } from '../../../shared/types';
import { ApiError } from '../../../shared/result';
import { CanonicalBuilder } from './canonical';
import { collectBlocks } from './dom-blocks';
import { checkDocxPackage, damaged } from './docx-zip';
import { baseName } from './formats';
import { binaryKind, checkNotEmpty } from './guards';
import { parseHtmlDocument } from './html';
import { checkHtmlBudget } from './html-budget';
import { firstBlock, makeTitle, plainImport } from './parsed';

function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/**
 * What went wrong inside a Word package, in words: mammoth's own errors ("Could not find main document
 * part…", "[xmldom error] …", "Cannot read properties of null …") are a programmer's, never shown.
 */
function damageOf(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  if (/main document part/i.test(message)) return 'its main text part is missing';
  if (/xmldom|xml|entity|doctype|tag/i.test(message)) return 'its Word XML cannot be read';
  if (/zip|central directory|signature|corrupt|end of data/i.test(message)) return 'its ZIP package cannot be read';
  return 'a part of it is missing or cannot be read';
}

/**
 * Reads a `.docx` file. Throws `bad_file` when it is not a Word package, is damaged, holds no text or
 * is over the budget (docx-zip.ts, html-budget.ts).
 */
export async function parseDocx(name: string, bytes: Uint8Array): Promise<ParsedImport> {
  const shown = baseName(name);
  if (bytes.length === 0) throw new ApiError('bad_file', `“${shown}” is empty.`);
  if (!isZip(bytes)) {
    const kind = binaryKind(bytes);
    const detail = kind ? `it seems to be ${kind}` : 'a .docx file is a ZIP package and this one is not';
    throw new ApiError('bad_file', `“${shown}” is not a Word document (${detail}). Save it as .docx and import it again.`);
  }
  checkDocxPackage(name, bytes);
  let html: string;
  let messages: Array<{ type: string; message: string }>;
  try {
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      { externalFileAccess: false, convertImage: mammoth.images.imgElement(async () => ({ src: '' })) },
    );
    html = result.value;
    messages = result.messages;
  } catch (error) {
    throw damaged(name, damageOf(error));
  }
  checkHtmlBudget(name, html, 'Word documents');

  const dom = parseHtmlDocument(`<!doctype html><html><body>${html}</body></html>`);
  try {
    const out = new CanonicalBuilder();
    let heading: string | null = null;
    for (const block of collectBlocks(dom.window.document.body)) {
      const range = out.add(block.text);
      if (range && block.heading && heading === null) heading = block.text;
    }
    const text = out.text;
    checkNotEmpty(shown, text);
    const errors = messages.filter((m) => m.type === 'error');
    const warnings = errors.length ? [`Parts of “${shown}” could not be read: ${errors.map((m) => m.message).join('; ')}`] : [];
    return plainImport('docx', makeTitle(heading ?? firstBlock(text), name), text, warnings);
  } finally {
    dom.window.close();
  }
}
