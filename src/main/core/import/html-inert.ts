/**
 * Markup that never becomes text, removed before jsdom builds the page: comments and the content of
 * style sheets. jsdom would otherwise make a node of every comment and parse every style sheet with
 * its CSS parser — 500,000 comments or 5 MB of inline CSS keep it busy for over 10 s — only for the
 * extractor to skip them (dom-blocks.ts reads text nodes; "hidden" is judged by attributes alone).
 *
 * The cleaning works on the tree parse5 already built for the budget (html-budget.ts), not on the
 * markup with patterns: only the parser knows where a comment really starts (not inside a script or
 * an attribute) and ends, and a pattern search for unclosed comments takes time growing with the
 * square of their number. The cleaned tree is written back out as HTML for jsdom.
 */
import { serialize } from 'parse5';
import { PARSE_OPTIONS, type HtmlTree } from './html-budget';

interface TreeNode {
  nodeName: string;
  childNodes?: TreeNode[];
  content?: TreeNode;
}

/** The page without comments and with empty style sheets, as HTML; everything else as it was. */
export function withoutInertMarkup(tree: HtmlTree): string {
  const stack: TreeNode[] = [tree as TreeNode];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.content) stack.push(node.content);
    if (!node.childNodes) continue;
    if (node.nodeName === 'style') {
      node.childNodes.length = 0;
      continue;
    }
    node.childNodes = node.childNodes.filter((child) => child.nodeName !== '#comment');
    for (const child of node.childNodes) stack.push(child);
  }
  return serialize(tree, PARSE_OPTIONS);
}
