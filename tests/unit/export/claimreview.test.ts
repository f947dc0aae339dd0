import { describe, expect, it } from 'vitest';
import { exportDocument } from '../../../src/main/core/export';
import { CTX, makeBundle } from '../../fixtures/export/bundle';

type Json = Record<string, any>;
function reviews(bundle = makeBundle(), ctx = CTX): Json[] {
  const [file] = exportDocument(bundle, 'claimreview', ctx);
  expect(file.name).toBe('growth-in-harbin-5-8-cafe-more.claimreview.jsonld');
  const doc = JSON.parse(file.content);
  expect(doc['@context']).toBe('https://schema.org');
  return doc['@graph'];
}

describe('schema.org ClaimReview export', () => {
  it('has one ClaimReview per claim with a verdict, and none for open claims', () => {
    const graph = reviews();
    expect(graph.map((r) => r['@type'])).toEqual(['ClaimReview', 'ClaimReview', 'ClaimReview']);
    expect(graph.map((r) => r.claimReviewed)).toEqual([
      'Growth 📈 of 5.8%',
      'Electric said regional GDP reached 2.7 trillion yuan, a year-on-year increase of 5.8%',
      'Exports doubled last year.',
    ]);
  });

  it('rates verdicts in words and on a documented 1–5 scale', () => {
    const [verified, misleading, falseClaim] = reviews();
    expect(verified.reviewRating).toEqual({ '@type': 'Rating', ratingValue: 5, bestRating: 5, worstRating: 1, alternateName: 'True' });
    expect(misleading.reviewRating).toMatchObject({ ratingValue: 2, alternateName: 'Misleading' });
    expect(falseClaim.reviewRating).toMatchObject({ ratingValue: 1, alternateName: 'False' });
  });

  it('rates an unverifiable claim in words only', () => {
    const bundle = makeBundle();
    bundle.claims[0] = { ...bundle.claims[0], status: 'unverifiable' };
    expect(reviews(bundle)[1].reviewRating).toEqual({ '@type': 'Rating', alternateName: 'Unverifiable' });
  });

  it('names the claim’s appearance, the reviewer, the date, the sources and the verdict', () => {
    const misleading = reviews()[1];
    expect(misleading.itemReviewed).toEqual({
      '@type': 'Claim',
      appearance: { '@type': 'CreativeWork', url: 'https://news.example.com/2024/harbin-growth.html', headline: 'Growth in Harbin: 5.8%, café & “more”' },
      firstAppearance: { '@type': 'CreativeWork', url: 'https://news.example.com/2024/harbin-growth.html', headline: 'Growth in Harbin: 5.8%, café & “more”' },
    });
    expect(misleading.author).toEqual({ '@type': 'Person', name: 'Dana Editor' });
    expect(misleading.datePublished).toBe('2024-05-04');
    expect(misleading.reviewBody).toContain('2.7 trillion figure');
    expect(misleading.citation.map((c: Json) => c.url)).toEqual(['https://stats.example.gov/hlj/2023', 'https://example.org/a?x=1&y=%222%22']);
  });

  it('lists the sources as citations and has no url of its own (that would be the review page, which Copydesk does not publish)', () => {
    const graph = reviews();
    for (const review of graph) expect(review).not.toHaveProperty('url');
    const [verified, misleading, falseClaim] = graph;
    expect(misleading.citation).toEqual([
      { '@type': 'CreativeWork', url: 'https://stats.example.gov/hlj/2023', name: 'Statistical communiqué 2023' },
      { '@type': 'CreativeWork', url: 'https://example.org/a?x=1&y=%222%22', name: '<b>Bureau</b> & friends' },
    ]);
    expect(verified.citation).toEqual([{ '@type': 'CreativeWork', url: 'https://stats.example.gov/growth', name: 'Growth table' }]);
    expect(falseClaim).not.toHaveProperty('citation'); // no sources consulted
    expect(misleading.itemReviewed.appearance).toMatchObject({ '@type': 'CreativeWork', url: 'https://news.example.com/2024/harbin-growth.html' });
  });

  it('falls back to an organisation author and omits appearance for a document from a file', () => {
    const bundle = makeBundle({ source: 'harbin.docx' });
    bundle.claims = bundle.claims.map((c) => ({ ...c, verdictBy: null }));
    const [first] = reviews(bundle, { ...CTX, reviewer: '  ' });
    expect(first.author).toEqual({ '@type': 'Organization', name: 'Copydesk reviewer' });
    expect(first.itemReviewed).toEqual({ '@type': 'Claim' });
  });

  it('credits the reviewer who gave each verdict, not whoever exports, and never the “editor” placeholder', () => {
    const bundle = makeBundle();
    bundle.claims = bundle.claims.map((c) => (c.status === 'false' ? { ...c, verdictBy: 'editor' } : c.status === 'verified' ? { ...c, verdictBy: 'Lee Sam' } : c));
    const [verified, misleading, falseClaim] = reviews(bundle, { ...CTX, reviewer: 'Night Desk' });
    expect(verified.author).toEqual({ '@type': 'Person', name: 'Lee Sam' });
    expect(misleading.author).toEqual({ '@type': 'Person', name: 'Dana Editor' });
    expect(falseClaim.author).toEqual({ '@type': 'Organization', name: 'Copydesk reviewer' });
  });
});
