/**
 * The report's stylesheet: inline (the page loads nothing), readable on screen and on paper.
 * Label colours come from the taxonomy through `safeColor`, so no label can inject CSS.
 */
import type { Label } from '../../../shared/types';
import { safeColor } from './html';

/** Colour of a claim status: underline in the text and badge in the claim list. */
export const STATUS_COLORS: Record<string, string> = {
  unverified: '#868e96',
  in_progress: '#f08c00',
  verified: '#2f9e44',
  false: '#e03131',
  misleading: '#d9480f',
  unverifiable: '#5f3dc4',
};

const BASE_CSS = `
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { font: 15px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #212529; margin: 0 auto; max-width: 58rem; padding: 2rem 1.5rem 4rem; }
h1 { font-size: 1.6rem; line-height: 1.25; margin: 0 0 .75rem; }
h2 { font-size: 1.15rem; margin: 2.25rem 0 .75rem; padding-bottom: .25rem; border-bottom: 1px solid #dee2e6; }
dl.meta { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; margin: 0; }
dl.meta dt { color: #495057; font-weight: 600; }
dl.meta dd { margin: 0; overflow-wrap: anywhere; }
.legend { display: flex; flex-wrap: wrap; gap: .4rem .9rem; font-size: .85rem; margin: .5rem 0 1rem; padding: 0; list-style: none; }
.swatch { display: inline-block; width: .9em; height: .9em; border-radius: 2px; vertical-align: -.1em; margin-right: .3em; }
.doc { border: 1px solid #dee2e6; border-radius: 6px; padding: .5rem 1.25rem; background: #fff; }
.doc p { margin: .6rem 0; white-space: pre-wrap; overflow-wrap: anywhere; }
.ent { border-radius: 2px; }
.claim { text-decoration-line: underline; text-decoration-thickness: 2px; text-underline-offset: 3px; }
.note { text-decoration-line: underline; text-decoration-style: dotted; }
.teaser { color: #868e96; text-decoration-line: line-through; text-decoration-color: #adb5bd; }
sup.ref { font-size: .7em; margin-left: 1px; }
sup.ref a { color: #495057; text-decoration: none; }
table { border-collapse: collapse; width: 100%; font-size: .92rem; }
th, td { text-align: left; vertical-align: top; padding: .35rem .6rem; border-bottom: 1px solid #e9ecef; overflow-wrap: anywhere; }
th { background: #f8f9fa; font-weight: 600; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
ol.claims, ol.teasers, ol.notes { padding-left: 1.5rem; }
ol.claims > li, ol.teasers > li, ol.notes > li { margin: 0 0 1.1rem; }
blockquote { margin: .25rem 0 .4rem; padding: .1rem 0 .1rem .8rem; border-left: 3px solid #ced4da; white-space: pre-wrap; overflow-wrap: anywhere; }
.badge { display: inline-block; padding: .05rem .5rem; border-radius: 1rem; font-size: .8rem; font-weight: 600; color: #fff; }
.muted { color: #868e96; }
.field { margin: .15rem 0; white-space: pre-wrap; overflow-wrap: anywhere; }
.field b { font-weight: 600; }
ul.sources { margin: .25rem 0; padding-left: 1.25rem; }
footer { margin-top: 3rem; font-size: .8rem; color: #868e96; }
@media print {
  body { max-width: none; padding: 0; font-size: 10.5pt; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  .doc { border: none; padding: 0; }
  h2 { break-after: avoid; page-break-after: avoid; }
  tr, ol.claims > li, ol.teasers > li, ol.notes > li { break-inside: avoid; page-break-inside: avoid; }
  a { color: inherit; }
  li a[href^="http"]::after, dd a[href^="http"]::after { content: " <" attr(href) ">"; font-size: .85em; color: #495057; overflow-wrap: anywhere; }
  sup.ref a::after { content: none; }
}
`;

/** The CSS class of a claim status (`st-verified`); an unknown status reads as unverified. */
export function statusClass(status: string): string {
  return Object.hasOwn(STATUS_COLORS, status) ? `st-${status}` : 'st-unverified';
}

/** The CSS class of an entity label: `l-<position in the taxonomy>`, or `l-other`. */
export function labelClassFor(labels: Label[]): (label: string | null) => string {
  const index = new Map(labels.map((l, i) => [l.name, i]));
  return (label) => {
    const i = label === null ? undefined : index.get(label);
    return i === undefined ? 'l-other' : `l-${i}`;
  };
}

/** The whole stylesheet, with one rule per label and per claim status. */
export function reportCss(labels: Label[]): string {
  const labelRules = labels.map((l, i) => {
    const c = safeColor(l.color);
    return `.l-${i} { background-color: ${c}40; }\n.sw-${i} { background-color: ${c}; }`;
  });
  labelRules.push(`.l-other { background-color: #868e9640; }\n.sw-other { background-color: #868e96; }`);
  const statusRules = Object.entries(STATUS_COLORS).map(
    ([status, c]) => `.claim.st-${status} { text-decoration-color: ${c}; }\n.badge.st-${status} { background-color: ${c}; }`,
  );
  return `${BASE_CSS}${labelRules.join('\n')}\n${statusRules.join('\n')}\n`;
}
