/**
 * Reading a DocumentBundle for export: which annotations have a usable position, claims and sources
 * by annotation, offsets in code points, and names that are safe as brat types or CoNLL tags.
 *
 * An inconsistent bundle (an offset outside the text, or one that splits a surrogate pair) is a bug
 * upstream; exporting it would produce files that silently point at the wrong text, so it throws.
 * Orphaned annotations (their text was deleted) have no trustworthy position: formats that need one
 * leave them out, formats that can do without (Copydesk JSON, W3C by quote, CSV, report) keep them.
 */
import { ApiError } from '../../../shared/result';
import { VERDICT_STATUSES, type Annotation, type AnnotationKind, type Claim, type ClaimSource, type DocumentBundle } from '../../../shared/types';
import { CodePointIndex } from '../../../shared/codepoints';
import { toHttpUrl } from '../../../shared/urls';

/** Order of kinds when two annotations share a range: the widest concept first. */
const KIND_ORDER: Record<AnnotationKind, number> = { teaser: 0, claim: 1, note: 2, entity: 3 };

/** Document order: by start, then longer first, then kind, then id (stable across runs). */
export function compareAnnotations(a: Annotation, b: Annotation): number {
  return a.start - b.start || b.end - a.end || KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** The annotations split into those with a checked position (in document order) and the orphaned ones. */
export interface PlacedAnnotations {
  placed: Annotation[];
  orphaned: Annotation[];
}

/** Checks every non-orphaned annotation's range against the text; throws ApiError('invalid_input') when one is out of range. */
export function placeAnnotations(bundle: DocumentBundle): PlacedAnnotations {
  const length = bundle.document.text.length;
  const placed: Annotation[] = [];
  const orphaned: Annotation[] = [];
  for (const annotation of bundle.annotations) {
    if (annotation.orphaned) {
      orphaned.push(annotation);
      continue;
    }
    const { start, end } = annotation;
    if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start || end > length) {
      throw new ApiError(
        'invalid_input',
        `Annotation ${annotation.id} in “${bundle.document.title}” has the range ${start}–${end}, outside the text (0–${length}).`,
      );
    }
    placed.push(annotation);
  }
  placed.sort(compareAnnotations);
  orphaned.sort(compareAnnotations);
  return { placed, orphaned };
}

/** A range in Unicode code points. */
export interface CodePointRange {
  start: number;
  end: number;
}

/** Converts an annotation's UTF-16 range to code points; throws ApiError('invalid_input') if it splits a surrogate pair. */
export function toCodePoints(index: CodePointIndex, start: number, end: number, id: string): CodePointRange {
  try {
    return { start: index.toCodePoint(start), end: index.toCodePoint(end) };
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    throw new ApiError('invalid_input', `Annotation ${id} cannot be expressed in code points: ${why}`);
  }
}

/** Claim rows by claim annotation id. */
export function claimsByAnnotation(bundle: DocumentBundle): Map<string, Claim> {
  return new Map(bundle.claims.map((claim) => [claim.annotationId, claim]));
}

/** Claim sources by claim annotation id, each list in the order the editor added them. */
export function sourcesByAnnotation(bundle: DocumentBundle): Map<string, ClaimSource[]> {
  const map = new Map<string, ClaimSource[]>();
  for (const source of bundle.sources) {
    const list = map.get(source.annotationId) ?? [];
    list.push(source);
    map.set(source.annotationId, list);
  }
  for (const list of map.values()) list.sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0));
  return map;
}

/** The claim statuses that carry a verdict (the claim has been worked through); defined in shared/types. */
export { VERDICT_STATUSES };

/** True for a status in VERDICT_STATUSES. */
export function hasVerdict(status: Claim['status']): status is (typeof VERDICT_STATUSES)[number] {
  return (VERDICT_STATUSES as readonly string[]).includes(status);
}

/**
 * A label as a single token usable as a brat type or a CoNLL tag: whitespace and anything but
 * letters, digits, "-", "_" and "." become "_" ("Sports team" → "Sports_team").
 */
export function tokenName(label: string): string {
  const name = label.trim().replace(/[^\p{L}\p{N}\-_.]+/gu, '_');
  return name === '' ? 'ENTITY' : name;
}

/** The value as a normalised absolute http(s) URL (spaces and quotes percent-encoded), or null when it is not one (shared/urls.ts). */
export const httpUrl: (value: string | null | undefined) => string | null = toHttpUrl;

/** An IRI for a Copydesk identifier: `urn:uuid:…` for UUIDs, `urn:copydesk:<kind>:…` otherwise. */
export function copydeskIri(kind: 'document' | 'annotation', id: string): string {
  if (/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id)) return `urn:uuid:${id.toLowerCase()}`;
  return `urn:copydesk:${kind}:${encodeURIComponent(id)}`;
}
