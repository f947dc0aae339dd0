/**
 * `annotations:restore`: puts annotations back exactly as they were (the undo of a delete), with
 * their claims and sources. The contract only promises objects, so each one is checked here and a
 * malformed one is refused by name. If the text has changed since, an annotation whose quote is no
 * longer at its position is re-anchored by quote, or kept as orphaned.
 */
import { z } from 'zod';
import { annotationAttrs } from '../../../shared/api';
import { ApiError } from '../../../shared/result';
import { ANNOTATION_KINDS, ANNOTATION_ORIGINS, CLAIM_STATUSES, type Annotation, type Claim, type ClaimSource } from '../../../shared/types';
import { reanchor } from '../anchoring';
import { inTransaction, nowIso } from '../db/sql';
import { annotationExists, insertAnnotation } from '../repos/annotations';
import { getClaim, insertSource, saveClaim, sourceExists } from '../repos/claims';
import { requireDocument } from '../repos/documents';
import { ensureLabel } from './annotation-rules';
import { describeAnnotation, newClaim } from './annotations';
import { audit, touch, type CoreContext, type HandlerFamily } from './context';

const offset = z.number().int().min(0);
const timestamp = z.string().min(1).max(100);

const annotationShape = z.object({
  id: z.string().min(1).max(200),
  documentId: z.string().min(1).max(200),
  kind: z.enum(ANNOTATION_KINDS),
  label: z.string().min(1).max(60).nullable(),
  start: offset,
  end: offset,
  quote: z.string(),
  prefix: z.string(),
  suffix: z.string(),
  attrs: annotationAttrs,
  origin: z.enum(ANNOTATION_ORIGINS),
  orphaned: z.boolean(),
  createdBy: z.string().max(200),
  createdAt: timestamp,
  updatedAt: timestamp,
});

const claimShape = z.object({
  annotationId: z.string().min(1).max(200),
  status: z.enum(CLAIM_STATUSES),
  verdict: z.string(),
  assignee: z.string().nullable(),
  checklist: z.record(z.string(), z.boolean()),
  updatedAt: timestamp,
});

const sourceShape = z.object({
  id: z.string().min(1).max(200),
  annotationId: z.string().min(1).max(200),
  url: z.string().max(4000),
  title: z.string(),
  quote: z.string(),
  note: z.string(),
  consultedAt: z.string().nullable(),
  createdAt: timestamp,
});

function parse<T>(schema: z.ZodType<T>, value: unknown, what: string): T {
  const result = schema.safeParse(value);
  if (!result.success) {
    const issue = result.error.issues[0];
    const where = issue?.path.length ? ` (${issue.path.join('.')})` : '';
    throw new ApiError('invalid_input', `${what} cannot be restored: ${issue?.message ?? 'wrong shape'}${where}.`);
  }
  return result.data;
}

/** The handler of `annotations:restore`. */
export function restoreHandlers({ db }: CoreContext): HandlerFamily<'annotations:restore'> {
  return {
    'annotations:restore': (input) =>
      inTransaction(db, () => {
        const doc = requireDocument(db, input.documentId);
        const at = nowIso();
        const annotations = input.annotations.map((a, i) => parse<Annotation>(annotationShape, a, `Annotation ${i + 1}`));
        const claims = input.claims.map((c, i) => parse<Claim>(claimShape, c, `Claim ${i + 1}`));
        const sources = input.sources.map((s, i) => parse<ClaimSource>(sourceShape, s, `Source ${i + 1}`));
        const restoredClaims = new Set<string>();

        for (const original of annotations) {
          if (original.documentId !== doc.id) {
            throw new ApiError('invalid_input', `Annotation ${original.id} belongs to another document and cannot be restored here.`);
          }
          if (annotationExists(db, original.id)) {
            throw new ApiError('conflict', `Annotation ${original.id} already exists; it may have been restored already.`);
          }
          const annotation = { ...original, label: original.kind === 'entity' && original.label ? ensureLabel(db, original.label).name : original.label };
          placeInText(annotation, doc.text);
          insertAnnotation(db, annotation);
          audit(db, { action: 'annotation.restored', documentId: doc.id, annotationId: annotation.id, data: describeAnnotation(annotation) }, at);
        }
        const kinds = new Map(annotations.map((a) => [a.id, a.kind]));
        for (const claim of claims) {
          if (kinds.get(claim.annotationId) !== 'claim') {
            throw new ApiError('invalid_input', `The claim for ${claim.annotationId} has no claim annotation among those being restored.`);
          }
          saveClaim(db, claim);
          restoredClaims.add(claim.annotationId);
        }
        for (const annotation of annotations) {
          if (annotation.kind === 'claim' && !restoredClaims.has(annotation.id)) saveClaim(db, newClaim(annotation.id, at));
        }
        for (const source of sources) {
          if (!kinds.has(source.annotationId) || !getClaim(db, source.annotationId)) {
            throw new ApiError('invalid_input', `Source ${source.id} belongs to a claim that is not being restored.`);
          }
          if (sourceExists(db, source.id)) throw new ApiError('conflict', `Source ${source.id} already exists.`);
          insertSource(db, source);
        }
        touch(db, [doc.id], at);
        return { restored: annotations.length };
      }),
  };
}

/** Keeps the annotation where its quote is; moves it if the text changed; else marks it orphaned. */
function placeInText(annotation: Annotation, text: string): void {
  const place = annotation.orphaned ? null : reanchor(text, annotation);
  if (place) {
    annotation.start = place.start;
    annotation.end = place.end;
    return;
  }
  annotation.orphaned = true;
  annotation.start = Math.min(annotation.start, text.length);
  annotation.end = Math.min(Math.max(annotation.end, annotation.start), text.length);
}
