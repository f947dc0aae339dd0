/**
 * Agreement between two reviewers who annotated the same document independently (double review):
 * per entity label, span-level F1 (exact boundaries and label) and Cohen's κ over the document's
 * words; claim and teaser overlap; and the list of differences the chief editor adjudicates one
 * key at a time. Pure: the same figures on the server, in the report and in the side-by-side view.
 */
import type { AnnotationKind } from './types';

/** What agreement looks at of an annotation. */
export interface AgreementSpan {
  id: string;
  kind: AnnotationKind;
  label: string | null;
  start: number;
  end: number;
}

/** One entity label's figures. */
export interface LabelAgreement {
  label: string;
  /** Spans each reviewer gave this label, and how many match exactly (same range, same label). */
  a: number;
  b: number;
  both: number;
  /** Span F1 of B against A (symmetric): 2·both / (a + b); 1 when neither used the label. */
  f1: number;
  /** Cohen's κ over words (this label or not); null when it is undefined (both never or always). */
  kappa: number | null;
}

/** How far two reviewers' claims or teasers overlap: the same range counts, so does any overlap. */
export interface RangeOverlap {
  a: number;
  b: number;
  /** Pairs with the same range. */
  exact: number;
  /** Pairs that overlap at all (exact ones included). */
  overlapping: number;
  /** 2·overlapping / (a + b); 1 when neither marked any. */
  ratio: number;
}

/** One place where the two layers differ. */
export interface Difference {
  kind: AnnotationKind;
  /** The range the difference covers (the union of the two spans). */
  start: number;
  end: number;
  /** `only_a`/`only_b`: one reviewer has it; `label`: same range, other label; `boundary`: overlapping ranges. */
  type: 'only_a' | 'only_b' | 'label' | 'boundary';
  a: AgreementSpan | null;
  b: AgreementSpan | null;
}

export interface Agreement {
  labels: LabelAgreement[];
  /** Span F1 over all entity labels together. */
  entityF1: number;
  /** Cohen's κ over words with every label (and "none") as the categories; null when undefined. */
  entityKappa: number | null;
  claims: RangeOverlap;
  teasers: RangeOverlap;
  /** Every difference, in text order. */
  differences: Difference[];
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}'’.,-]*[\p{L}\p{N}]|[\p{L}\p{N}]|[^\s\p{L}\p{N}]/gu;

/** The [start, end) of each word (or punctuation mark) of `text`: the units κ counts. */
export function wordRanges(text: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  for (const m of text.matchAll(WORD)) ranges.push([m.index!, m.index! + m[0].length]);
  return ranges;
}

const key = (s: AgreementSpan) => `${s.start}:${s.end}`;

/**
 * A search over `spans` for the first one (in their given order) that overlaps a range and is not
 * skipped: what `spans.find((t) => !skip(t) && overlaps(range, t))` answers, through an index sorted
 * by start with a running maximum of the ends, so one search costs the spans near the range rather
 * than all of them (two layers of 15,000 entities on a long document took seconds with `find`).
 */
function overlapSearch(spans: readonly AgreementSpan[]): (range: AgreementSpan, skip: (t: AgreementSpan) => boolean) => AgreementSpan | undefined {
  const order = spans.map((_, i) => i).sort((x, y) => spans[x].start - spans[y].start || x - y);
  const starts = order.map((i) => spans[i].start);
  const maxEnd: number[] = [];
  let most = -Infinity;
  for (const i of order) maxEnd.push((most = Math.max(most, spans[i].end)));
  return (range, skip) => {
    // Spans starting before the range ends, walked back while one of them may still reach into it.
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid] < range.end) lo = mid + 1;
      else hi = mid;
    }
    let best = -1;
    for (let k = lo - 1; k >= 0 && maxEnd[k] > range.start; k--) {
      const i = order[k];
      if (spans[i].end > range.start && (best === -1 || i < best) && !skip(spans[i])) best = i;
    }
    return best === -1 ? undefined : spans[best];
  };
}

/** Cohen's κ for two raters' category per unit; null when chance agreement is total. */
export function cohensKappa(a: readonly string[], b: readonly string[]): number | null {
  const n = a.length;
  if (n === 0 || n !== b.length) return null;
  const countA = new Map<string, number>();
  const countB = new Map<string, number>();
  let agree = 0;
  for (let i = 0; i < n; i++) {
    if (a[i] === b[i]) agree++;
    countA.set(a[i], (countA.get(a[i]) ?? 0) + 1);
    countB.set(b[i], (countB.get(b[i]) ?? 0) + 1);
  }
  let expected = 0;
  for (const [category, na] of countA) expected += (na / n) * ((countB.get(category) ?? 0) / n);
  const observed = agree / n;
  if (expected >= 1) return null;
  return (observed - expected) / (1 - expected);
}

/** The label each word carries in `spans` ("" for none; the first span by start wins an overlap). */
function wordLabels(words: Array<[number, number]>, spans: readonly AgreementSpan[]): string[] {
  const sorted = [...spans].sort((x, y) => x.start - y.start || y.end - x.end);
  const labels: string[] = new Array(words.length).fill('');
  let from = 0;
  for (let w = 0; w < words.length; w++) {
    const [ws, we] = words[w];
    while (from < sorted.length && sorted[from].end <= ws) from++;
    for (let i = from; i < sorted.length && sorted[i].start < we; i++) {
      if (sorted[i].end > ws) {
        labels[w] = sorted[i].label ?? '';
        break;
      }
    }
  }
  return labels;
}

function rangeOverlap(a: readonly AgreementSpan[], b: readonly AgreementSpan[]): RangeOverlap {
  const exactKeys = new Set(b.map(key));
  const exact = a.filter((s) => exactKeys.has(key(s))).length;
  const used = new Set<string>();
  const overlappingB = overlapSearch(b);
  let overlapping = 0;
  for (const s of a) {
    const partner = overlappingB(s, (t) => used.has(t.id));
    if (partner) {
      used.add(partner.id);
      overlapping++;
    }
  }
  const total = a.length + b.length;
  return { a: a.length, b: b.length, exact, overlapping, ratio: total ? (2 * overlapping) / total : 1 };
}

/** The differences between two layers of one kind, in text order. */
function differencesOf(kind: AnnotationKind, a: readonly AgreementSpan[], b: readonly AgreementSpan[]): Difference[] {
  const out: Difference[] = [];
  const matchedB = new Set<string>();
  const byRange = new Map<string, AgreementSpan[]>();
  for (const s of b) byRange.set(key(s), [...(byRange.get(key(s)) ?? []), s]);
  const unmatchedA: AgreementSpan[] = [];
  for (const s of a) {
    const same = (byRange.get(key(s)) ?? []).filter((t) => !matchedB.has(t.id));
    const exact = same.find((t) => t.label === s.label);
    if (exact) {
      matchedB.add(exact.id);
      continue;
    }
    if (same.length) {
      matchedB.add(same[0].id);
      out.push({ kind, start: s.start, end: s.end, type: 'label', a: s, b: same[0] });
      continue;
    }
    unmatchedA.push(s);
  }
  const overlappingB = overlapSearch(b);
  for (const s of unmatchedA) {
    const partner = overlappingB(s, (t) => matchedB.has(t.id));
    if (partner) {
      matchedB.add(partner.id);
      out.push({ kind, start: Math.min(s.start, partner.start), end: Math.max(s.end, partner.end), type: 'boundary', a: s, b: partner });
    } else {
      out.push({ kind, start: s.start, end: s.end, type: 'only_a', a: s, b: null });
    }
  }
  for (const t of b) if (!matchedB.has(t.id)) out.push({ kind, start: t.start, end: t.end, type: 'only_b', a: null, b: t });
  return out;
}

/** Every difference between the two layers, in text order (what adjudication walks), without the figures. */
export function differencesBetween(a: readonly AgreementSpan[], b: readonly AgreementSpan[]): Difference[] {
  const of = (spans: readonly AgreementSpan[], kind: AnnotationKind) => spans.filter((s) => s.kind === kind);
  return (['entity', 'claim', 'teaser'] as const)
    .flatMap((kind) => differencesOf(kind, of(a, kind), of(b, kind)))
    .sort((x, y) => x.start - y.start || x.end - y.end);
}

/** Agreement between reviewer A's and reviewer B's annotations of `text`. */
export function agreementOf(text: string, a: readonly AgreementSpan[], b: readonly AgreementSpan[]): Agreement {
  const of = (spans: readonly AgreementSpan[], kind: AnnotationKind) => spans.filter((s) => s.kind === kind);
  const entitiesA = of(a, 'entity');
  const entitiesB = of(b, 'entity');
  const words = wordRanges(text);
  const wordsA = wordLabels(words, entitiesA);
  const wordsB = wordLabels(words, entitiesB);
  const labelNames = [...new Set([...entitiesA, ...entitiesB].map((s) => s.label ?? ''))].sort();
  const exactKeys = new Set(entitiesB.map((s) => `${key(s)}:${s.label}`));
  const labels = labelNames.map((label): LabelAgreement => {
    const la = entitiesA.filter((s) => (s.label ?? '') === label);
    const lb = entitiesB.filter((s) => (s.label ?? '') === label);
    const both = la.filter((s) => exactKeys.has(`${key(s)}:${s.label}`)).length;
    const total = la.length + lb.length;
    return {
      label,
      a: la.length,
      b: lb.length,
      both,
      f1: total ? (2 * both) / total : 1,
      kappa: cohensKappa(wordsA.map((l) => String(l === label)), wordsB.map((l) => String(l === label))),
    };
  });
  const bothAll = labels.reduce((n, l) => n + l.both, 0);
  const totalAll = entitiesA.length + entitiesB.length;
  return {
    labels,
    entityF1: totalAll ? (2 * bothAll) / totalAll : 1,
    entityKappa: cohensKappa(wordsA, wordsB),
    claims: rangeOverlap(of(a, 'claim'), of(b, 'claim')),
    teasers: rangeOverlap(of(a, 'teaser'), of(b, 'teaser')),
    differences: differencesBetween(a, b),
  };
}
