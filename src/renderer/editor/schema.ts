/**
 * The review document schema: a document is one or more `section`s of `paragraph` blocks, one
 * paragraph per canonical block (a line of the canonical text), holding plain text only —
 * annotations are not marks, they live in plugin state and are painted over the text.
 *
 * Sections are purely presentational groups of consecutive blocks (SECTION_BLOCKS at open; editing
 * may make one longer or shorter): they carry no text and no offset, so the canonical text is
 * still the paragraphs joined by "\n" (see offsets.ts). They exist for Chromium: with ~250
 * sections instead of ~15,700 top-level children, layout, paint and caret placement after an edit
 * no longer walk every block, and `content-visibility: auto` on the sections (editor.css) lets it
 * skip the off-screen ones.
 */
import { Schema, type Node as PMNode } from 'prosemirror-model';

/** Blocks per section when a document is built from text. */
export const SECTION_BLOCKS = 64;

/** doc → section+, section → paragraph+, paragraph → text*. No marks: the canonical text is plain. */
export const reviewSchema = new Schema({
  nodes: {
    doc: { content: 'section+' },
    section: {
      content: 'paragraph+',
      parseDOM: [{ tag: 'section' }],
      toDOM: () => ['section', { class: 'cd-section' }, 0],
    },
    paragraph: {
      content: 'text*',
      marks: '',
      parseDOM: [{ tag: 'p', preserveWhitespace: 'full' }],
      toDOM: () => ['p', 0],
    },
    text: {},
  },
  marks: {},
});

/**
 * Builds a document from canonical text: one paragraph per "\n"-separated block, grouped in
 * sections of `sectionBlocks`. Empty blocks (two "\n" in a row, or empty text) become empty
 * paragraphs, so `textFromDoc(docFromText(t)) === t`.
 */
export function docFromText(text: string, sectionBlocks = SECTION_BLOCKS): PMNode {
  if (typeof text !== 'string') throw new RangeError('docFromText needs a string');
  if (!Number.isInteger(sectionBlocks) || sectionBlocks < 1) throw new RangeError(`Bad section size ${sectionBlocks}`);
  const { paragraph, section } = reviewSchema.nodes;
  const sections: PMNode[] = [];
  let blocks: PMNode[] = [];
  let start = 0;
  for (;;) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    blocks.push(paragraph.create(null, end > start ? reviewSchema.text(text.slice(start, end)) : null));
    if (blocks.length === sectionBlocks) {
      sections.push(section.create(null, blocks));
      blocks = [];
    }
    if (nl < 0) break;
    start = nl + 1;
  }
  if (blocks.length) sections.push(section.create(null, blocks));
  return reviewSchema.nodes.doc.create(null, sections);
}
