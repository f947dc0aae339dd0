/**
 * DOM → text blocks, by traversal and `textContent`-style reading of text nodes only (nothing is
 * serialised or re-parsed, nothing is executed). Every block-level element (paragraph, heading, list
 * item, table cell, div …) starts a new block, `<br>` starts a new line, whitespace collapses as a
 * browser would (except inside `<pre>`), and what a reader never sees is skipped: scripts, styles,
 * templates, embedded frames and media, form controls, and elements marked hidden.
 *
 * Unlike `textContent`, text that a browser would show apart is not run together where the source
 * has no whitespace between it (see `needsSpace`): neighbouring links ("Directory of sites" "Login"
 * "Contact", laid out by CSS alone), text on either side of an image, icon or control, and a word
 * that starts a new sibling element with a capital after a lower-case letter, digit or full stop
 * ("Menu"/"Sections"). A word split across inline tags in running text (`<b>Ha</b>rbin`,
 * `<a>Reuters</a>,`, `Ch<span>â</span>teau`) stays whole. There is no layout in jsdom, so this goes by
 * tag names, never by computed style.
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
  'table', 'tbody', 'thead', 'tfoot', 'tr', 'td', 'th', 'ul', 'html', 'search', 'listing', 'xmp', 'plaintext',
]);

/** Skipped elements that still take up room on the line (images, icons, controls), so text on either side reads apart. */
const REPLACED = new Set([
  'iframe', 'frame', 'object', 'embed', 'applet', 'svg', 'math', 'canvas', 'audio', 'video', 'picture', 'img',
  'button', 'select', 'input', 'textarea', 'portal',
]);

/** Inline elements that are one item each (a link, a label): two of them side by side are two items. */
const ITEMS = new Set(['a', 'label']);

/** Inline elements that attach to the text before them (footnote marks, exponents). */
const ATTACHED = new Set(['sup', 'sub']);

/** Inline elements holding code, where a syntax highlighter's spans and links must not be spaced out. */
const CODE = new Set(['code', 'kbd', 'samp', 'tt', 'var']);

/** Characters after which no space goes (opening brackets and quotes). */
const OPENING = /[([{“‘«‹¿¡]/u;

/** Characters before which no space goes (closing brackets and quotes, punctuation, apostrophes). */
const CLOSING = /[)\]},.;:!?…%'’”»›]/u;

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
  /** The inline elements open at the current position, outermost first. */
  inline: Element[];
  /** The inline elements that were open around the last text added to the buffer. */
  lastInline: Element[];
  /** The fewest inline elements open at any point since that text (their common ancestors). */
  low: number;
  /** Whether an image, icon or control was passed since that text. */
  replaced: boolean;
}

/**
 * Whether a space goes between the buffer, ending in `before`, and a text starting with `after`,
 * neither of them whitespace. `closed` are the inline elements left since the buffer's last text,
 * `opened` those entered since, innermost of each last.
 */
function needsSpace(before: string, after: string, closed: readonly Element[], opened: readonly Element[], replaced: boolean): boolean {
  if (OPENING.test(before) || CLOSING.test(after)) return false;
  if ([...closed, ...opened].some((el) => ATTACHED.has(el.localName))) return false;
  if (replaced) return true;
  if (closed.length === 0 && opened.length === 0) return false;
  // A capital right after a lower-case letter, digit or full stop starts a new word ("Menu|Sections",
  // "<a>Community standards</a>Discussion"); it does not happen inside a word of running text.
  if (/[\p{Ll}\p{N}.!?]/u.test(before) && /\p{Lu}/u.test(after)) return true;
  // Otherwise text right next to an element ("<b>Ha</b>rbin", "<a>Reuters</a>,") is running text:
  // only a link ending where a sibling element begins (or the reverse) is two separate things.
  return closed.length > 0 && opened.length > 0 && [...closed, ...opened].some((el) => ITEMS.has(el.localName));
}

/** Appends text to the buffer, with a space first where the two would otherwise read as one word. */
function append(walk: Walk, text: string, inPre: boolean): void {
  const inCode = (els: readonly Element[]) => els.some((el) => CODE.has(el.localName));
  if (!inPre && /\S$/.test(walk.buffer) && /^\S/.test(text) && !inCode(walk.inline) && !inCode(walk.lastInline)) {
    const before = Array.from(walk.buffer.slice(-2)).pop() ?? ''; // whole characters, not UTF-16 halves
    const after = Array.from(text.slice(0, 2))[0];
    const closed = walk.lastInline.slice(walk.low);
    const opened = walk.inline.slice(walk.low);
    if (needsSpace(before, after, closed, opened, walk.replaced)) walk.buffer += ' ';
  }
  walk.buffer += text;
  walk.lastInline = [...walk.inline];
  walk.low = walk.inline.length;
  walk.replaced = false;
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
  walk.lastInline = [];
  walk.low = walk.inline.length;
  walk.replaced = false;
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
      append(walk, text, inPre);
      if (inLink) walk.linkChars += text.trim().length;
    } else if (child.nodeType === ELEMENT_NODE) {
      const el = child as Element;
      const tag = el.localName;
      if (isHidden(el)) continue;
      if (SKIPPED.has(tag)) {
        if (REPLACED.has(tag)) walk.replaced = true;
        continue;
      }
      if (tag === 'br') {
        walk.buffer += '\n';
      } else if (BLOCKS.has(tag)) {
        flush(walk);
        visit(el, el, inLink, inPre || tag === 'pre', walk);
        flush(walk);
      } else {
        walk.inline.push(el);
        visit(el, block, inLink || tag === 'a', inPre, walk);
        walk.inline.pop();
        walk.low = Math.min(walk.low, walk.inline.length);
      }
    }
  }
}

/** The text blocks of `root` and its descendants, in document order. */
export function collectBlocks(root: Element): DomBlock[] {
  const walk: Walk = { blocks: [], buffer: '', linkChars: 0, owner: null, inline: [], lastInline: [], low: 0, replaced: false };
  visit(root, root, false, root.localName === 'pre', walk);
  flush(walk);
  return walk.blocks;
}
