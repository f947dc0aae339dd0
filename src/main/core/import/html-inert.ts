/**
 * Markup that never becomes text, removed before jsdom builds the page: comments and the content of
 * style sheets. jsdom would otherwise make a node of every comment and parse every style sheet with
 * its CSS parser — 500,000 comments or 5 MB of inline CSS keep it busy for over 10 s — only for the
 * extractor to skip them (dom-blocks.ts reads text nodes; "hidden" is judged by attributes alone).
 */

/** A complete comment, or a `<style>` element's content (the tags stay, so the element stays). */
const INERT = /<!--[\s\S]*?-->|(<style\b[^>]*>)[\s\S]*?(<\/style\s*>)/gi;

/** The page without comments and with empty style sheets; everything else as it was. */
export function withoutInertMarkup(html: string): string {
  return html.replace(INERT, (_match, open?: string, close?: string) => (open ? `${open}${close}` : ''));
}
