/**
 * Honest held-out scores: each group (a CLEF speech, a news article) is scored by a model trained
 * on every other group only, so no sentence is ever scored by a model that saw it.
 */
import { scoreClaimSentence } from '../../src/main/core/suggest/claims';
import type { ClaimModel } from '../../src/main/core/suggest/claims-model';
import { fitClaimModel, type LabelledSentence } from '../../src/main/core/suggest/claims-train';
import type { SentenceGroup } from './claims-data';
import type { Scored } from './claims-metrics';

/** News sentences weigh this much more than a speech line: news is what Copydesk reviews. */
export const NEWS_WEIGHT = 3;

export function trainingSet(clef: SentenceGroup[], news: SentenceGroup[]): LabelledSentence[] {
  return [
    ...clef.flatMap((g) => g.sentences),
    ...news.flatMap((g) => g.sentences.map((s) => ({ ...s, weight: NEWS_WEIGHT }))),
  ];
}

export function scoreWith(weights: Pick<ClaimModel, 'bias' | 'weights'>, sentences: LabelledSentence[]): Scored[] {
  const model = { ...weights, thresholds: { precise: 0.5, broad: 0.5 } } as ClaimModel;
  // Scored as the suggester scores (a headline it never suggests counts as score 0).
  return sentences.map((s) => ({ score: scoreClaimSentence(s.text, model)?.score ?? 0, label: s.label }));
}

/** Held-out scores of every group in `target`, training on all other groups of `clef` and `news`. */
export function heldOut(clef: SentenceGroup[], news: SentenceGroup[], target: 'clef' | 'news'): Map<string, Scored[]> {
  const out = new Map<string, Scored[]>();
  const groups = target === 'clef' ? clef : news;
  for (const held of groups) {
    const weights = fitClaimModel(
      trainingSet(
        clef.filter((g) => g !== held),
        news.filter((g) => g !== held),
      ),
    );
    out.set(held.name, scoreWith(weights, held.sentences));
  }
  return out;
}

/**
 * Fully held-out news figures: each article is scored by a model that never saw it, and judged
 * against thresholds chosen without it too (from the held-out scores of the other articles, each
 * scored by a model trained without that one and without the target). Pooled over all articles;
 * one list per threshold rule in `choosers`.
 */
export function nestedNews(
  clef: SentenceGroup[],
  news: SentenceGroup[],
  choosers: Array<(scores: Scored[]) => number>,
): Array<Array<Scored & { threshold: number }>> {
  const out: Array<Array<Scored & { threshold: number }>> = choosers.map(() => []);
  for (const held of news) {
    const rest = news.filter((g) => g !== held);
    const inner = [...heldOut(clef, rest, 'news').values()].flat();
    const scores = scoreWith(fitClaimModel(trainingSet(clef, rest)), held.sentences);
    choosers.forEach((choose, k) => {
      const threshold = choose(inner);
      for (const s of scores) out[k].push({ ...s, threshold });
    });
  }
  return out;
}
