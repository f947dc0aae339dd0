/**
 * "This claim was checked before": a sentence matches a claim worked to a verdict in another
 * document when their normalised texts are equal, or nearly so: of their content words, the shorter
 * one's are almost all in the other (overlap ≥ NEAR_MATCH, so "…, according to Reuters" added or
 * dropped still matches) and at least half of all are shared (Jaccard ≥ MIN_JACCARD), with exactly
 * the same figures. Figures must agree because
 * "exceeded 10 million tons" and "exceeded 20 million tons" are different claims however alike they read.
 */
import type { CheckedClaim } from './types';

export const NEAR_MATCH = 0.85;
export const MIN_JACCARD = 0.5;
/** Shorter claims must match exactly: four common words in common say nothing. */
const MIN_TOKENS_FOR_NEAR = 5;

const STOP = new Set(
  'a an the of in on at to for by with from and or but as is are was were be been has have had it its this that these those which who than then there their'.split(' '),
);

/**
 * A wire story's dateline ("Harbin, July 20 (Xinhua) -", "WASHINGTON (Reuters) —", "BEIJING, Nov. 3 —")
 * says where and when it was filed, not what is claimed; its day would otherwise count as a figure
 * and keep the claim from matching the same sentence checked in another story.
 */
const DATELINE = /^\s*\p{Lu}[\p{L}.'’ -]{1,40}(?:,\s*[\p{L}.]{3,10}\s+\d{1,2}(?:,\s*\d{4})?)?\s*(?:\([^()\n]{1,40}\)\s*)?[-–—]+\s+(?=\S)/u;

/** Lower-case, unify quotes and dashes, drop punctuation except inside figures, collapse spaces. */
export function normaliseClaim(text: string): string {
  return text
    .replace(DATELINE, (line) => (/[(,]/.test(line) || line === line.toUpperCase() ? '' : line))
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[‘’`]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/(\d),(\d)/g, '$1$2')
    .replace(/[^\p{L}\p{N}.%$€£¥' ]+/gu, ' ')
    .replace(/(?<!\d)\.|\.(?!\d)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

interface Prepared {
  claim: CheckedClaim;
  normal: string;
  tokens: Set<string>;
  figures: string;
}

function tokensOf(normal: string): Set<string> {
  return new Set(normal.split(' ').filter((t) => t && !STOP.has(t)));
}

function figuresOf(tokens: Set<string>): string {
  return [...tokens].filter((t) => /\d/.test(t)).sort().join(' ');
}

function prepare(claim: CheckedClaim): Prepared {
  const normal = normaliseClaim(claim.text);
  const tokens = tokensOf(normal);
  return { claim, normal, tokens, figures: figuresOf(tokens) };
}

/** A matcher over one list of checked claims, indexed by word so each look-up touches only claims sharing a word. */
export function claimMatcher(checked: CheckedClaim[]): (text: string) => CheckedClaim | null {
  const prepared = checked.filter((c) => c && typeof c.text === 'string' && c.text.trim()).map(prepare);
  const exact = new Map<string, Prepared>();
  const byToken = new Map<string, number[]>();
  prepared.forEach((p, i) => {
    if (!exact.has(p.normal)) exact.set(p.normal, p);
    for (const t of p.tokens) {
      const list = byToken.get(t);
      if (list) list.push(i);
      else byToken.set(t, [i]);
    }
  });
  return (text: string) => {
    if (prepared.length === 0) return null;
    const normal = normaliseClaim(text);
    if (!normal) return null;
    const hit = exact.get(normal);
    if (hit) return hit.claim;
    const tokens = tokensOf(normal);
    if (tokens.size < MIN_TOKENS_FOR_NEAR) return null;
    const shared = new Map<number, number>();
    for (const t of tokens) for (const i of byToken.get(t) ?? []) shared.set(i, (shared.get(i) ?? 0) + 1);
    const figures = figuresOf(tokens);
    let best: Prepared | null = null;
    let bestSim = MIN_JACCARD;
    for (const [i, common] of shared) {
      const p = prepared[i];
      if (p.tokens.size < MIN_TOKENS_FOR_NEAR || p.figures !== figures) continue;
      if (common / Math.min(tokens.size, p.tokens.size) < NEAR_MATCH) continue;
      const sim = common / (tokens.size + p.tokens.size - common);
      if (sim >= bestSim) {
        best = p;
        bestSim = sim;
      }
    }
    return best ? best.claim : null;
  };
}

const matchers = new WeakMap<CheckedClaim[], (text: string) => CheckedClaim | null>();

/** The checked claim `text` repeats (exactly or nearly), or null. */
export function matchCheckedClaim(text: string, checked: CheckedClaim[]): CheckedClaim | null {
  let match = matchers.get(checked);
  if (!match) {
    match = claimMatcher(checked);
    matchers.set(checked, match);
  }
  return match(text);
}

/** The reason shown on a suggestion that repeats a checked claim. */
export function checkedBeforeReason(claim: CheckedClaim): string {
  const status = claim.verdict ? `${claim.status} (${claim.verdict})` : claim.status;
  return `checked before in “${claim.documentTitle}”: ${status}`;
}
