/**
 * DOM → text blocks, by traversal and `textContent`-style reading of text nodes only (nothing is
 * serialised or re-parsed, nothing is executed). Every block-level element (paragraph, heading, list
 * item, table cell, div …) starts a new block, `<br>` starts a new line, whitespace collapses as a
 * browser would (except inside `<pre>`), and what a reader never sees is skipped: scripts, styles,
 * templates, embedded frames and media, form controls, and elements marked hidden.
 */

/** One block of text and where it came from. */
export interface DomBlock {
  /** The block's text; may hold "\n" (from `<br>` or `<pre>`); not yet trimmed. */
  text: string;
  /** The block-level element that holds the text. */
  element: Element;
  /** How many of its characters are link text (inside `<a>`). */
  linkChars: number;
  /** True for h1–h6. */
  heading: boolean;
}

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const CDATA_SECTION_NODE = 4;

/** Elements whose content is never text a reader sees. */
const SKIPPED = new Set([
  'script', 'style', 'noscript', 'template', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet',
  'svg', 'math', 'canvas', 'audio', 'video', 'source', 'track', 'picture', 'img', 'map', 'head', 'title',
  'meta', 'link', 'base', 'button', 'select', 'option', 'optgroup', 'datalist', 'input', 'textarea',
  'dialog', 'portal',
]);

/** Elements that start and end a block. */
const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dir', 'div',
  'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'header', 'hgroup', 'hr', 'legend', 'li', 'main', 'menu', 'nav', 'ol', 'p', 'pre', 'section', 'summary',
  'table', 'tbody', 'thead', 'tfoot', 'tr', 'td', 'th', 'ul', 'html',
]);

const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/** True for elements a page hides from readers (`hidden`, `aria-hidden`, inline `display:none`). */
export function isHidden(el: Element): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  return style !== null && /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i.test(style);
}

interface Walk {
  blocks: DomBlock[];
  buffer: string;
  linkChars: number;
  owner: Element | null;
}

function flush(walk: Walk): void {
  if (walk.owner && walk.buffer.trim() !== '') {
    walk.blocks.push({
      text: walk.buffer,
      element: walk.owner,
      linkChars: walk.linkChars,
      heading: HEADINGS.has(walk.owner.localName),
    });
  }
  walk.buffer = '';
  walk.linkChars = 0;
  walk.owner = null;
}

function visit(node: Node, block: Element, inLink: boolean, inPre: boolean, walk: Walk): void {
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === TEXT_NODE || child.nodeType === CDATA_SECTION_NODE) {
      const raw = (child as Text).data;
      const text = inPre ? raw : raw.replace(/[ \t\n\r\f]+/g, ' ');
      if (text === '') continue;
      if (walk.owner === null) {
        if (text.trim() === '') continue; // whitespace between blocks
        walk.owner = block;
      }
      walk.buffer += text;
      if (inLink) walk.linkChars += text.trim().length;
    } else if (child.nodeType === ELEMENT_NODE) {
      const el = child as Element;
      const tag = el.localName;
      if (SKIPPED.has(tag) || isHidden(el)) continue;
      if (tag === 'br') {
        walk.buffer += '\n';
      } else if (BLOCKS.has(tag)) {
        flush(walk);
        visit(el, el, inLink, inPre || tag === 'pre', walk);
        flush(walk);
      } else {
        visit(el, block, inLink || tag === 'a', inPre, walk);
      }
    }
  }
}

/** The text blocks of `root` and its descendants, in document order. */
export function collectBlocks(root: Element): DomBlock[] {
  const walk: Walk = { blocks: [], buffer: '', linkChars: 0, owner: null };
  visit(root, root, false, root.localName === 'pre', walk);
  flush(walk);
  return walk.blocks;
}
