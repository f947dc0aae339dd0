/**
 * Outlets and companies named by their web address, as news names them: "Salon.com", "FCC.org",
 * "BestReviews.com" — an organisation, where the address is written as a name (a capital first,
 * no "www.", no path, not part of an e-mail address).
 */
import type { SuggestedSpan } from './types';

const DOMAIN_NAME = /(?=\p{Lu})(?<![\p{L}\p{N}@./:-])\p{Lu}[\p{L}\p{N}-]*\.(?:com|org|net|gov|edu|io|co\.uk|org\.uk|news|tv)(?![\p{L}\p{N}@/-]|\.[\p{L}\p{N}])/gu;

export function domainNameSpans(text: string): SuggestedSpan[] {
  return [...text.matchAll(DOMAIN_NAME)].map((m) => ({
    kind: 'entity',
    start: m.index,
    end: m.index + m[0].length,
    label: 'ORG',
    reasons: ['named by its web address'],
    score: 0.85,
  }));
}
