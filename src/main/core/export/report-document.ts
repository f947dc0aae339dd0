/**
 * The report's document view: the canonical text, one `<p>` per block, with every annotation shown.
 *
 * Overlaps are normal (an entity inside a claim inside a teaser), so the text is cut into segments at
 * every annotation boundary and every line break; each segment is wrapped in one nested span per kind
 * that covers it — teaser (struck through, grey), claim (underlined in its status colour), note
 * (dotted underline), entity (background in its label colour; the shortest entity wins when entities
 * overlap, all are named in the tooltip). A numbered marker after each claim and note links to its
 * entry in the report. All text is escaped.
 */
import type { Annotation, ClaimStatus } from '../../../shared/types';
import { escapeHtml } from './html';
import { statusClass } from './report-css';

/** What the document view needs to know besides the text and the annotations. */
export interface DocumentViewOptions {
  /** CSS class for an entity label (colour). */
  labelClass: (label: string | null) => string;
  /** Claim annotation id → its status. */
  claimStatus: Map<string, ClaimStatus>;
  /** Claim and note annotation id → the anchor and number of its entry ("claim-3", 3). */
  references: Map<string, { anchor: string; number: number; prefix: string }>;
}

/** The highlighted document as HTML `<p>` elements. `placed` must have checked ranges. */
export function renderDocument(text: string, placed: Annotation[], options: DocumentViewOptions): string {
  const spans = placed.filter((a) => a.end > a.start);
  const points = new Set<number>([0, text.length]);
  for (const a of spans) {
    points.add(a.start);
    points.add(a.end);
  }
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) {
    points.add(i);
    points.add(i + 1);
  }
  const sorted = [...points].sort((a, b) => a - b);
  const startsAt = groupBy(spans, (a) => a.start);
  const endsAt = groupBy(spans, (a) => a.end);

  const active = new Set<Annotation>();
  const paragraphs: string[] = [];
  let paragraph = '';
  for (let i = 0; i < sorted.length; i++) {
    const point = sorted[i];
    for (const a of endsAt.get(point) ?? []) {
      active.delete(a);
      const ref = options.references.get(a.id);
      if (ref) paragraph += `<sup class="ref"><a href="#${ref.anchor}">${ref.prefix}${ref.number}</a></sup>`;
    }
    for (const a of startsAt.get(point) ?? []) active.add(a);
    const next = sorted[i + 1];
    if (next === undefined) break;
    if (text[point] === '\n' && next === point + 1) {
      paragraphs.push(paragraph);
      paragraph = '';
      continue;
    }
    paragraph += segment(text.slice(point, next), active, options);
  }
  paragraphs.push(paragraph);
  return paragraphs.map((p) => `<p>${p === '' ? '&#8203;' : p}</p>`).join('\n');
}

/** One piece of text inside the spans of the annotations that cover it. */
function segment(piece: string, active: Set<Annotation>, options: DocumentViewOptions): string {
  let teaser: Annotation | null = null;
  let claim: Annotation | null = null;
  let note: Annotation | null = null;
  const entities: Annotation[] = [];
  for (const a of active) {
    if (a.kind === 'teaser') teaser ??= a;
    else if (a.kind === 'claim') claim = !claim || a.end - a.start < claim.end - claim.start ? a : claim;
    else if (a.kind === 'note') note ??= a;
    else entities.push(a);
  }
  let html = escapeHtml(piece);
  if (entities.length > 0) {
    entities.sort((a, b) => a.end - a.start - (b.end - b.start) || a.start - b.start);
    const title = entities.map((e) => (e.attrs.canonical ? `${e.label ?? 'Entity'}: ${e.attrs.canonical}` : (e.label ?? 'Entity'))).join(' · ');
    html = `<span class="ent ${options.labelClass(entities[0].label)}" title="${escapeHtml(title)}">${html}</span>`;
  }
  if (note) html = `<span class="note" title="${escapeHtml(note.attrs.note ?? 'Note')}">${html}</span>`;
  if (claim) {
    const status = options.claimStatus.get(claim.id) ?? 'unverified';
    html = `<span class="claim ${statusClass(status)}" title="Claim: ${escapeHtml(status.replace('_', ' '))}">${html}</span>`;
  }
  if (teaser) html = `<span class="teaser" title="Teaser (removed from the cleaned text)">${html}</span>`;
  return html;
}

function groupBy<T>(items: T[], key: (item: T) => number): Map<number, T[]> {
  const map = new Map<number, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = map.get(k);
    if (list) list.push(item);
    else map.set(k, [item]);
  }
  return map;
}
