/**
 * Suggestions as stored (issue 8): an ordinary annotation with `origin: "suggested"` and
 * `attrs.pending` (plus the reasons that fired and a score). Accepting one (an `annotations:update`
 * that drops `pending`) makes it a normal annotation named after the accepting reviewer, with its
 * claim row when it is a claim; rejecting one (an `annotations:delete` of a pending annotation)
 * records in `suggestion_rejections` that this document must not get it again. Undo goes through the
 * same operations (update back to pending, `annotations:restore`), so both directions are handled here.
 */
import type Database from 'better-sqlite3';
import type { Annotation, AnnotationAttrs } from '../../../shared/types';
import { quoteSelector } from '../anchoring';
import { newId, stmt } from '../db/sql';
import { insertAnnotation, listAnnotations } from '../repos/annotations';
import { deleteClaim, getClaim, listSources, saveClaim } from '../repos/claims';
import { findLabelByName } from '../repos/labels';
import { EXTRACTOR_REASON } from '../db/migration-006-suggestions';
import type { SuggestedSpan } from './types';

/** True for a suggestion nobody has accepted or rejected yet. */
export function isPending(a: Pick<Annotation, 'attrs'>): boolean {
  return a.attrs?.pending === true;
}

/** The identity of a span in a document: kind, label and range. */
function spanKey(kind: string, label: string | null, start: number, end: number): string {
  return `${kind}\u0000${label ?? ''}\u0000${start}\u0000${end}`;
}

/** The attributes a pending annotation carries for a suggested span. */
export function pendingAttrs(span: SuggestedSpan): AnnotationAttrs {
  const attrs: AnnotationAttrs = { pending: true, reasons: span.reasons.slice(0, 20).map((r) => r.slice(0, 300)), score: clampScore(span.score) };
  if (span.kind === 'teaser') attrs.reason = span.teaserReason ?? 'other';
  if (span.kind === 'entity' && span.canonical) attrs.canonical = span.canonical.slice(0, 500);
  return attrs;
}

function clampScore(score: number): number {
  return Number.isFinite(score) ? Math.min(1, Math.max(0, Math.round(score * 1000) / 1000)) : 0;
}

/** The keys of the spans rejected in one document. */
function rejectedKeys(db: Database.Database, documentId: string): Set<string> {
  const rows = stmt<[string], { kind: string; label: string; start_offset: number; end_offset: number }>(
    db,
    'SELECT kind, label, start_offset, end_offset FROM suggestion_rejections WHERE document_id = ?',
  ).all(documentId);
  return new Set(rows.map((r) => spanKey(r.kind, r.label || null, r.start_offset, r.end_offset)));
}

/** What storing a document's suggestions did. */
export interface StoredSuggestions {
  added: Annotation[];
  /** Spans left out: already annotated, rejected before, or with a label the taxonomy no longer has. */
  skipped: number;
}

/**
 * Stores `spans` as pending annotations of `documentId` whose text is `text`, inside the caller's
 * transaction. Never duplicates an annotation of the same kind, label and range (pending or not) and
 * never brings back a rejected one.
 */
export function storeSuggestions(
  db: Database.Database,
  documentId: string,
  text: string,
  spans: readonly SuggestedSpan[],
  actor: string,
  at: string,
  /** Attributes to add to a span's annotation (the claim it repeats, see run.ts). */
  extra: (span: SuggestedSpan) => AnnotationAttrs = () => ({}),
): StoredSuggestions {
  const taken = new Set(listAnnotations(db, documentId).map((a) => spanKey(a.kind, a.label, a.start, a.end)));
  const rejected = rejectedKeys(db, documentId);
  const added: Annotation[] = [];
  let skipped = 0;
  for (const span of spans) {
    const label = span.kind === 'entity' ? (span.label ? findLabelByName(db, span.label)?.name ?? null : null) : null;
    const key = spanKey(span.kind, label, span.start, span.end);
    const valid = Number.isInteger(span.start) && Number.isInteger(span.end) && span.start >= 0 && span.end > span.start && span.end <= text.length;
    if (!valid || (span.kind === 'entity' && !label) || taken.has(key) || rejected.has(key)) {
      skipped++;
      continue;
    }
    taken.add(key);
    const annotation: Annotation = {
      id: newId(),
      documentId,
      kind: span.kind,
      label,
      start: span.start,
      end: span.end,
      ...quoteSelector(text, span.start, span.end),
      attrs: { ...pendingAttrs(span), ...extra(span) },
      origin: 'suggested',
      orphaned: false,
      createdBy: actor,
      createdAt: at,
      updatedAt: at,
    };
    insertAnnotation(db, annotation);
    added.push(annotation);
  }
  return { added, skipped };
}

/** Remembers that `annotation` (a pending suggestion being deleted) was rejected for its document. */
export function recordRejection(db: Database.Database, annotation: Annotation, at: string): void {
  stmt(
    db,
    `INSERT OR IGNORE INTO suggestion_rejections (document_id, kind, label, start_offset, end_offset, quote, rejected_at)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  ).run(annotation.documentId, annotation.kind, annotation.label ?? '', annotation.start, annotation.end, annotation.quote, at);
}

/** Forgets a rejection again (the rejection was undone: the suggestion is restored). */
export function forgetRejection(db: Database.Database, annotation: Annotation): void {
  stmt(
    db,
    'DELETE FROM suggestion_rejections WHERE document_id = ? AND kind = ? AND label = ? AND start_offset = ? AND end_offset = ?',
  ).run(annotation.documentId, annotation.kind, annotation.label ?? '', annotation.start, annotation.end);
}

/**
 * Follows an update across the pending line: accepting names the accepting reviewer as the creator
 * and gives a claim its verification row (unverified); taking an acceptance back (undo) removes that
 * row again when no work was done on it. Answers the audit action the update should be logged as.
 */
export function followAcceptance(
  db: Database.Database,
  before: Annotation,
  after: Annotation,
  actor: string,
  makeClaim: () => void,
): 'suggestion.accepted' | 'suggestion.unaccepted' | null {
  const was = isPending(before);
  const now = isPending(after);
  if (was && !now) {
    stmt(db, 'UPDATE annotations SET created_by = ? WHERE id = ?').run(actor, after.id);
    after.createdBy = actor;
    if (after.kind === 'claim' && !getClaim(db, after.id)) makeClaim();
    return 'suggestion.accepted';
  }
  if (!was && now) {
    const claim = getClaim(db, after.id);
    if (claim && claim.status === 'unverified' && !claim.verdict.trim() && listSources(db, after.id).length === 0) deleteClaim(db, after.id);
    return 'suggestion.unaccepted';
  }
  return null;
}

/** How many suggestions are pending in a document, by kind. */
export function countPending(db: Database.Database, documentId: string): Record<'teaser' | 'claim' | 'entity', number> {
  const rows = stmt<[string], { kind: string; n: number }>(
    db,
    "SELECT kind, COUNT(*) AS n FROM annotations WHERE document_id = ? AND json_extract(attrs, '$.pending') = 1 GROUP BY kind",
  ).all(documentId);
  const counts = { teaser: 0, claim: 0, entity: 0 };
  for (const row of rows) if (row.kind in counts) counts[row.kind as keyof typeof counts] = row.n;
  return counts;
}

/**
 * An HTML teaser candidate (what the article extractor left out, `attrs.candidate`) as the pending
 * suggestion every other suggester makes: one model, one triage flow. Other attributes pass unchanged.
 */
export function candidateAsSuggestion(attrs: AnnotationAttrs): AnnotationAttrs {
  if (attrs.candidate !== true) return attrs;
  const { candidate: _candidate, ...rest } = attrs;
  return { ...rest, pending: true, reasons: rest.reasons ?? [EXTRACTOR_REASON] };
}

/** `attrs` without the pending state (what accepting writes). */
export function acceptedAttrs(attrs: AnnotationAttrs): AnnotationAttrs {
  const { pending: _pending, candidate: _candidate, ...rest } = attrs;
  return rest;
}
