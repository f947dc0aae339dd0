/**
 * W3C Web Annotation Data Model (https://www.w3.org/TR/annotation-model/): `<base>.w3c.jsonld`, one
 * AnnotationCollection whose first (and only) AnnotationPage embeds every annotation. Each embedded
 * annotation repeats the collection's `@context` (the same context again changes nothing in JSON-LD),
 * so an annotation taken out of the collection is a complete, valid annotation on its own.
 *
 * Identifiers are URNs: `urn:uuid:<id>` for UUIDs, else `urn:copydesk:<kind>:<id>`. The target is the
 * document's canonical text (`urn:uuid:<document id>`), selected by a TextQuoteSelector and a
 * TextPositionSelector in Unicode code points; orphaned annotations keep only the quote selector.
 *
 * Motivations (one per annotation) and bodies:
 * - entity → `tagging`; TextualBody `tagging` = the label, `identifying` = the canonical name.
 * - teaser → `moderating` (an editorial decision to drop off-topic content); body `moderating` = the
 *   reason (`related_teaser`, …). Suggested teasers not yet accepted are pending suggestions, which no
 *   export carries (export/index.ts).
 * - claim → `questioning` while unverified or in progress (the claim is an open question), and
 *   `assessing` once it has a verdict; TextualBody `assessing` = the status, `commenting` = the verdict
 *   note, and one SpecificResource `linking` body per http(s) source.
 * - note → `commenting`; any annotation's note becomes a `commenting` TextualBody.
 */
import type { Annotation, Claim, ClaimSource, DocumentBundle, ExportFile } from '../../../shared/types';
import { CodePointIndex } from '../../../shared/codepoints';
import type { ExportContext } from './context';
import { isoDateTime } from './dates';
import { exportFileBaseName } from './filename';
import { claimsByAnnotation, copydeskIri, hasVerdict, httpUrl, placeAnnotations, sourcesByAnnotation, toCodePoints } from './model';

/** The Web Annotation JSON-LD context. */
export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
/** How many characters of context TextQuoteSelector carries either side. */
const CONTEXT_CHARS = 32;

type Json = Record<string, unknown>;

/** Up to `count` code units before `at`, not starting inside a surrogate pair. */
function before(text: string, at: number, count: number): string {
  let from = Math.max(0, at - count);
  if (from > 0 && isLowSurrogate(text.charCodeAt(from))) from++;
  return text.slice(from, at);
}

/** Up to `count` code units after `at`, not ending inside a surrogate pair. */
function after(text: string, at: number, count: number): string {
  let to = Math.min(text.length, at + count);
  if (to < text.length && isLowSurrogate(text.charCodeAt(to))) to--;
  return text.slice(at, to);
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** The selectors of an annotation: quote (+ position in code points when it is placed). */
function selectors(annotation: Annotation, text: string, index: CodePointIndex): Json[] {
  if (annotation.orphaned) {
    return [withContext({ type: 'TextQuoteSelector', exact: annotation.quote }, annotation.prefix, annotation.suffix)];
  }
  const { start, end } = annotation;
  const quote = withContext(
    { type: 'TextQuoteSelector', exact: text.slice(start, end) },
    before(text, start, CONTEXT_CHARS),
    after(text, end, CONTEXT_CHARS),
  );
  const position = toCodePoints(index, start, end, annotation.id);
  return [quote, { type: 'TextPositionSelector', start: position.start, end: position.end }];
}

function withContext(selector: Json, prefix: string, suffix: string): Json {
  return { ...selector, ...(prefix ? { prefix } : {}), ...(suffix ? { suffix } : {}) };
}

function textBody(purpose: string, value: string, language?: string | null): Json {
  return { type: 'TextualBody', purpose, value, format: 'text/plain', ...(language ? { language } : {}) };
}

/** Motivation and bodies of one annotation (see the module note). */
function motivationAndBodies(annotation: Annotation, claim: Claim | undefined, sources: ClaimSource[], language: string | null): { motivation: string; bodies: Json[] } {
  const bodies: Json[] = [];
  let motivation: string;
  switch (annotation.kind) {
    case 'entity':
      motivation = 'tagging';
      bodies.push(textBody('tagging', annotation.label ?? 'ENTITY'));
      if (annotation.attrs.canonical?.trim()) bodies.push(textBody('identifying', annotation.attrs.canonical, language));
      break;
    case 'teaser':
      motivation = 'moderating';
      bodies.push(textBody('moderating', annotation.attrs.reason ?? 'other'));
      break;
    case 'claim': {
      const status = claim?.status ?? 'unverified';
      motivation = hasVerdict(status) ? 'assessing' : 'questioning';
      bodies.push(textBody('assessing', status));
      if (claim?.verdict.trim()) bodies.push(textBody('commenting', claim.verdict, language));
      for (const source of sources) {
        const url = httpUrl(source.url);
        if (url) bodies.push({ type: 'SpecificResource', purpose: 'linking', source: url });
      }
      break;
    }
    case 'note':
      motivation = 'commenting';
      break;
  }
  if (annotation.attrs.note?.trim()) bodies.push(textBody('commenting', annotation.attrs.note, language));
  return { motivation, bodies };
}

/** One annotation in the Web Annotation model, with its own `@context` so it stands alone. */
function toWebAnnotation(annotation: Annotation, bundle: DocumentBundle, index: CodePointIndex, claim: Claim | undefined, sources: ClaimSource[]): Json {
  const { motivation, bodies } = motivationAndBodies(annotation, claim, sources, bundle.document.language);
  const created = isoDateTime(annotation.createdAt);
  const modified = [isoDateTime(annotation.updatedAt), isoDateTime(claim?.updatedAt)].reduce<string | null>((a, b) => (b && (!a || b > a) ? b : a), null);
  const creatorName = annotation.createdBy.trim();
  return {
    '@context': ANNO_CONTEXT,
    id: copydeskIri('annotation', annotation.id),
    type: 'Annotation',
    motivation,
    ...(created ? { created } : {}),
    ...(modified ? { modified } : {}),
    ...(creatorName ? { creator: { type: annotation.origin === 'suggested' ? 'Software' : 'Person', name: creatorName } } : {}),
    ...(bodies.length === 1 ? { body: bodies[0] } : bodies.length > 1 ? { body: bodies } : {}),
    target: {
      source: copydeskIri('document', bundle.document.id),
      selector: selectors(annotation, bundle.document.text, index),
    },
  };
}

/** The AnnotationCollection for a bundle (all annotations, placed ones in document order, then orphaned). */
export function toW3cCollection(bundle: DocumentBundle, ctx: ExportContext): Json {
  const index = new CodePointIndex(bundle.document.text);
  const { placed, orphaned } = placeAnnotations(bundle);
  const claims = claimsByAnnotation(bundle);
  const sources = sourcesByAnnotation(bundle);
  const items = [...placed, ...orphaned].map((a) => toWebAnnotation(a, bundle, index, claims.get(a.id), sources.get(a.id) ?? []));
  const documentIri = copydeskIri('document', bundle.document.id);
  const reviewer = ctx.reviewer.trim();
  return {
    '@context': ANNO_CONTEXT,
    id: `${documentIri}#annotations`,
    type: 'AnnotationCollection',
    label: bundle.document.title || 'Untitled document',
    total: items.length,
    generated: ctx.now.toISOString(),
    generator: { type: 'Software', name: 'Copydesk' },
    ...(reviewer ? { creator: { type: 'Person', name: reviewer } } : {}),
    ...(items.length > 0 ? { first: { id: `${documentIri}#annotations-page-1`, type: 'AnnotationPage', startIndex: 0, items } } : {}),
  };
}

/** `<base>.w3c.jsonld`. */
export function exportW3c(bundle: DocumentBundle, ctx: ExportContext): ExportFile[] {
  return [
    {
      name: `${exportFileBaseName(bundle.document.title)}.w3c.jsonld`,
      mediaType: 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"',
      content: `${JSON.stringify(toW3cCollection(bundle, ctx), null, 2)}\n`,
    },
  ];
}
