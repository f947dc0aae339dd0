/**
 * schema.org ClaimReview (https://schema.org/ClaimReview, as Google's Fact Check tools read it):
 * `<base>.claimreview.jsonld`, `{ "@context": "https://schema.org", "@graph": [ClaimReview…] }`, one
 * review per claim that has a verdict (verified, false, misleading, unverifiable), in document order.
 *
 * Rating scale, 1 (worst) to 5 (best): false → 1 "False", misleading → 2 "Misleading",
 * verified → 5 "True". "Unverifiable" says nothing about truth, so placing it on the scale would
 * invent a judgement: it carries only `alternateName: "Unverifiable"`, which schema.org allows.
 * There is no `url`: on a ClaimReview it is the address of the review itself, and Copydesk publishes
 * no review page of its own. The http(s) sources consulted are listed as `citation` (CreativeWorks
 * with `url` and, when the source has a title, `name`); the claim's `appearance` is the document's
 * source when that is an http(s) URL. The `author` is the reviewer who gave the verdict
 * (`Claim.verdictBy`, shared/verdict-author.ts), not whoever exports; a verdict with no named
 * reviewer is credited to the desk as an Organization.
 */
import type { Annotation, Claim, ClaimSource, DocumentBundle, ExportFile } from '../../../shared/types';
import { verdictAuthor } from '../../../shared/verdict-author';
import type { ExportContext } from './context';
import { isoDate } from './dates';
import { exportFileBaseName } from './filename';
import { claimsByAnnotation, copydeskIri, hasVerdict, httpUrl, placeAnnotations, sourcesByAnnotation } from './model';

type Json = Record<string, unknown>;

/** Best and worst values of the rating scale. */
export const RATING_SCALE = { best: 5, worst: 1 } as const;

/**
 * The rating for each verdict status: words always, a number where the verdict is about truth.
 * Deliberately not CLAIM_STATUS_WORDS (shared/vocabulary): these are the published rating words that
 * fact-check aggregators read, so verified is rated "True" (a verdict about the claim, not the desk's
 * workflow word "Verified"), and renaming a status in the app must not silently change published ratings.
 */
export const VERDICT_RATINGS: Record<'verified' | 'false' | 'misleading' | 'unverifiable', { name: string; value: number | null }> = {
  verified: { name: 'True', value: 5 },
  misleading: { name: 'Misleading', value: 2 },
  false: { name: 'False', value: 1 },
  unverifiable: { name: 'Unverifiable', value: null },
};

function rating(status: keyof typeof VERDICT_RATINGS): Json {
  const { name, value } = VERDICT_RATINGS[status];
  return value === null
    ? { '@type': 'Rating', alternateName: name }
    : { '@type': 'Rating', ratingValue: value, bestRating: RATING_SCALE.best, worstRating: RATING_SCALE.worst, alternateName: name };
}

/** The reviewed claim's text on one line. */
function claimText(annotation: Annotation, text: string): string {
  const quote = annotation.orphaned ? annotation.quote : text.slice(annotation.start, annotation.end);
  return quote.replace(/\s+/gu, ' ').trim();
}

function review(annotation: Annotation, claim: Claim & { status: keyof typeof VERDICT_RATINGS }, sources: ClaimSource[], bundle: DocumentBundle, ctx: ExportContext): Json {
  const { document } = bundle;
  const reviewer = verdictAuthor(claim);
  const links = sources.flatMap((s) => {
    const url = httpUrl(s.url);
    return url ? [{ url, name: s.title.trim() }] : [];
  });
  const documentUrl = httpUrl(document.source);
  const appearance = documentUrl ? { '@type': 'CreativeWork', url: documentUrl, ...(document.title ? { headline: document.title } : {}) } : null;
  return {
    '@type': 'ClaimReview',
    '@id': `${copydeskIri('annotation', annotation.id)}#review`,
    claimReviewed: claimText(annotation, document.text),
    itemReviewed: {
      '@type': 'Claim',
      ...(appearance ? { appearance, firstAppearance: appearance } : {}),
    },
    reviewRating: rating(claim.status),
    author: reviewer ? { '@type': 'Person', name: reviewer } : { '@type': 'Organization', name: 'Copydesk reviewer' },
    datePublished: isoDate(claim.updatedAt) ?? isoDate(annotation.updatedAt) ?? ctx.now.toISOString().slice(0, 10),
    ...(claim.verdict.trim() ? { reviewBody: claim.verdict.trim() } : {}),
    ...(document.language ? { inLanguage: document.language } : {}),
    ...(links.length > 0
      ? { citation: links.map((s) => ({ '@type': 'CreativeWork', url: s.url, ...(s.name ? { name: s.name } : {}) })) }
      : {}),
  };
}

/** The JSON-LD document: every claim with a verdict, as a ClaimReview. */
export function toClaimReviewGraph(bundle: DocumentBundle, ctx: ExportContext): Json {
  const claims = claimsByAnnotation(bundle);
  const sources = sourcesByAnnotation(bundle);
  const { placed, orphaned } = placeAnnotations(bundle);
  const graph: Json[] = [];
  for (const annotation of [...placed, ...orphaned]) {
    const claim = annotation.kind === 'claim' ? claims.get(annotation.id) : undefined;
    if (!claim || !hasVerdict(claim.status)) continue;
    graph.push(review(annotation, { ...claim, status: claim.status }, sources.get(annotation.id) ?? [], bundle, ctx));
  }
  return { '@context': 'https://schema.org', '@graph': graph };
}

/** `<base>.claimreview.jsonld`; no file when no claim has a verdict (shared/export-skips.ts). */
export function exportClaimReview(bundle: DocumentBundle, ctx: ExportContext): ExportFile[] {
  const graph = toClaimReviewGraph(bundle, ctx);
  if ((graph['@graph'] as unknown[]).length === 0) return [];
  return [
    {
      name: `${exportFileBaseName(bundle.document.title)}.claimreview.jsonld`,
      mediaType: 'application/ld+json',
      content: `${JSON.stringify(graph, null, 2)}\n`,
    },
  ];
}
