/**
 * Storing and accepting suggestions, over the store (either database): suggested spans become
 * pending annotations (pending.ts) without duplicates or rejected spans coming back, and an
 * `annotations:update` across the pending line names the accepting reviewer and gives or takes back a
 * claim's verification row. Undo goes through the same operations, so both directions are handled here.
 * Call these inside the caller's `store.write`.
 */
import type { Annotation, AnnotationAttrs, Label } from '../../../shared/types';
import { quoteSelector } from '../anchoring';
import { newId } from '../db/sql';
import type { StoreTx } from '../store/types';
import { isPending, pendingAttrs } from './pending';
import { EXTRACTOR_REASON } from '../db/migration-006-suggestions';
import type { SuggestedSpan, SuggestionKind } from './types';

/** The identity of a span in a document: kind, label and range. */
function spanKey(kind: string, label: string | null, start: number, end: number): string {
  return `${kind}\u0000${label ?? ''}\u0000${start}\u0000${end}`;
}

/** `outer` holds the whole of `inner`. */
function covers(outer: { start: number; end: number }, inner: { start: number; end: number }): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

/** Folds ASCII letters only, as the labels table's `COLLATE NOCASE` compares names. */
function labelKey(name: string): string {
  return name.replace(/[A-Z]/g, (c) => c.toLowerCase());
}

/** The taxonomy's spelling of a label name, matched as the labels table matches names. */
export function labelSpellings(labels: readonly Label[]): (name: string) => string | null {
  const byKey = new Map(labels.map((label) => [labelKey(label.name), label.name]));
  return (name) => byKey.get(labelKey(name)) ?? null;
}

/** What storing a document's suggestions did. */
export interface StoredSuggestions {
  added: Annotation[];
  /** Spans left out: already annotated, rejected before, or with a label the taxonomy no longer has. */
  skipped: number;
}

/**
 * Stores `spans` as pending annotations of `documentId` whose text is `text` and whose annotations
 * are `existing`, inside the caller's transaction. Never duplicates an annotation of the same kind, label and range (pending or not), never
 * offers an entity on words already tagged as one (under any label), never offers a claim or an entity
 * inside teaser content nor a teaser inside one already there, and never brings back a rejected one
 * (nor a teaser line inside a rejected teaser block).
 */
export async function storeSuggestions(
  tx: StoreTx,
  documentId: string,
  text: string,
  existing: readonly Annotation[],
  spans: readonly SuggestedSpan[],
  actor: string,
  at: string,
  /** Attributes to add to a span's annotation (the claim it repeats, see run.ts). */
  extra: (span: SuggestedSpan) => AnnotationAttrs = () => ({}),
): Promise<StoredSuggestions> {
  const taken = new Set(existing.map((a) => spanKey(a.kind, a.label, a.start, a.end)));
  // Words already tagged as an entity, under whatever label: the editor's label (a suggestion accepted
  // with another label key, a manual tag) is the answer for them, so the suggester's own is not offered on top.
  const entityRanges = new Set(existing.filter((a) => a.kind === 'entity').map((a) => spanKey('entity', null, a.start, a.end)));
  const rejectedSpans = await tx.suggestions.rejectedSpans(documentId);
  const rejected = new Set(rejectedSpans.map((r) => spanKey(r.kind, r.label, r.start, r.end)));
  // The same words rejected where they stood before a text correction moved them (rejections keep their offsets).
  const wordsKey = (kind: string, label: string | null, quote: string) => `${kind}\u0000${label ?? ''}\u0000${quote}`;
  const rejectedWords = new Set(rejectedSpans.map((r) => wordsKey(r.kind, r.label, r.quote)));
  // A teaser block the editor rejected (an HTML import's left-over block) is an answer for the lines in it too.
  const rejectedTeasers = rejectedSpans.filter((r) => r.kind === 'teaser');
  const spelling = labelSpellings(await tx.labels.listLabels());
  // Teaser content is other pages' words (a related story's headline and lead): a claim or a name in
  // it is not this document's to verify or tag, and accepting the teasers would leave them behind.
  const flagged = existing.filter((a) => a.kind === 'teaser');
  const teasers = [...flagged, ...spans.filter((s) => s.kind === 'teaser' && !rejected.has(spanKey('teaser', null, s.start, s.end)))];
  const inTeaser = (span: SuggestedSpan) => span.kind !== 'teaser' && teasers.some((t) => covers(t, span));
  // A teaser line inside a block already flagged (an HTML import's left-over block, a flagged
  // paragraph) or rejected would be the same words offered twice.
  const answeredBlocks = [...flagged, ...rejectedTeasers];
  const insideFlagged = (span: SuggestedSpan) => span.kind === 'teaser' && answeredBlocks.some((t) => covers(t, span));
  const added: Annotation[] = [];
  let skipped = 0;
  for (const span of spans) {
    const label = span.kind === 'entity' ? (span.label ? spelling(span.label) : null) : null;
    const key = spanKey(span.kind, label, span.start, span.end);
    const valid = Number.isInteger(span.start) && Number.isInteger(span.end) && span.start >= 0 && span.end > span.start && span.end <= text.length;
    const entityTaken = span.kind === 'entity' && entityRanges.has(spanKey('entity', null, span.start, span.end));
    const rejectedHere = rejected.has(key) || (valid && rejectedWords.has(wordsKey(span.kind, label, text.slice(span.start, span.end))));
    if (!valid || (span.kind === 'entity' && !label) || taken.has(key) || entityTaken || rejectedHere || inTeaser(span) || insideFlagged(span)) {
      skipped++;
      continue;
    }
    taken.add(key);
    if (span.kind === 'entity') entityRanges.add(spanKey('entity', null, span.start, span.end));
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
    added.push(annotation);
  }
  // One batch (one statement on a team library) for a document's few hundred suggestions.
  await tx.annotations.insertAnnotations(added);
  return { added, skipped };
}

/**
 * Withdraws what a new run no longer proposes: the pending suggestions of each kind in `ran` (the
 * kinds that ran to the end) whose span is not among `spans`, and pending claims, entities and
 * teaser lines inside teaser content. So suggesting again after switching from the broad claim setting to the precise one,
 * or after the library learnt a rejection, leaves only what the suggesters propose now. Never
 * touches accepted or rejected work, nor an HTML import's teaser candidates (no suggester re-proposes
 * what the article extractor left out), nor one made or changed since `since` (the run's start: an
 * undone rejection brought it back while the suggesters ran). `existing` is the document's
 * annotations. Answers the withdrawn annotations' ids.
 */
export async function withdrawSuggestions(
  tx: StoreTx,
  existing: readonly Annotation[],
  ran: readonly SuggestionKind[],
  spans: readonly SuggestedSpan[],
  since: string,
): Promise<string[]> {
  if (ran.length === 0) return [];
  const proposed = new Set(spans.map((s) => spanKey(s.kind, s.kind === 'entity' && s.label ? labelKey(s.label) : null, s.start, s.end)));
  const teasers = existing.filter((a) => a.kind === 'teaser');
  // Inside teaser content: a claim or an entity there, or a teaser line inside a larger flagged block.
  const inTeaser = (a: Annotation) => teasers.some((t) => t.id !== a.id && covers(t, a) && (a.kind !== 'teaser' || t.end - t.start > a.end - a.start));
  const stale = existing.filter(
    (a) =>
      a.origin === 'suggested' &&
      isPending(a) &&
      a.updatedAt <= since &&
      ran.includes(a.kind as SuggestionKind) &&
      !(a.attrs.reasons as unknown[] | undefined)?.includes(EXTRACTOR_REASON) &&
      (!proposed.has(spanKey(a.kind, a.label ? labelKey(a.label) : null, a.start, a.end)) || inTeaser(a)),
  );
  const ids = stale.map((a) => a.id);
  if (ids.length) await tx.annotations.deleteAnnotations(ids);
  return ids;
}

/**
 * Follows an update across the pending line: accepting names the accepting reviewer as the creator
 * and gives a claim its verification row (unverified, made by `makeClaim`); taking an acceptance back
 * (undo) removes that row again when no work was done on it. Answers the audit action the update
 * should be logged as.
 */
export async function followAcceptance(
  tx: StoreTx,
  before: Annotation,
  after: Annotation,
  actor: string,
  makeClaim: () => Promise<void>,
): Promise<'suggestion.accepted' | 'suggestion.unaccepted' | null> {
  const was = isPending(before);
  const now = isPending(after);
  if (was && !now) {
    await tx.suggestions.setAnnotationCreator(after.id, actor);
    after.createdBy = actor;
    if (after.kind === 'claim' && !(await tx.claims.getClaim(after.id))) await makeClaim();
    return 'suggestion.accepted';
  }
  if (!was && now) {
    const claim = await tx.claims.getClaim(after.id);
    if (claim && claim.status === 'unverified' && !claim.verdict.trim() && (await tx.claims.listSources(after.id)).length === 0) {
      await tx.claims.deleteClaim(after.id);
    }
    return 'suggestion.unaccepted';
  }
  return null;
}
