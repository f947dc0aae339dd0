/**
 * What the article extractor left out of a page, grouped into teaser candidates.
 *
 * DESIGN.md: what extraction leaves out "is offered as teaser candidates, not thrown away". Offering
 * every stray menu word would bury the editor, so a left-out block counts only when it is
 * substantive (four words or more, or 30 characters of unspaced script), is not a duplicate of the
 * article (or of the title, or of an earlier left-out block), and is visible (see dom-blocks.ts).
 * Neighbouring left-out blocks that sit in the same page region — the same `<aside>`, `<nav>`,
 * `<footer>`, "related"/"popular" container … — form one candidate, and the number of candidates
 * is capped by merging the smallest neighbours.
 */
import type { TeaserReason } from '../../../shared/types';
import type { DomBlock } from './dom-blocks';

/** One teaser candidate: the blocks to append, and why they look off-topic. */
export interface LeftoverRegion {
  blocks: string[];
  reason: Extract<TeaserReason, 'related_teaser' | 'boilerplate'>;
}

/** At most this many candidates per page. */
export const MAX_CANDIDATES = 12;

/** Elements that bound a page region. */
const LANDMARKS = new Set(['aside', 'nav', 'footer', 'header', 'section', 'article', 'main', 'form']);

/** Class, id or label of a container of teasers ("related-stories", "most-popular", "outbrain" …). */
const TEASER_HINT =
  /related|recommend|popular|most[-_ ]?(read|viewed|shared)|trending|more[-_ ]?(stories|news|from|on|like)|read[-_ ]?(more|next|also)|also[-_ ]?read|you[-_ ]?(may|might)|teaser|promo|outbrain|taboola|top[-_ ]?stories|headlines|further[-_ ]?reading|editors?[-_ ]?picks|latest/i;

/** Class or id of page furniture that is not a teaser list. */
const FURNITURE_HINT = /footer|header|nav|menu|cookie|consent|newsletter|subscribe|share|social|comment|sidebar|widget|banner|masthead/i;

/** Heading text that introduces a teaser list. */
const TEASER_HEADING =
  /^(related|more\b|most (popular|read|viewed|shared)|popular|recommended|read (more|next|also)|also read|you (may|might)|trending|latest|top stories|editors?['’]? picks|further reading|what to read next|watch next|in other news)/i;

function hintOf(el: Element): string {
  return `${el.getAttribute('class') ?? ''} ${el.id} ${el.getAttribute('aria-label') ?? ''} ${el.getAttribute('data-component') ?? ''}`;
}

/** The element that bounds the page region `el` belongs to (a landmark or a hinted container), else the body. */
function regionRoot(el: Element): Element {
  for (let node: Element | null = el; node; node = node.parentElement) {
    const tag = node.localName;
    if (tag === 'body') return node;
    if (LANDMARKS.has(tag) || node.hasAttribute('role')) return node;
    const hint = hintOf(node);
    if (TEASER_HINT.test(hint) || FURNITURE_HINT.test(hint)) return node;
  }
  return el;
}

/**
 * True when `el` or an ancestor below `stop` (default: the body) is marked as a container of
 * teasers by its class, id or label ("related-stories", "most-popular" …).
 */
export function inTeaserContainer(el: Element, stop?: Element): boolean {
  for (let node: Element | null = el; node && node !== stop && node.localName !== 'body'; node = node.parentElement) {
    if (TEASER_HINT.test(hintOf(node))) return true;
  }
  return false;
}

/** Lower-cased words (letters and digits) of a text. */
function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Four-word shingles, as joined strings. */
function shingles(tokens: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i + 4 <= tokens.length; i++) out.push(tokens.slice(i, i + 4).join(' '));
  return out;
}

/**
 * Decides whether a block repeats text that is already in the article. Set look-ups only, so the
 * cost stays proportional to the page, not to page × article.
 */
class ArticleIndex {
  /** Every run of one to three consecutive words of the article and of the known texts. */
  private readonly shortRuns = new Set<string>();
  private readonly shingleSet = new Set<string>();

  constructor(articleBlocks: readonly string[], known: readonly string[]) {
    for (const block of articleBlocks) {
      const tokens = words(block);
      this.addShortRuns(tokens);
      for (const s of shingles(tokens)) this.shingleSet.add(s);
    }
    for (const text of known) {
      const tokens = words(text);
      this.addShortRuns(tokens);
      if (tokens.length >= 4) this.shingleSet.add(tokens.join(' ')); // the whole title, as one key
    }
  }

  private addShortRuns(tokens: string[]): void {
    for (let i = 0; i < tokens.length; i++) {
      for (let n = 1; n <= 3 && i + n <= tokens.length; n++) this.shortRuns.add(tokens.slice(i, i + n).join(' '));
    }
  }

  /** True when a block of up to three words occurs in the article, or when most of a longer block's four-word shingles do. */
  contains(tokens: string[]): boolean {
    if (tokens.length === 0) return true;
    if (tokens.length < 4) return this.shortRuns.has(tokens.join(' '));
    if (this.shingleSet.has(tokens.join(' '))) return true;
    const own = shingles(tokens);
    const shared = own.filter((s) => this.shingleSet.has(s)).length;
    return shared / own.length >= 0.5;
  }
}

function isSubstantive(text: string, tokens: string[]): boolean {
  return tokens.length >= 4 || text.replace(/\s+/g, '').length >= 30;
}

interface Draft {
  root: Element;
  blocks: DomBlock[];
  texts: string[];
}

function reasonOf(draft: Draft): LeftoverRegion['reason'] {
  if (draft.blocks.some((b) => inTeaserContainer(b.element))) return 'related_teaser';
  if (draft.blocks.some((b) => b.heading && TEASER_HEADING.test(b.text.trim()))) return 'related_teaser';
  const chars = draft.texts.reduce((n, t) => n + t.length, 0);
  const linkChars = draft.blocks.reduce((n, b) => n + b.linkChars, 0);
  const inFurniture = /footer|nav|menu|cookie|consent/i.test(hintOf(draft.root)) || ['nav', 'footer', 'header'].includes(draft.root.localName);
  if (!inFurniture && draft.blocks.length >= 2 && linkChars / Math.max(1, chars) >= 0.6) return 'related_teaser';
  return 'boilerplate';
}

/** Merges the pair of neighbouring regions with the least text until at most `max` remain. */
function capRegions(regions: LeftoverRegion[], max: number): LeftoverRegion[] {
  const out = [...regions];
  const size = (r: LeftoverRegion) => r.blocks.reduce((n, b) => n + b.length, 0);
  while (out.length > max) {
    let best = 0;
    for (let i = 1; i + 1 < out.length; i++) {
      if (size(out[i]) + size(out[i + 1]) < size(out[best]) + size(out[best + 1])) best = i;
    }
    const [a, b] = [out[best], out[best + 1]];
    const reason = a.reason === 'related_teaser' || b.reason === 'related_teaser' ? 'related_teaser' : 'boilerplate';
    out.splice(best, 2, { blocks: [...a.blocks, ...b.blocks], reason });
  }
  return out;
}

/**
 * The substantive blocks of `pageBlocks` that are not in the article, grouped into at most
 * `MAX_CANDIDATES` regions in page order.
 * @param pageBlocks every block of the page body, in document order
 * @param articleBlocks the article's blocks (what the extractor kept)
 * @param known other text already carried by the document (its title), never offered again
 */
export function findLeftovers(pageBlocks: readonly DomBlock[], articleBlocks: readonly string[], known: readonly string[]): LeftoverRegion[] {
  const article = new ArticleIndex(articleBlocks, known);
  const seen = new Set<string>();
  const drafts: Draft[] = [];
  let open: Draft | null = null;
  let pendingHeadings: Array<{ block: DomBlock; text: string }> = [];

  for (const block of pageBlocks) {
    const text = block.text.replace(/[ \t\f\r]+/g, ' ').trim();
    const tokens = words(text);
    const key = tokens.join(' ');
    if (article.contains(tokens)) {
      open = null; // article text in between: the next left-out block starts a new region
      pendingHeadings = [];
      continue;
    }
    if (seen.has(key)) continue;
    if (!isSubstantive(text, tokens)) {
      if (block.heading) pendingHeadings.push({ block, text });
      continue;
    }
    seen.add(key);
    const root = regionRoot(block.element);
    if (!open || open.root !== root) {
      open = { root, blocks: [], texts: [] };
      drafts.push(open);
    }
    // A short heading just before ("Most popular") stays with the blocks it introduces.
    for (const h of pendingHeadings) {
      if (regionRoot(h.block.element).contains(root)) {
        open.blocks.push(h.block);
        open.texts.push(h.text);
      }
    }
    pendingHeadings = [];
    open.blocks.push(block);
    open.texts.push(text);
  }

  const regions = drafts.map((d) => ({ blocks: d.texts, reason: reasonOf(d) }));
  return capRegions(regions, MAX_CANDIDATES);
}
