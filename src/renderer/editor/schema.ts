/**
 * The review document schema: a document is one or more `paragraph` blocks, one per canonical
 * block (a line of the canonical text), holding plain text only — annotations are not marks, they
 * live in plugin state and are painted over the text.
 */
import { Schema, type Node as PMNode } from 'prosemirror-model';

/** doc → paragraph+, paragraph → text*. No marks: the canonical text is plain. */
export const reviewSchema = new Schema({
  nodes: {
    doc: { content: 'paragraph+' },
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
 * Builds a document from canonical text: one paragraph per "\n"-separated block. Empty blocks
 * (two "\n" in a row, or empty text) become empty paragraphs, so `textFromDoc(docFromText(t)) === t`.
 */
export function docFromText(text: string): PMNode {
  if (typeof text !== 'string') throw new RangeError('docFromText needs a string');
  const { paragraph } = reviewSchema.nodes;
  const blocks: PMNode[] = [];
  let start = 0;
  for (;;) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    blocks.push(paragraph.create(null, end > start ? reviewSchema.text(text.slice(start, end)) : null));
    if (nl < 0) break;
    start = nl + 1;
  }
  return reviewSchema.nodes.doc.create(null, blocks);
}
