/**
 * The report's lists: entities (a table), claims, teasers removed, notes. Each returns an HTML
 * fragment with every piece of document text escaped.
 */
import { verdictAuthor } from '../../../shared/verdict-author';
import type { Annotation, Claim, ClaimSource, Label } from '../../../shared/types';
import { CLAIM_STATUS_WORDS, TEASER_REASON_WORDS } from '../../../shared/vocabulary';
import { readableDate } from './dates';
import { escapeHtml, link } from './html';
import { statusClass } from './report-css';

/** The quoted text of an annotation: its current text, or the stored quote when orphaned. */
export function quoteOf(annotation: Annotation, text: string): string {
  return annotation.orphaned ? annotation.quote : text.slice(annotation.start, annotation.end);
}

function orphanedNote(annotation: Annotation): string {
  return annotation.orphaned ? ' <span class="muted">(its text was deleted from the document)</span>' : '';
}

/** One row of the entity table. */
interface EntityRow {
  label: string;
  text: string;
  canonical: string;
  count: number;
}

/** The entity table: one row per label, text and canonical name, with how often it occurs. */
export function entityTable(entities: Annotation[], text: string, labels: Label[], labelClass: (label: string | null) => string): string {
  if (entities.length === 0) return '<p class="muted">No entities were tagged.</p>';
  const rows = new Map<string, EntityRow>();
  for (const e of entities) {
    const row: EntityRow = { label: e.label ?? 'Entity', text: quoteOf(e, text).replace(/\s+/gu, ' ').trim(), canonical: e.attrs.canonical?.trim() ?? '', count: 1 };
    const key = JSON.stringify([row.label, row.text, row.canonical]);
    const existing = rows.get(key);
    if (existing) existing.count++;
    else rows.set(key, row);
  }
  const order = new Map(labels.map((l, i) => [l.name, i]));
  const sorted = [...rows.values()].sort(
    (a, b) =>
      (order.get(a.label) ?? labels.length) - (order.get(b.label) ?? labels.length) ||
      a.label.localeCompare(b.label) ||
      b.count - a.count ||
      a.text.localeCompare(b.text),
  );
  const body = sorted
    .map(
      (r) =>
        `<tr><td><span class="swatch sw-${labelClass(r.label).slice(2)}"></span>${escapeHtml(r.label)}</td><td>${escapeHtml(r.text)}</td><td>${r.canonical ? escapeHtml(r.canonical) : '<span class="muted">—</span>'}</td><td class="num">${r.count}</td></tr>`,
    )
    .join('\n');
  return `<table>\n<thead><tr><th>Label</th><th>Text</th><th>Canonical name</th><th class="num">Count</th></tr></thead>\n<tbody>\n${body}\n</tbody>\n</table>`;
}

function sourceItem(source: ClaimSource): string {
  const parts = [link(source.url, source.title)];
  if (source.quote.trim()) parts.push(`<blockquote>${escapeHtml(source.quote.trim())}</blockquote>`);
  if (source.note.trim()) parts.push(`<div class="field">${escapeHtml(source.note.trim())}</div>`);
  if (source.consultedAt) parts.push(`<div class="muted">Consulted on ${escapeHtml(readableDate(source.consultedAt))}</div>`);
  return `<li>${parts.join('')}</li>`;
}

/** Every claim with its status, verdict, assignee and sources; `anchor(i)` names the entry the document links to. */
export function claimList(
  claims: Annotation[],
  text: string,
  rows: Map<string, Claim>,
  sources: Map<string, ClaimSource[]>,
  anchor: (annotation: Annotation) => string,
): string {
  if (claims.length === 0) return '<p class="muted">No claims were marked.</p>';
  const items = claims.map((annotation) => {
    const claim = rows.get(annotation.id);
    const status = claim?.status ?? 'unverified';
    const parts = [
      `<span class="badge ${statusClass(status)}">${escapeHtml(CLAIM_STATUS_WORDS[status] ?? status)}</span>${orphanedNote(annotation)}`,
      `<blockquote>${escapeHtml(quoteOf(annotation, text))}</blockquote>`,
    ];
    if (claim?.verdict.trim()) parts.push(`<div class="field"><b>Verdict:</b> ${escapeHtml(claim.verdict.trim())}</div>`);
    const author = verdictAuthor(claim);
    if (author && status !== 'unverified') parts.push(`<div class="field"><b>Verdict by:</b> ${escapeHtml(author)}</div>`);
    if (claim?.assignee?.trim()) parts.push(`<div class="field"><b>Assigned to:</b> ${escapeHtml(claim.assignee.trim())}</div>`);
    if (annotation.attrs.note?.trim()) parts.push(`<div class="field"><b>Note:</b> ${escapeHtml(annotation.attrs.note.trim())}</div>`);
    const list = sources.get(annotation.id) ?? [];
    parts.push(
      list.length > 0
        ? `<div class="field"><b>Sources:</b></div><ul class="sources">${list.map(sourceItem).join('')}</ul>`
        : '<div class="field muted">No sources recorded.</div>',
    );
    return `<li id="${anchor(annotation)}">${parts.join('\n')}</li>`;
  });
  return `<ol class="claims">\n${items.join('\n')}\n</ol>`;
}

/**
 * The teasers removed from the cleaned text, with their reasons. Every one is a flagged teaser:
 * suggestions not yet accepted never reach an export (export/index.ts), and an HTML import's
 * candidates are stored as such suggestions (older libraries' by migration 006), so a teaser that
 * still says `candidate: true` was written so by an API client and is exported, here as in every
 * other format, as the teaser it is.
 */
export function teaserList(teasers: Annotation[], text: string): string {
  if (teasers.length === 0) return '<p class="muted">No teaser content was flagged.</p>';
  const items = teasers.map((t) => {
    const reason = TEASER_REASON_WORDS[t.attrs.reason ?? 'other'] ?? TEASER_REASON_WORDS.other;
    const note = t.attrs.note?.trim() ? `<div class="field"><b>Note:</b> ${escapeHtml(t.attrs.note.trim())}</div>` : '';
    return `<li><b>${escapeHtml(reason)}</b>${orphanedNote(t)}<blockquote>${escapeHtml(quoteOf(t, text))}</blockquote>${note}</li>`;
  });
  return `<ol class="teasers">\n${items.join('\n')}\n</ol>`;
}

/** The editor's notes (note annotations), with the passage each is about. */
export function noteList(notes: Annotation[], text: string, anchor: (annotation: Annotation) => string): string {
  if (notes.length === 0) return '';
  const items = notes.map(
    (n) =>
      `<li id="${anchor(n)}"><blockquote>${escapeHtml(quoteOf(n, text))}</blockquote><div class="field">${escapeHtml(n.attrs.note?.trim() || '(empty note)')}</div>${orphanedNote(n)}</li>`,
  );
  return `<ol class="notes">\n${items.join('\n')}\n</ol>`;
}
