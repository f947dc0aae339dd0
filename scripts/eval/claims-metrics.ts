/** Ranking and threshold figures for the claim model's evaluation. */

export interface Scored {
  score: number;
  label: 0 | 1;
}

function ranked(items: Scored[]): Scored[] {
  return [...items].sort((a, b) => b.score - a.score);
}

/** Average precision of one ranked list (CLEF's per-speech measure; MAP is its mean over speeches). */
export function averagePrecision(items: Scored[]): number {
  let hits = 0;
  let sum = 0;
  ranked(items).forEach((it, i) => {
    if (it.label === 1) {
      hits += 1;
      sum += hits / (i + 1);
    }
  });
  return hits ? sum / hits : 0;
}

export function precisionAtK(items: Scored[], k: number): number {
  const top = ranked(items).slice(0, k);
  return top.filter((it) => it.label === 1).length / k;
}

/** Precision at the first rank where recall reaches `recall`. */
export function precisionAtRecall(items: Scored[], recall: number): number {
  const positives = items.filter((it) => it.label === 1).length;
  if (!positives) return 0;
  let hits = 0;
  const list = ranked(items);
  for (let i = 0; i < list.length; i += 1) {
    if (list[i].label === 1) hits += 1;
    if (hits / positives >= recall) return hits / (i + 1);
  }
  return 0;
}

export interface AtThreshold {
  threshold: number;
  precision: number;
  recall: number;
  f1: number;
  suggested: number;
}

export function atThreshold(items: Scored[], threshold: number): AtThreshold {
  const tp = items.filter((it) => it.score >= threshold && it.label === 1).length;
  const suggested = items.filter((it) => it.score >= threshold).length;
  const positives = items.filter((it) => it.label === 1).length;
  const precision = suggested ? tp / suggested : 0;
  const recall = positives ? tp / positives : 0;
  return { threshold, precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0, suggested };
}

/** The highest threshold whose recall is still ≥ `recall` (the broad setting). */
export function thresholdForRecall(items: Scored[], recall: number): number {
  const list = ranked(items);
  const positives = list.filter((it) => it.label === 1).length;
  let hits = 0;
  for (const it of list) {
    if (it.label === 1) hits += 1;
    if (hits / Math.max(1, positives) >= recall) return it.score;
  }
  return list.length ? list[list.length - 1].score : 0.5;
}

/** The threshold with the best F1 among those keeping precision ≥ `precision` (the precise setting). */
export function thresholdForPrecision(items: Scored[], precision: number): number {
  let best: AtThreshold | null = null;
  for (const it of items) {
    const at = atThreshold(items, it.score);
    if (at.precision >= precision && (!best || at.f1 > best.f1)) best = at;
  }
  return best ? best.threshold : 0.9;
}

export const pct = (x: number): string => x.toFixed(3);
