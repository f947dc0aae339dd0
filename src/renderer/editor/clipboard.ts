/**
 * Copy and paste for section text blocks (schema.ts), where a "\n" inside a section is a block
 * boundary:
 * - copied text is the canonical text, one "\n" between blocks inside a section and between
 *   sections alike (ProseMirror's default puts "\n\n" between text blocks);
 * - copied HTML has a <p> per block, so other programs (mail, a word processor) keep the paragraphs;
 * - pasted text's line breaks become block boundaries, as at import: Windows line ends count once
 *   and no empty block is made (ProseMirror pastes plain text into a `code` block as it is, and
 *   Chromium always sends plain text with HTML).
 */
import { DOMSerializer, type Fragment, type Slice } from 'prosemirror-model';
import type { EditorState } from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';

/**
 * Pasted plain text as blocks: Windows line ends count once, blank lines are dropped (a block is
 * never empty, as at import), and so is a line break at an end of the text that would only make an
 * empty block where it lands (a trailing one pasted at a line's end, a leading one at its start).
 * Text that is nothing but line breaks stays one line break.
 */
export function pastedLines(text: string, atLineStart: boolean, atLineEnd: boolean): string {
  const normalised = text.replace(/\r\n?/g, '\n');
  if (!normalised.includes('\n')) return normalised;
  const lines = normalised.split('\n');
  const last = lines.length - 1;
  const kept = lines.filter((line, i) => line.trim() !== '' || (i === 0 && !atLineStart) || (i === last && !atLineEnd));
  // A kept empty first/last line stands for a leading/trailing line break.
  const joined = kept.join('\n');
  return joined === '' ? '\n' : joined;
}

/** Whether the selection starts at a block's start and ends at a block's end (for `pastedLines`). */
export function pasteEdges(state: EditorState): [boolean, boolean] {
  const { $from, $to } = state.selection;
  const before = $from.parentOffset === 0 || $from.parent.textBetween($from.parentOffset - 1, $from.parentOffset) === '\n';
  const after = $to.parentOffset === $to.parent.content.size || $to.parent.textBetween($to.parentOffset, $to.parentOffset + 1) === '\n';
  return [before, after];
}

/** Copied HTML: one <p> per block, whatever section it is in. */
class BlockSerializer extends DOMSerializer {
  override serializeFragment(fragment: Fragment, options: { document?: Document } = {}, target?: HTMLElement | DocumentFragment): HTMLElement | DocumentFragment {
    const doc = options.document ?? window.document;
    const out = target ?? doc.createDocumentFragment();
    fragment.forEach((node) => {
      for (const line of (node.isText ? node.text! : node.textContent).split('\n')) {
        const p = doc.createElement('p');
        p.textContent = line;
        out.appendChild(p);
      }
    });
    return out;
  }
}
const blockSerializer = new BlockSerializer({}, {});

/** The editor props that implement the above. */
export const clipboardProps = {
  clipboardTextSerializer: (slice: Slice) => slice.content.textBetween(0, slice.content.size, '\n'),
  clipboardSerializer: blockSerializer,
  transformPastedText: (text: string, _plain: boolean, view: EditorView) => pastedLines(text, ...pasteEdges(view.state)),
};
