/**
 * Trains the claim model and writes src/main/core/suggest/models/claims.json:
 *   npx tsx scripts/train-claims.ts
 * Data: the CLEF-2019 speeches from ../shared/data/claims-clef2019 (their sentences labelled by
 * claims-definition.md in scripts/eval/claims-v2-clef-labels.json, CLEF's own labels where absent) and the hand-labelled
 * news sentences: scripts/eval/claims-v2-labels.json, the sentences of claims-news-labels*.json
 * relabelled by claims-definition.md (the version-1 labels where it is absent; never the test sets),
 * and scripts/eval/claims-v2-labels-aeb.json, 119 more articles of the same benchmark labelled by it,
 * fitted as `FIT` says. The two thresholds are chosen on held-out scores of
 * the news sentences (each fold of articles scored by a model that never saw it): precise = the best
 * F1 with precision ≥ 0.9 (fewer, surer), broad = the highest threshold keeping recall ≥ 0.9.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CLAIM_MODEL_FORMAT, checkClaimModel, type ClaimModel } from '../src/main/core/suggest/claims-model';
import { fitClaimModel } from '../src/main/core/suggest/claims-train';
import { clefAvailable, labelVersion, loadNews, loadTrainingSpeeches, CLEF_DIR } from './eval/claims-data';
import { FIT, heldOut, trainingSet } from './eval/claims-heldout';
import { atThreshold, thresholdForPrecision, thresholdForRecall } from './eval/claims-metrics';

const OUT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../src/main/core/suggest/models/claims.json');

function main(): number {
  if (!clefAvailable()) {
    console.error(`No training data at ${CLEF_DIR}: the claim model is trained from the CLEF-2019 speeches there.`);
    return 1;
  }
  const clef = loadTrainingSpeeches();
  const news = loadNews();
  const examples = trainingSet(clef, news, FIT.clefWeight);
  const fitted = fitClaimModel(examples, FIT);

  // Thresholds from held-out scores in the domain Copydesk serves (news), CLEF when no news labels exist.
  const held = [...heldOut(clef, news, news.length ? 'news' : 'clef').values()].flat();
  const floor3 = (x: number): number => Math.floor(x * 1000) / 1000;
  let precise = floor3(thresholdForPrecision(held, 0.9));
  let broad = floor3(thresholdForRecall(held, 0.9));
  if (broad > precise) [broad, precise] = [precise, broad];
  const model: ClaimModel = {
    format: CLAIM_MODEL_FORMAT,
    trainedAt: new Date().toISOString().slice(0, 10),
    trainedFrom: [
      ...clef.map((g) => `CLEF-2019 CheckThat! task 1: ${g.name} (${g.sentences.length} sentences${g.checkable ? ', relabelled by claims-definition.md in scripts/eval/claims-v2-clef-labels.json' : ''})`),
      ...(news.length ? [`${labelVersion() === 2 ? 'scripts/eval/claims-v2-labels.json and claims-v2-labels-aeb.json (claims-definition.md)' : 'scripts/eval/claims-news-labels*.json'}: ${news.length} news articles (scrapinghub, trafilatura), ${news.reduce((s, g) => s + g.sentences.length, 0)} sentences labelled by hand`] : []),
    ],
    examples: { total: examples.length, positive: examples.filter((e) => e.label === 1).length },
    bias: fitted.bias,
    weights: fitted.weights,
    ...(fitted.words ? { words: fitted.words } : {}),
    thresholds: { precise, broad },
    measured: {
      on: news.length ? 'news sentences, held out in folds of articles' : 'CLEF speeches, each held out',
      precise: atThreshold(held, precise),
      broad: atThreshold(held, broad),
    },
  };
  checkClaimModel(model);
  writeFileSync(OUT, `${JSON.stringify(model, null, 1)}\n`);
  console.log(`Wrote ${OUT}: ${examples.length} examples, precise ${precise}, broad ${broad}.`);
  return 0;
}

process.exit(main());
