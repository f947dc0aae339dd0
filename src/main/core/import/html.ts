/**
 * HTML pages: the article, extracted with Mozilla Readability, followed by the substantive parts of
 * the page it left out, each offered as a teaser candidate (see leftovers.ts).
 *
 * Safety: the page is parsed by jsdom with its defaults — scripts are not run (no `runScripts`),
 * nothing is fetched (no `resources`), event handlers and `javascript:` URLs stay inert attributes.
 * Text is read from text nodes only; no markup is ever serialised into or parsed by a DOM of ours
 * (Readability hands back its article element through `serializer`, not as an HTML string).
 */
import { Readability } from '@mozilla/readability';
import { JSDOM, VirtualConsole } from 'jsdom';
import type { ParsedImport } from '../../../shared/types';
import { ApiError } from '../../../shared/result';
import { CanonicalBuilder, toCanonicalText } from './canonical';
import { decodeText, sniffHtmlCharset } from './decode';
import { collectBlocks, type DomBlock } from './dom-blocks';
import { checkNotEmpty } from './guards';
import { checkHtmlBudget } from './html-budget';
import { withoutInertMarkup } from './html-inert';
import { isDateline, isLayoutLine } from './layout-lines';
import { findLeftovers, inTeaserContainer, type LeftoverRegion } from './leftovers';
import { firstBlock, makeTitle, plainImport } from './parsed';
import { baseName } from './formats';

/** What extraction found in one page, before it is laid out as a document. */
export interface HtmlExtraction {
  /** Readability's title, else `<title>`, else the first heading; may be empty. */
  title: string;
  language: string | null;
  /** The article's blocks, or the whole page's when no article was found. */
  articleBlocks: string[];
  /** Left-out parts of the page (empty when no article was found). */
  leftovers: LeftoverRegion[];
  foundArticle: boolean;
}

/** Parses an HTML string without running or loading anything. */
export function parseHtmlDocument(html: string): JSDOM {
  // A silent console: CSS and markup complaints of scraped pages are not the editor's business.
  return new JSDOM(html, { virtualConsole: new VirtualConsole() });
}

/** Canonical text of DOM blocks, empty ones dropped. */
function blockTexts(blocks: readonly DomBlock[]): string[] {
  return blocks.map((b) => toCanonicalText(b.text)).filter((t) => t !== '');
}

/** A line inside an article that points elsewhere ("Read more: …", "See also: …") or labels an ad. */
const TEASER_LINE =
  /^(?:read (?:more|also)|also read|see also|more on this(?: story)?|related(?: coverage| stories| articles)?)\s*:|^(?:advertisement|sponsored|related(?: coverage| stories| articles)?)\s*:?$/i;

/** Share of the article's text above which teaser-looking parts are kept in it (the hint is then likely wrong). */
const MAX_PULLED_SHARE = 0.3;

/**
 * The article's blocks without the teaser boxes Readability sometimes keeps inside it ("RELATED
 * STORIES" lists between paragraphs): blocks inside a container whose class or id says related /
 * popular / read more, and "Read more: …" lines, are left out, so they become teaser candidates with
 * the rest of the page.
 */
function articleBlocksOf(content: Element): string[] {
  const blocks = collectBlocks(content).filter((b) => !TEASER_LINE.test(b.text.trim()) && !isLayoutLine(b.text));
  const kept = blocks.filter((b) => !inTeaserContainer(b.element, content));
  const size = (list: readonly DomBlock[]) => list.reduce((n, b) => n + b.text.length, 0);
  const pulled = size(blocks) - size(kept);
  return blockTexts(pulled > 0 && pulled <= MAX_PULLED_SHARE * size(blocks) ? kept : blocks);
}

/**
 * The article's blocks preceded by the datelines ("Online: Feb 18, 2020") that stand before it on the
 * page but outside what Readability kept: they date the story, so they belong to it, not to the
 * teaser candidates. Datelines after the article's first block (the dates of teasers) are left alone.
 */
function withDatelines(articleBlocks: string[], pageBlocks: readonly DomBlock[]): string[] {
  if (articleBlocks.length === 0) return articleBlocks;
  const first = pageBlocks.findIndex((b) => toCanonicalText(b.text) === articleBlocks[0]);
  if (first < 0) return articleBlocks;
  const inArticle = new Set(articleBlocks);
  const datelines = [...new Set(blockTexts(pageBlocks.slice(0, first).filter((b) => isDateline(b.text))))].filter((t) => !inArticle.has(t));
  // A bare date repeated in a labelled dateline ("Feb 18, 2020" and "Online: Feb 18, 2020") is said once.
  const said = datelines.filter((t) => !datelines.some((other) => other !== t && other.includes(t)));
  return [...said, ...articleBlocks];
}

/** Runs Readability on a copy of the document; its article element, or null. */
function readArticle(doc: Document): { content: Element | null; title: string; lang: string } | null {
  try {
    const copy = doc.cloneNode(true) as Document;
    const article = new Readability<Node>(copy, { keepClasses: true, serializer: (node) => node }).parse();
    if (!article) return null;
    const content = article.content && (article.content as Element).nodeType === 1 ? (article.content as Element) : null;
    return { content, title: article.title?.trim() ?? '', lang: article.lang?.trim() ?? '' };
  } catch {
    return null; // Readability gives up on some malformed pages: fall back to the page text.
  }
}

/** Extracts the article and the left-out parts of an HTML document. */
export function extractFromHtml(html: string): HtmlExtraction {
  const dom = parseHtmlDocument(html);
  try {
    const doc = dom.window.document;
    const root = doc.body ?? doc.documentElement;
    const pageBlocks = collectBlocks(root).filter((b) => !isLayoutLine(b.text));
    const article = readArticle(doc);
    const articleBlocks = article?.content ? withDatelines(articleBlocksOf(article.content), pageBlocks) : [];
    const heading = doc.querySelector('h1, h2');
    const headingText = heading ? blockTexts(collectBlocks(heading)).join(' ') : '';
    const title = article?.title || doc.title.trim() || headingText;
    const language = article?.lang || doc.documentElement.getAttribute('lang')?.trim() || null;
    if (articleBlocks.length === 0) {
      const pageTexts = blockTexts(pageBlocks);
      return { title, language, articleBlocks: pageTexts, leftovers: [], foundArticle: false };
    }
    const leftovers = findLeftovers(pageBlocks, articleBlocks, [title, doc.title]);
    return { title, language, articleBlocks, leftovers, foundArticle: true };
  } finally {
    dom.window.close();
  }
}

/**
 * Reads an `.html`/`.htm` file: article blocks first, then each left-out region as a suggested
 * teaser annotation (`candidate: true`). Throws `bad_file` when the page is binary, empty, has no
 * text at all or is over the budget (html-budget.ts).
 */
export function parseHtml(name: string, bytes: Uint8Array): ParsedImport {
  const decoded = decodeText(name, bytes, sniffHtmlCharset(bytes) ?? undefined);
  checkNotEmpty(name, decoded.text);
  const tree = checkHtmlBudget(name, decoded.text);
  const extraction = extractFromHtml(withoutInertMarkup(tree));
  const warnings = [...decoded.warnings];
  const out = new CanonicalBuilder();
  for (const block of extraction.articleBlocks) out.add(block);
  if (out.size === 0) {
    throw new ApiError('bad_file', `“${baseName(name)}” has no text to import: the page is empty or holds only markup and scripts.`);
  }
  if (!extraction.foundArticle) {
    warnings.push(`No article was found in “${baseName(name)}”, so the whole page text was imported.`);
  }
  const result = plainImport('html', makeTitle(extraction.title || firstBlock(out.text), name), '', warnings, extraction.language);
  for (const region of extraction.leftovers) {
    let start = -1;
    let end = -1;
    for (const block of region.blocks) {
      const range = out.add(block);
      if (!range) continue;
      if (start < 0) start = range.start;
      end = range.end;
    }
    if (start < 0) continue;
    result.annotations.push({
      kind: 'teaser',
      label: null,
      start,
      end,
      attrs: { reason: region.reason, candidate: true },
      origin: 'suggested',
    });
  }
  result.text = out.text;
  checkNotEmpty(name, result.text);
  return result;
}
