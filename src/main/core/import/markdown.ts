/**
 * Markdown → plain blocks. Parsed with mdast-util-from-markdown (CommonMark); every heading,
 * paragraph, list item, blockquote line and code line becomes a block. Emphasis, links and other
 * inline markup are dropped and their text kept; raw HTML and images are dropped (never rendered).
 */
import { fromMarkdown } from 'mdast-util-from-markdown';
import type { PhrasingContent, RootContent } from 'mdast';
import type { ParsedImport } from '../../../shared/types';
import { CanonicalBuilder } from './canonical';
import { decodeText } from './decode';
import { checkNotEmpty } from './guards';
import { checkMarkdownBudget } from './markdown-budget';
import { firstBlock, makeTitle, plainImport } from './parsed';

/** The visible text of inline content; soft line breaks become spaces, hard breaks new lines. */
function inlineText(nodes: readonly PhrasingContent[]): string {
  let out = '';
  for (const node of nodes) {
    switch (node.type) {
      case 'text':
        out += node.value.replace(/[ \t]*\r?\n[ \t]*/g, ' ');
        break;
      case 'inlineCode':
        out += node.value;
        break;
      case 'break':
        out += '\n';
        break;
      case 'html':
      case 'image':
      case 'imageReference':
        break;
      default:
        if ('children' in node) out += inlineText(node.children as PhrasingContent[]);
    }
  }
  return out;
}

/** Walks block content in document order, adding blocks to `out`; records the first heading. */
function collect(nodes: readonly RootContent[], out: CanonicalBuilder, state: { heading: string | null }): void {
  for (const node of nodes) {
    switch (node.type) {
      case 'heading': {
        const text = inlineText(node.children);
        if (out.add(text) && state.heading === null) state.heading = text;
        break;
      }
      case 'paragraph':
        out.add(inlineText(node.children));
        break;
      case 'code':
        out.add(node.value);
        break;
      case 'blockquote':
      case 'list':
      case 'listItem':
        collect(node.children as RootContent[], out, state);
        break;
      default:
        // thematicBreak, html, definition …: no text of the document.
        break;
    }
  }
}

/** Reads a `.md` file. Throws `bad_file` when it is binary, has no text or is over the budget (markdown-budget.ts). */
export function parseMarkdown(name: string, bytes: Uint8Array): ParsedImport {
  const decoded = decodeText(name, bytes);
  checkNotEmpty(name, decoded.text);
  checkMarkdownBudget(name, decoded.text);
  const tree = fromMarkdown(decoded.text.replace(/^\uFEFF/, ''));
  const out = new CanonicalBuilder();
  const state = { heading: null as string | null };
  collect(tree.children, out, state);
  const text = out.text;
  checkNotEmpty(name, text);
  return plainImport('md', makeTitle(state.heading ?? firstBlock(text), name), text, decoded.warnings);
}
