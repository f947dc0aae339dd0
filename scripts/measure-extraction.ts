/**
 * Measures Copydesk's HTML import against public boilerplate-removal benchmarks.
 *
 *   npx tsx scripts/measure-extraction.ts [dataDir] [--verbose]   (default: ../shared/data/boilerplate)
 *
 * - scrapinghub-aeb: 4-word-shingle precision / recall / F1 of the article part (the text before the
 *   first teaser candidate) against the ground-truth article body, computed as the benchmark's
 *   evaluate.py does (tokens = \w+ runs, per-document normalised tp/fp/fn, precision and recall
 *   averaged over documents, F1 from the averages). The published Readability.js output is scored the
 *   same way, as a check of the scoring.
 * - trafilatura-eval: how many "with" snippets are in the article part, how many "without" snippets
 *   stay out of it, and how many of those land in the teaser candidates.
 *
 * The data exists only on development machines; without it the script says so and exits 0.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseImport } from '../src/main/core/import/index';
import type { ParsedImport } from '../src/shared/types';

const dataDir = resolve(process.argv.slice(2).find((a) => !a.startsWith('--')) ?? join(import.meta.dirname, '../../shared/data/boilerplate'));
const LIMIT = 25 * 1024 * 1024;

type Counts = [tp: number, fp: number, fn: number];

function tokens(text: string): string[] {
  return text.match(/[\p{L}\p{N}_\p{M}]+/gu) ?? [];
}

function shingles(text: string): Map<string, number> {
  const t = tokens(text);
  const out = new Map<string, number>();
  for (let i = 0; i < Math.max(1, t.length - 3); i++) {
    const key = t.slice(i, i + 4).join('\u0001');
    if (key) out.set(key, (out.get(key) ?? 0) + 1);
  }
  return out;
}

/** evaluate.py's string_shingle_matching: normalised tp/fp/fn for one document. */
function match(truth: string, pred: string): Counts {
  const a = shingles(truth);
  const b = shingles(pred);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const key of new Set([...a.keys(), ...b.keys()])) {
    const t = a.get(key) ?? 0;
    const p = b.get(key) ?? 0;
    tp += Math.min(t, p);
    fp += Math.max(0, p - t);
    fn += Math.max(0, t - p);
  }
  const s = tp + fp + fn;
  return s > 0 ? [tp / s, fp / s, fn / s] : [0, 0, 0];
}

function scores(all: Counts[]): { precision: number; recall: number; f1: number } {
  const p = all.filter(([tp, fp]) => tp + fp > 0).map(([tp, fp, fn]) => (fp === 0 && fn === 0 ? 1 : tp / (tp + fp)));
  const r = all.filter(([tp, , fn]) => tp + fn > 0).map(([tp, fp, fn]) => (fp === 0 && fn === 0 ? 1 : tp / (tp + fn)));
  const mean = (xs: number[]) => xs.reduce((x, y) => x + y, 0) / Math.max(1, xs.length);
  const precision = mean(p);
  const recall = mean(r);
  return { precision, recall, f1: (2 * precision * recall) / (precision + recall || 1) };
}

/** The article part (before the first teaser candidate) and the candidates' text. */
function split(parsed: ParsedImport): { article: string; candidates: string } {
  const teasers = parsed.annotations.filter((a) => a.kind === 'teaser' && a.attrs.candidate);
  const first = teasers.length ? Math.min(...teasers.map((a) => a.start)) : parsed.text.length;
  return { article: parsed.text.slice(0, first), candidates: teasers.map((a) => parsed.text.slice(a.start, a.end)).join('\n') };
}

const flat = (s: string) => s.replace(/\s+/g, ' ').trim();
const fmt = (x: number) => x.toFixed(3);

async function scrapinghub(dir: string): Promise<void> {
  const truth = JSON.parse(readFileSync(join(dir, 'ground-truth.20.json'), 'utf8')) as Record<string, { articleBody: string }>;
  const reference = JSON.parse(readFileSync(join(dir, 'reference-outputs.20.json'), 'utf8')) as Record<
    string,
    { version: string; output: Record<string, { articleBody?: string }> }
  >;
  const ours: Counts[] = [];
  const theirs: Counts[] = [];
  let ms = 0;
  let candidates = 0;
  for (const [key, { articleBody }] of Object.entries(truth)) {
    const bytes = readFileSync(join(dir, 'html', `${key}.html`));
    const t0 = performance.now();
    const parsed = await parseImport(`${key}.html`, bytes, { maxBytes: LIMIT });
    ms += performance.now() - t0;
    candidates += parsed.annotations.length;
    ours.push(match(articleBody, split(parsed).article));
    theirs.push(match(articleBody, reference.readability_js?.output[key]?.articleBody ?? ''));
  }
  const n = ours.length;
  const a = scores(ours);
  const b = scores(theirs);
  console.log(`scrapinghub-aeb (${n} pages)`);
  console.log(`  Copydesk import      F1 ${fmt(a.f1)}  precision ${fmt(a.precision)}  recall ${fmt(a.recall)}`);
  console.log(`  Readability.js (ref) F1 ${fmt(b.f1)}  precision ${fmt(b.precision)}  recall ${fmt(b.recall)}  (published output, same scoring)`);
  console.log(`  ${(ms / n).toFixed(0)} ms per page, ${(candidates / n).toFixed(1)} teaser candidates per page`);
}

async function trafilatura(dir: string): Promise<void> {
  const cases = JSON.parse(readFileSync(join(dir, 'evaldata.20.json'), 'utf8')) as Record<string, { file: string; with: string[]; without: string[] }>;
  let withIn = 0;
  let withTotal = 0;
  let withoutOut = 0;
  let withoutInCandidates = 0;
  let withoutTotal = 0;
  const misses: string[] = [];
  for (const c of Object.values(cases)) {
    const parsed = await parseImport(c.file, readFileSync(join(dir, 'html', c.file)), { maxBytes: LIMIT });
    const { article, candidates } = split(parsed);
    const [a, t] = [flat(article), flat(candidates)];
    for (const s of c.with) {
      withTotal++;
      if (a.includes(flat(s))) withIn++;
      else misses.push(`  missing from article  ${c.file}: ${JSON.stringify(s)}`);
    }
    for (const s of c.without) {
      withoutTotal++;
      if (!a.includes(flat(s))) {
        withoutOut++;
        if (t.includes(flat(s))) withoutInCandidates++;
      } else misses.push(`  leaked into article   ${c.file}: ${JSON.stringify(s)}`);
    }
  }
  console.log(`trafilatura-eval (${Object.keys(cases).length} pages)`);
  console.log(`  "with" snippets in the article part:         ${withIn}/${withTotal} (${fmt(withIn / withTotal)})`);
  console.log(`  "without" snippets kept out of the article:  ${withoutOut}/${withoutTotal} (${fmt(withoutOut / withoutTotal)})`);
  console.log(`     … of those, offered as teaser candidates: ${withoutInCandidates}/${withoutOut} (the rest were too small to offer)`);
  if (process.argv.includes('--verbose')) console.log(misses.join('\n'));
}

if (!existsSync(dataDir)) {
  console.log(`No benchmark data at ${dataDir}: nothing to measure (the data lives only on development machines).`);
  process.exit(0);
}
const aeb = join(dataDir, 'scrapinghub-aeb');
const traf = join(dataDir, 'trafilatura-eval');
if (existsSync(aeb)) await scrapinghub(aeb);
else console.log(`No ${aeb}: skipped.`);
if (existsSync(traf)) await trafilatura(traf);
else console.log(`No ${traf}: skipped.`);
