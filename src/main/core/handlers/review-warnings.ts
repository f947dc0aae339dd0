/**
 * What deserves a second look before a document is marked reviewed: claims not yet worked through,
 * claims rated False or Misleading with neither a verdict nor a source, teaser candidates nobody
 * accepted or rejected, annotations that could not be placed in the edited text. Each warning
 * names the items ("2 claims still unverified: “a regional GDP of 2.7 trillion…”, …").
 */
import type { Annotation, Claim, ClaimSource } from '../../../shared/types';
import { plural } from '../../../shared/plural';
import { isUnsupportedRating } from '../../../shared/unsupported-rating';
import { shortQuote } from './context';

/** How many quotations a warning names before "and N more". */
const NAMED = 3;

/** The warnings for marking a document with these annotations and claims as reviewed; [] when all is done. */
export function reviewWarnings(annotations: readonly Annotation[], claims: readonly Claim[], sources: readonly ClaimSource[] = []): string[] {
  const byId = new Map(annotations.map((a) => [a.id, a]));
  const quotesOf = (status: Claim['status']) =>
    claims.filter((c) => c.status === status).map((c) => byId.get(c.annotationId)?.quote ?? '');
  const warnings: string[] = [];
  const add = (quotes: string[], singular: string, pluralForm: string, what: string) => {
    if (quotes.length === 0) return;
    const noun = plural(quotes.length, singular, pluralForm);
    warnings.push(`${noun} ${what}: ${listQuotes(quotes)}`);
  };
  add(quotesOf('unverified'), 'claim', 'claims', 'still unverified');
  add(quotesOf('in_progress'), 'claim', 'claims', 'still in progress');
  const sourceCount = new Map<string, number>();
  for (const s of sources) sourceCount.set(s.annotationId, (sourceCount.get(s.annotationId) ?? 0) + 1);
  add(
    claims.filter((c) => isUnsupportedRating(c, sourceCount.get(c.annotationId) ?? 0)).map((c) => byId.get(c.annotationId)?.quote ?? ''),
    'claim',
    'claims',
    'rated False or Misleading with no verdict and no source',
  );
  add(
    annotations.filter((a) => a.kind === 'teaser' && (a.attrs.candidate === true || a.attrs.pending === true)).map((a) => a.quote),
    'teaser candidate',
    'teaser candidates',
    'not yet accepted or rejected',
  );
  add(
    annotations.filter((a) => a.kind !== 'teaser' && a.attrs.pending === true).map((a) => a.quote),
    'suggestion',
    'suggestions',
    'not yet accepted or rejected',
  );
  add(
    annotations.filter((a) => a.orphaned).map((a) => a.quote),
    'annotation',
    'annotations',
    'could not be placed in the edited text',
  );
  return warnings;
}

function listQuotes(quotes: string[]): string {
  const named = quotes.slice(0, NAMED).map((quote) => shortQuote(quote));
  const more = quotes.length - named.length;
  return more > 0 ? `${named.join(', ')} and ${more} more` : named.join(', ');
}
