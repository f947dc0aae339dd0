/**
 * Keeps sections small after edits. A document is built with sections of SECTION_BLOCKS blocks /
 * SECTION_CHARS characters (schema.ts), but a paste can pour a whole article into one section,
 * and everything per section — the text node Chromium lays out and paints on every key press, the
 * highlights repainted, the `content-visibility` unit — would then grow with it. After a
 * transaction that leaves a section twice over either limit, this splits it again where
 * `docFromText` would, at its "\n"s: each one becomes a section boundary, which is the same "\n" in
 * the canonical text, so text and offsets do not change. The split is appended to the edit, so
 * one undo takes back both.
 */
import { Fragment, Slice, type Node as PMNode } from 'prosemirror-model';
import { Plugin, type Transaction } from 'prosemirror-state';
import { changedRange } from './offsets';
import { reviewSchema, SECTION_BLOCKS, SECTION_CHARS, sectionBreaks } from './schema';

/** The plugin that splits oversized sections after an edit. */
export function sectionSplit(): Plugin {
  return new Plugin({
    appendTransaction(transactions, oldState, newState) {
      if (!transactions.some((tr) => tr.docChanged) || transactions.some((tr) => tr.getMeta('composition') !== undefined)) return null;
      const range = changedRange(oldState.doc, newState.doc);
      if (!range) return null;
      const cuts: number[] = [];
      newState.doc.nodesBetween(range.from, Math.min(range.toNew, newState.doc.content.size), (node, pos) => {
        if (node.type === reviewSchema.nodes.section && oversized(node)) for (const at of sectionBreaks(node.textContent)) cuts.push(pos + 1 + at);
        return false;
      });
      if (cuts.length === 0) return null;
      const tr: Transaction = newState.tr;
      const { section } = reviewSchema.nodes;
      // From the last cut back, so earlier positions stay valid.
      for (let i = cuts.length - 1; i >= 0; i--) tr.replace(cuts[i], cuts[i] + 1, new Slice(Fragment.from([section.create(), section.create()]), 1, 1));
      return tr;
    },
  });
}

function oversized(section: PMNode): boolean {
  const text = section.textContent;
  if (text.length > 2 * SECTION_CHARS) return true;
  let lines = 1;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) if (++lines > 2 * SECTION_BLOCKS) return true;
  return false;
}
