/**
 * The HTML budget (budgets.ts), checked before jsdom and Readability see a page: jsdom's tree work
 * grows with depth × size, so a page of 100,000 nested `<div>`s would never finish there.
 *
 * First a linear count of start tags refuses a page that is plainly too big without parsing it.
 * Then parse5 — the HTML parser jsdom itself uses, linear in the page, with jsdom's options — builds
 * the same tree jsdom would (implied `<p>` ends, reopened `<b><i>` and all), and that tree is
 * measured: its depth and element count are exactly what jsdom would get, so no real page is refused
 * on a guess. The tree is handed back, for html-inert.ts to clean.
 */
import { parse, type DefaultTreeAdapterTypes } from 'parse5';
import { count, HTML_MAX_DEPTH, HTML_MAX_ELEMENTS, HTML_MAX_TOTAL_DEPTH, overBudget } from './budgets';

/** A page as parse5 reads it. */
export type HtmlTree = DefaultTreeAdapterTypes.Document;

/** jsdom parses with scripting off (no `runScripts`), so `<noscript>` holds elements: measure the same tree. */
export const PARSE_OPTIONS = { scriptingEnabled: false } as const;

/** A start tag, a comment, or an element whose content is text up to its end tag (a script, a style sheet …). */
const TOKEN = /<(?:(script|style|textarea|title|xmp|iframe|noembed|noframes|plaintext)\b|!--|[a-z])/g;

/**
 * About how many start tags a page has, in one pass: "<" and a letter, not counting what is inside
 * comments, scripts and other text-only elements (a script may hold a million "<div>" in a string).
 * Each search starts where the last one ended, so an unclosed comment or script costs one pass too.
 */
function countStartTags(html: string): number {
  const lower = html.toLowerCase();
  let tags = 0;
  TOKEN.lastIndex = 0;
  for (let match = TOKEN.exec(lower); match; match = TOKEN.exec(lower)) {
    const close = match[0] === '<!--' ? '-->' : match[1] ? `</${match[1]}` : null;
    if (match[0] !== '<!--') tags++;
    if (close === null) continue;
    const end = lower.indexOf(close, TOKEN.lastIndex);
    if (end < 0) break; // open to the end of the page
    TOKEN.lastIndex = end + close.length;
  }
  return tags;
}

interface TreeNode {
  childNodes?: TreeNode[];
  /** A `<template>`'s content fragment. */
  content?: TreeNode;
  tagName?: string;
}

/**
 * The deepest element nesting and the number of elements of a parse5 tree, without recursion. Depth
 * counts from inside `<body>` (`<html>` and `<body>` are levels 1 and 2, always there), so a page of
 * 100,000 nested `<div>`s is 100,000 levels deep.
 */
function measure(root: TreeNode): { depth: number; elements: number; totalDepth: number } {
  let depth = 0;
  let elements = 0;
  let totalDepth = 0;
  const stack: Array<[TreeNode, number]> = [[root, 0]];
  while (stack.length > 0) {
    const [node, level] = stack.pop()!;
    if (node.tagName !== undefined) {
      elements++;
      totalDepth += Math.max(0, level - 2);
      if (level > depth) depth = level;
    }
    for (const child of node.childNodes ?? []) stack.push([child, level + 1]);
    if (node.content) stack.push([node.content, level + 1]);
  }
  return { depth: Math.max(0, depth - 2), elements, totalDepth };
}

/** Refuses an HTML page over the element budget; `kind` names what the file is ("pages"). */
function checkElements(name: string, elements: number, kind: string): void {
  if (elements > HTML_MAX_ELEMENTS) {
    throw overBudget(name, `holds ${count(elements)} HTML elements; Copydesk reads ${kind} of up to ${count(HTML_MAX_ELEMENTS)}`);
  }
}

/**
 * Parses a page with parse5 and answers its tree; throws `bad_file` with a sentence when the page
 * nests deeper than HTML_MAX_DEPTH, holds more than HTML_MAX_ELEMENTS elements, or its elements'
 * depths add up to more than HTML_MAX_TOTAL_DEPTH.
 * @param name the file name, for the sentence
 * @param html the decoded page
 * @param kind what the file is, for the sentence: "pages", or "Word documents" for the HTML of a .docx
 */
export function checkHtmlBudget(name: string, html: string, kind = 'pages'): HtmlTree {
  // A quick upper bound first: a page far over the budget is not parsed at all.
  const startTags = countStartTags(html);
  if (startTags > 4 * HTML_MAX_ELEMENTS) checkElements(name, startTags, kind);
  const tree = parse(html, PARSE_OPTIONS);
  const { depth, elements, totalDepth } = measure(tree as TreeNode);
  if (depth > HTML_MAX_DEPTH) {
    throw overBudget(name, `is nested ${count(depth)} levels deep; Copydesk reads ${kind} nested up to ${count(HTML_MAX_DEPTH)} levels`);
  }
  checkElements(name, elements, kind);
  if (totalDepth > HTML_MAX_TOTAL_DEPTH) {
    const average = Math.round(totalDepth / Math.max(1, elements));
    throw overBudget(
      name,
      `nests its ${count(elements)} elements ${count(average)} levels deep on average, ${count(totalDepth)} levels in all; Copydesk reads ${kind} nested up to ${count(HTML_MAX_TOTAL_DEPTH)} levels in all`,
    );
  }
  return tree;
}
