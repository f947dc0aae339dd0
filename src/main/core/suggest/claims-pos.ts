/**
 * Parts of speech for the claim model, from wink-nlp and its English lite model (both MIT, already
 * the entity suggester's tokeniser): how much of a sentence is adjectives and adverbs (description,
 * opinion), proper nouns and nouns (who and what), auxiliaries, and whether it opens with a pronoun.
 * Plain factual sentences with no figure ("It also gets a new rear suspension") are told from
 * opinion by this shape more than by any word list. Only the POS pipe runs, on one sentence of at
 * most a few thousand characters at a time.
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { winkSafeText } from './wink-text';

type Nlp = ReturnType<typeof winkNLP>;
let nlp: Nlp | null = null;

/** Loaded on first use, once per worker. */
function instance(): Nlp {
  nlp ??= winkNLP(model, ['pos']);
  return nlp;
}

export interface PosShares {
  adjShare: number;
  advShare: number;
  propnShare: number;
  nounShare: number;
  auxShare: number;
  pronStart: number;
  /** No verb at all: a caption, a label, a list item ("A prototype of an automated blood drawing device."). */
  noVerb: number;
}

/** Each share is the tag's part of the sentence's words, ×4 and capped at 1 (a quarter or more reads as "full"). */
export function posShares(text: string): PosShares {
  const engine = instance();
  const tags = (engine.readDoc(winkSafeText(text)).tokens().out(engine.its.pos) as string[]).filter((t) => t !== 'PUNCT' && t !== 'SPACE' && t !== 'SYM');
  const n = Math.max(1, tags.length);
  const share = (tag: string): number => Math.min(1, (tags.filter((t) => t === tag).length / n) * 4);
  return {
    adjShare: share('ADJ'),
    advShare: share('ADV'),
    propnShare: share('PROPN'),
    nounShare: share('NOUN'),
    auxShare: share('AUX'),
    pronStart: tags[0] === 'PRON' ? 1 : 0,
    noVerb: tags.some((t) => t === 'VERB' || t === 'AUX') ? 0 : 1,
  };
}
