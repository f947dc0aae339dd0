/**
 * How far two annotators agree on the claims test sets, and how the shipped model fares against
 * each. Version 1: the first labels (claims-news-test-labels.json, claims-news-fresh-test-labels.json)
 * and a second, independent labelling (claims-news-test-labels-second.json); version 2
 * (claims-definition.md): claims-v2-test-labels.json and claims-v2-test-labels-second.json.
 * This is the ceiling a model trained on one annotator's labels is measured under.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { claimModel } from '../../src/main/core/suggest/claims-model';
import { FRESH_TEST_NEWS_LABELS, TEST_NEWS_LABELS, V2_AEB_LABELS, V2_AEB_SECOND_LABELS, V2_TEST_SECOND_LABELS, loadLabelFile, loadNewsFreshTest, loadNewsTest, loadRelabelled, type LabelVersion, type SentenceGroup } from './claims-data';
import { scoreWith } from './claims-heldout';
import { pct, precisionAtRecall } from './claims-metrics';

const V1_SECOND = resolve(fileURLToPath(new URL('.', import.meta.url)), 'claims-news-test-labels-second.json');

export interface Agreement {
  n: number;
  agreed: number;
  kappa: number;
  /** The second annotator's precision and recall with the first's labels as gold. */
  precision: number;
  recall: number;
}

export function agreement(first: Array<0 | 1>, second: Array<0 | 1>): Agreement {
  const n = first.length;
  let both = 0;
  let agreed = 0;
  for (let i = 0; i < n; i++) {
    if (first[i] === second[i]) agreed++;
    if (first[i] === 1 && second[i] === 1) both++;
  }
  const p1 = first.filter((x) => x === 1).length / n;
  const p2 = second.filter((x) => x === 1).length / n;
  const chance = p1 * p2 + (1 - p1) * (1 - p2);
  const observed = agreed / n;
  const secondYes = second.filter((x) => x === 1).length;
  const firstYes = first.filter((x) => x === 1).length;
  return { n, agreed, kappa: chance === 1 ? 1 : (observed - chance) / (1 - chance), precision: secondYes ? both / secondYes : 0, recall: firstYes ? both / firstYes : 0 };
}

/** The second labels in the first labelling's order, after checking the sentences are the same. */
function secondLabels(groups: SentenceGroup[], second: SentenceGroup[]): Array<0 | 1> {
  return groups.flatMap((g) => {
    const article = second.find((a) => a.name === g.name);
    if (!article || article.sentences.length !== g.sentences.length) throw new Error(`the second labels of ${g.name} are not for the same sentences`);
    return g.sentences.map((s, i) => {
      if (article.sentences[i].text !== s.text) throw new Error(`${g.name} sentence ${i} differs between the two labellings`);
      return article.sentences[i].label;
    });
  });
}

/** Agreement of the two labellings of one version, and the shipped model against each. */
export function agreementLines(version: LabelVersion): string[] {
  const secondFile = version === 2 ? V2_TEST_SECOND_LABELS : V1_SECOND;
  if (!existsSync(secondFile)) return [];
  const model = claimModel();
  const lines = [`  Two annotators on the test sets, labelling version ${version} (a second, independent labelling of the same sentences):`];
  for (const [name, file, groups] of [['test', TEST_NEWS_LABELS, loadNewsTest(version)], ['fresh test', FRESH_TEST_NEWS_LABELS, loadNewsFreshTest(version)]] as const) {
    const first = groups.flatMap((g) => g.sentences.map((s) => s.label));
    const other = secondLabels(groups, loadRelabelled(secondFile, file));
    const a = agreement(first, other);
    const scores = groups.flatMap((g) => scoreWith(model, g.sentences)).map((s) => s.score);
    const against = (labels: Array<0 | 1>, keep: (i: number) => boolean = () => true) =>
      pct(precisionAtRecall(scores.map((score, i) => ({ score, label: labels[i] })).filter((_, i) => keep(i)), 0.9));
    lines.push(`    ${name.padEnd(10)} ${a.n} sentences, claims ${first.filter((x) => x).length} / ${other.filter((x) => x).length}: agree ${pct(a.agreed / a.n)}, kappa ${pct(a.kappa)}; second vs first: precision ${pct(a.precision)} at recall ${pct(a.recall)}`);
    lines.push(`               model's precision at recall 0.9 against the first labels ${against(first)}, the second ${against(other)}, the ${a.agreed} sentences both agree on ${against(first, (i) => first[i] === other[i])}`);
  }
  if (version === 2) lines.push(...addedLabelsAgreement());
  return lines;
}

/** The added training articles (claims-v2-labels-aeb.json): a random dozen labelled again, blind. */
function addedLabelsAgreement(): string[] {
  const again = loadLabelFile(V2_AEB_SECOND_LABELS);
  if (again.length === 0) return [];
  const labelledFirst = loadLabelFile(V2_AEB_LABELS).filter((g) => again.some((a) => a.name === g.name));
  const a = agreement(
    labelledFirst.flatMap((g) => g.sentences.map((s) => s.label)),
    secondLabels(labelledFirst, again),
  );
  return [`    added training articles, a random ${again.length} labelled again: ${a.n} sentences, agree ${pct(a.agreed / a.n)}, kappa ${pct(a.kappa)}; second vs first: precision ${pct(a.precision)} at recall ${pct(a.recall)}`];
}
