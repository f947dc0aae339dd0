/**
 * Evaluation documents for the teaser suggester: each scrapinghub page's ground-truth article,
 * preceded by its own headline and followed by a tail built from *other* pages' headlines and
 * cut-off leads, in the layouts scrapers leave (issue 8, "Measured, not guessed"). Every line is
 * labelled: part of the article, or part of the tail. Deterministic (seeded), so figures repeat.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface Page {
  key: string;
  headline: string;
  site: string;
  paragraphs: string[];
}

export interface LabelledDocument {
  page: string;
  layout: string;
  lines: Array<{ text: string; tail: boolean }>;
}

export function loadPages(dataDir: string): Page[] {
  const dir = join(dataDir, 'boilerplate', 'scrapinghub-aeb');
  const truth = JSON.parse(readFileSync(join(dir, 'ground-truth.20.json'), 'utf8')) as Record<string, { articleBody: string; url: string }>;
  return Object.keys(truth)
    .sort()
    .map((key) => {
      const html = readFileSync(join(dir, 'html', `${key}.html`), 'utf8');
      const { headline, site } = headlineOf(html, truth[key].url);
      const paragraphs = truth[key].articleBody
        .split('\n')
        .map((line) => line.replace(/\s+/g, ' ').trim())
        .filter((line) => line !== '');
      return { key, headline, site, paragraphs };
    })
    .filter((page) => page.headline !== '' && page.paragraphs.length > 0);
}

/** The page's `<title>` without the site's name after " - " or " | ". */
function headlineOf(html: string, url: string): { headline: string; site: string } {
  const raw = decodeEntities(/<title[^>]*>([^<]*)/i.exec(html)?.[1] ?? '').replace(/\s+/g, ' ').trim();
  const parts = raw.split(/ [-|–—] (?=[^-|–—]*$)/);
  const site = parts.length > 1 ? parts[1].trim() : new URL(url).hostname.replace(/^www\./, '');
  return { headline: parts[0].trim(), site };
}

function decodeEntities(text: string): string {
  const named: Record<string, string> = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>', nbsp: ' ', rsquo: '’', lsquo: '‘', ldquo: '“', rdquo: '”', mdash: '—', ndash: '–', hellip: '…' };
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') return String.fromCodePoint(name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10));
    return named[name.toLowerCase()] ?? whole;
  });
}

/** A small deterministic generator (mulberry32), so every run builds the same documents. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Layout = (teasers: Page[], host: Page, next: () => number) => string[];

/** A lead cut where a scraper cuts: after 120–240 characters, often mid-word. */
function snippet(page: Page, next: () => number): string {
  const lead = page.paragraphs.join(' ');
  const length = 120 + Math.floor(next() * 120);
  return lead.length <= length ? lead.replace(/[.!?]$/, '') : lead.slice(0, length).trimEnd();
}

/** The lead's first sentence, whole: a summary that ends properly, the hardest teaser to tell from prose. */
function firstSentence(page: Page): string {
  const lead = page.paragraphs[0];
  const end = lead.search(/[.!?](?:\s|$)/);
  return end > 40 ? lead.slice(0, end + 1) : lead;
}

function tags(page: Page, next: () => number): string[] {
  const words = page.headline.split(/\s+/).filter((w) => /^[A-Z][a-z]{3,}$/.test(w));
  const picked = words.filter(() => next() < 0.6).slice(0, 3);
  return picked.length > 0 ? picked : ['News'];
}

const DATES = ['Nov 19, 2019', '2019-11-18', 'November 20, 2019', 'Updated: Nov 21, 2019 10:42 AM', '18 Nov 2019'];

export const LAYOUTS: Record<string, Layout> = {
  'headline twice with tags, snippet': (teasers, _host, next) =>
    teasers.flatMap((t) => {
      const line = `${t.headline} | ${tags(t, next).join(' | ')}`;
      return [line, line, snippet(t, next)];
    }),
  'headline, snippet…': (teasers, _host, next) => teasers.flatMap((t) => [t.headline, `${snippet(t, next)}…`]),
  'headline, snippet cut mid-word': (teasers, _host, next) => teasers.flatMap((t) => [t.headline, snippet(t, next)]),
  'headline, one-sentence summary': (teasers) => teasers.flatMap((t) => [t.headline, firstSentence(t)]),
  'Related: list': (teasers, host, next) => [next() < 0.5 ? 'Related:' : `More from ${host.site}`, ...teasers.map((t) => t.headline)],
  'Read more: lines and ©': (teasers, host) => [...teasers.map((t) => `Read more: ${t.headline}`), `© 2019 ${host.site}. All rights reserved.`],
  'Most read, headline and date': (teasers, _host, next) => ['Most Read', ...teasers.flatMap((t) => [t.headline, DATES[Math.floor(next() * DATES.length)]])],
};

/** One document per page and layout: the page's headline and article, then 3–5 other pages as teasers. */
export function buildDocuments(pages: Page[]): LabelledDocument[] {
  const documents: LabelledDocument[] = [];
  pages.forEach((host, hostIndex) => {
    Object.entries(LAYOUTS).forEach(([layout, build], layoutIndex) => {
      const next = random(hostIndex * 101 + layoutIndex + 1);
      const others = pages.filter((p) => p !== host);
      const count = 3 + Math.floor(next() * 3);
      const start = Math.floor(next() * others.length);
      const teasers = Array.from({ length: count }, (_, i) => others[(start + i) % others.length]);
      const article = [host.headline, ...host.paragraphs].map((text) => ({ text, tail: false }));
      const tail = build(teasers, host, next).map((text) => ({ text, tail: true }));
      documents.push({ page: host.key, layout, lines: [...article, ...tail] });
    });
  });
  return documents;
}
