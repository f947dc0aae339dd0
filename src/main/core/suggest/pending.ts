/**
 * The pending state of a suggestion, in its attributes (issue 8): `attrs.pending` plus the reasons
 * that fired and a score. Pure functions over attributes, shared by storing, accepting, importing and
 * restoring suggestions; the SQL lives in suggest/store.ts.
 */
import type { Annotation, AnnotationAttrs } from '../../../shared/types';
import { EXTRACTOR_REASON } from '../db/migration-006-suggestions';
import type { SuggestedSpan } from './types';

/** True for a suggestion nobody has accepted or rejected yet. */
export function isPending(a: Pick<Annotation, 'attrs'>): boolean {
  return a.attrs?.pending === true;
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

/**
 * An HTML teaser candidate (what the article extractor left out, `attrs.candidate`) as the pending
 * suggestion every other suggester makes: one model, one triage flow. Other attributes pass unchanged.
 */
export function candidateAsSuggestion(attrs: AnnotationAttrs): AnnotationAttrs {
  if (attrs.candidate !== true) return attrs;
  const { candidate: _candidate, ...rest } = attrs;
  return { ...rest, pending: true, reasons: rest.reasons ?? [EXTRACTOR_REASON] };
}

