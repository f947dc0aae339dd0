/**
 * The review document schema: a document is one or more `section`s, each a text block holding
 * several consecutive canonical blocks (lines of the canonical text) joined by "\n", as plain
 * text — annotations are not marks, they live in plugin state and are painted over the text.
 *
 * The canonical text is the sections' text joined by "\n": a "\n" inside a section is a block
 * boundary written as a character, the boundary between two sections is one left implicit (see
 * offsets.ts). How blocks are grouped into sections is presentational only (SECTION_BLOCKS and
 * SECTION_CHARS at open; editing may make a section longer or shorter). Sections are `code` text
 * blocks, so ProseMirror keeps their "\n" as text: Enter inserts one, and pasted plain text keeps
 * its line breaks.
 *
 * Why not one paragraph node per block: a 1,000,000-character document has ~15,700 blocks, and a
 * node per block costs a ProseMirror node, a fragment, a view description and two DOM nodes each
 * (≈ 5 MB of JS heap and 31,000 DOM nodes); with ~500 sections the whole document costs about as
 * much as its text. Chromium also lays out, paints and places the caret per section instead of
 * walking every block (editor.css).
 */
import { Schema, type Node as PMNode } from 'prosemirror-model';

/** At most this many blocks per section when a document is built from text … */
export const SECTION_BLOCKS = 32;
/** … and a section is closed after the block that reaches this many characters. */
export const SECTION_CHARS = 2048;

/**
 * Block-level elements pasted HTML is split into sections at. Their whitespace collapses as a
 * browser shows it (a web page's source line breaks are not blocks); only Copydesk's own sections
 * keep theirs, where a "\n" is a block boundary.
 */
const BLOCK_TAGS = ['p', 'div', 'li', 'blockquote', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6'];
const BLOCK_SELECTOR = [...BLOCK_TAGS, 'pre', 'section', 'ul', 'ol', 'table'].join(',');

/** doc → section+, section → text* (with "\n" between blocks). No marks: the canonical text is plain. */
export const reviewSchema = new Schema({
  nodes: {
    doc: { content: 'section+' },
    section: {
      content: 'text*',
      marks: '',
      code: true,
      parseDOM: [
        { tag: 'section.cd-section', preserveWhitespace: 'full' as const },
        { tag: 'pre', preserveWhitespace: 'full' as const },
        // A wrapper of other blocks (a <div> of <p>s) is not a block itself: its children are.
        ...BLOCK_TAGS.map((tag) => ({ tag, preserveWhitespace: false, getAttrs: (el: HTMLElement) => (el.querySelector(BLOCK_SELECTOR) ? false : null) })),
      ],
      toDOM: () => ['section', { class: 'cd-section' }, 0],
    },
    text: {},
  },
  marks: {},
});

/**
 * Builds a document from canonical text: sections of up to `sectionBlocks` blocks (fewer when
 * they reach `sectionChars` characters), each holding its blocks joined by "\n". Empty blocks stay
 * empty lines, so `textFromDoc(docFromText(t)) === t`.
 */
export function docFromText(text: string, sectionBlocks = SECTION_BLOCKS, sectionChars = SECTION_CHARS): PMNode {
  if (typeof text !== 'string') throw new RangeError('docFromText needs a string');
  if (!Number.isInteger(sectionBlocks) || sectionBlocks < 1) throw new RangeError(`Bad section size ${sectionBlocks}`);
  const { section } = reviewSchema.nodes;
  const sections: PMNode[] = [];
  let start = 0;
  for (const end of [...sectionBreaks(text, sectionBlocks, sectionChars), text.length]) {
    sections.push(section.create(null, end > start ? reviewSchema.text(text.slice(start, end)) : null));
    start = end + 1;
  }
  return reviewSchema.nodes.doc.create(null, sections);
}

/**
 * Where `text` (blocks joined by "\n") is cut into sections: the offsets of the "\n"s that end a
 * section, one after every `sectionBlocks` blocks or after the block that reaches `sectionChars`
 * characters since the section began.
 */
export function sectionBreaks(text: string, sectionBlocks = SECTION_BLOCKS, sectionChars = SECTION_CHARS): number[] {
  const out: number[] = [];
  let start = 0;
  let blocks = 0;
  for (let nl = text.indexOf('\n'); nl !== -1; nl = text.indexOf('\n', nl + 1)) {
    blocks++;
    if (blocks >= sectionBlocks || nl - start >= sectionChars) {
      out.push(nl);
      start = nl + 1;
      blocks = 0;
    }
  }
  return out;
}
