/**
 * The one place the entity suggester talks to wink-nlp (MIT) and its English lite model (MIT):
 * tokens with their character offsets, parts of speech and sentence numbers, and the model's own
 * number and date entities. Chosen over compromise (ten times slower) and over hand-written
 * tokenisers: it reads 10,000 characters in about 15 ms on one core and needs no I/O.
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { winkSafeText } from './wink-text';

export interface Token {
  start: number;
  end: number;
  text: string;
  /** Universal part of speech from the model: PROPN, NOUN, NUM, ADP, PUNCT… */
  pos: string;
  sentence: number;
}

/** A number or date the model recognised, as a token range [first, last]. */
export interface NumericEntity {
  first: number;
  last: number;
  /** The model's type: DATE, MONEY, PERCENT, CARDINAL, DURATION, TIME, ORDINAL… */
  type: string;
}

export interface Analysis {
  tokens: Token[];
  numeric: NumericEntity[];
}

type Nlp = ReturnType<typeof winkNLP>;
let nlp: Nlp | null = null;

/** Loaded on first use: the model is a few MB and only the task worker needs it. */
function instance(): Nlp {
  nlp ??= winkNLP(model);
  return nlp;
}

export function analyse(original: string): Analysis {
  const engine = instance();
  // Same length and offsets as the original; over-long runs blanked (see wink-text.ts).
  const text = winkSafeText(original);
  const its = engine.its;
  const doc = engine.readDoc(text);
  const values = doc.tokens().out(its.value) as string[];
  const spacing = doc.tokens().out(its.precedingSpaces) as string[];
  const pos = doc.tokens().out(its.pos) as string[];
  const sentenceOf = new Array<number>(values.length).fill(0);
  doc.sentences().each((sentence, index) => {
    const [first, last] = sentence.out(its.span) as unknown as [number, number];
    for (let t = first; t <= last; t++) sentenceOf[t] = index;
  });
  // wink keeps each token's original spelling and the spacing before it; where the two do not
  // add up (a character it reads differently), the token is looked for from the cursor instead.
  const tokens: Token[] = [];
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    const expected = cursor + spacing[i].length;
    const at = text.startsWith(values[i], expected) ? expected : text.indexOf(values[i], cursor);
    if (at < 0) continue;
    cursor = at + values[i].length;
    tokens.push({ start: at, end: cursor, text: values[i], pos: pos[i], sentence: sentenceOf[i] });
  }
  const numeric: NumericEntity[] = [];
  // Token indexes only line up when every token was found; drop the model's entities otherwise.
  if (tokens.length === values.length) {
    const spans = doc.entities().out(its.span) as unknown as Array<[number, number]>;
    const types = doc.entities().out(its.type) as string[];
    spans.forEach(([first, last], k) => numeric.push({ first, last, type: types[k] }));
  }
  return { tokens, numeric };
}
