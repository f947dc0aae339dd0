/**
 * The one definition of an annotation (and of its claim and sources) as data crossing a boundary.
 * `api.ts` builds its inputs from these fields, `annotations:restore` checks what the renderer hands
 * back with {@link annotationRecord}, and the Copydesk JSON importer reads files with a pick of the
 * same record — so a field means and allows the same everywhere.
 *
 * Attributes are strict on the way in through the API ({@link annotationAttrs}: an unknown key is an
 * error the caller must fix), but lenient where the data was made elsewhere or earlier (a file, an
 * undo): {@link cleanAttrs} keeps what the API would accept and names what it dropped.
 */
import { z } from 'zod';
import { ANNOTATION_KINDS, ANNOTATION_ORIGINS, CLAIM_STATUSES, TEASER_REASONS, type AnnotationAttrs } from './types';
import { isHttpUrl } from './urls';
import { MAX_LABEL_LENGTH } from './limits';

/** An identifier (annotation, document, source, label). */
export const idField = z.string().min(1).max(200);
/** A UTF-16 offset into a document's canonical text. */
export const offsetField = z.number().int().min(0);
/** A label name as a person types it (trimmed, 1–60 characters). */
export const labelNameField = z.string().trim().min(1).max(MAX_LABEL_LENGTH);
/** A label name as stored on an annotation (null for kinds other than entity). */
export const storedLabelField = z.string().min(1).max(MAX_LABEL_LENGTH).nullable();
/** A timestamp as stored (ISO 8601, not re-checked). */
const timestampField = z.string().min(1).max(100);

/** http(s) URLs only: sources open in the system browser, nothing else is ever opened. */
export const httpUrl = z.string().trim().max(4000).refine(isHttpUrl, 'a web address starting with http:// or https://');

/** Each attribute an annotation may carry, and what it allows. */
const ATTR_FIELDS = {
  canonical: z.string().max(500).optional(),
  reason: z.enum(TEASER_REASONS).optional(),
  note: z.string().max(20000).optional(),
  candidate: z.boolean().optional(),
  pending: z.boolean().optional(),
  reasons: z.array(z.string().max(300)).max(20).optional(),
  score: z.number().min(0).max(1).optional(),
  checkedBefore: z.string().min(1).max(200).optional(),
} as const;

/** Attributes as the API takes them: only known keys with valid values. */
export const annotationAttrs = z.object(ATTR_FIELDS).strict();

/** Attributes as a file or an undo carries them: any object, cleaned with {@link cleanAttrs}. */
export const looseAttrs = z.record(z.string(), z.unknown());

/**
 * The attributes of `raw` that {@link annotationAttrs} accepts, and the keys dropped (unknown keys
 * and keys whose value is not valid, e.g. an unknown teaser reason).
 */
export function cleanAttrs(raw: Record<string, unknown>): { attrs: AnnotationAttrs; dropped: string[] } {
  const attrs: Record<string, unknown> = {};
  const dropped: string[] = [];
  for (const [key, value] of Object.entries(raw)) {
    if (value === undefined) continue;
    const field = Object.prototype.hasOwnProperty.call(ATTR_FIELDS, key) ? ATTR_FIELDS[key as keyof typeof ATTR_FIELDS] : undefined;
    const parsed = field?.safeParse(value);
    if (parsed?.success) attrs[key] = parsed.data;
    else dropped.push(key);
  }
  return { attrs: attrs as AnnotationAttrs, dropped };
}

/** A stored annotation (the `Annotation` type) with attributes still to be cleaned. */
export const annotationRecord = z.object({
  id: idField,
  documentId: idField,
  kind: z.enum(ANNOTATION_KINDS),
  label: storedLabelField,
  start: offsetField,
  end: offsetField,
  quote: z.string(),
  prefix: z.string(),
  suffix: z.string(),
  attrs: looseAttrs,
  origin: z.enum(ANNOTATION_ORIGINS),
  orphaned: z.boolean(),
  createdBy: z.string().max(200),
  createdAt: timestampField,
  updatedAt: timestampField,
});

/** A stored claim's verification row (the `Claim` type). */
export const claimRecord = z.object({
  annotationId: idField,
  status: z.enum(CLAIM_STATUSES),
  verdict: z.string(),
  assignee: z.string().nullable(),
  verdictBy: z.string().nullable().optional(),
  checklist: z.record(z.string(), z.boolean()),
  updatedAt: timestampField,
});

/**
 * A stored claim source (the `ClaimSource` type). The URL is not re-checked here: a record restored
 * by undo must come back as it was; new URLs are checked with {@link httpUrl} / `isHttpUrl`.
 */
export const sourceRecord = z.object({
  id: idField,
  annotationId: idField,
  url: z.string().max(4000),
  title: z.string(),
  quote: z.string(),
  note: z.string(),
  consultedAt: z.string().nullable(),
  createdAt: timestampField,
});
