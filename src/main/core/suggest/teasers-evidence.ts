/**
 * Weighs the line-shape signals of every block into one number: positive means "looks like the
 * scraper's tail", negative "looks like article prose". Each signal that fires leaves the reason the
 * editor reads. Linear in the text: one pass to count lines and words, one pass to score.
 */
import type { TextBlock } from './teasers-blocks';
import { findCue, reservesRights, type Cue } from './teasers-cues';
import {
  MAX_PREFIX,
  endsMidWord,
  endsWithEllipsis,
  endsWithPunctuation,
  isCutOff,
  isBareUrl,
  isDateOnly,
  isListItem,
  isShortQuestionOrExclamation,
  isTitleCase,
  isShortUnpunctuated,
  isTagList,
  wordCount,
} from './teasers-signals';
import { contentWords, overlapWith } from './teasers-words';
import { markStoryPairs } from './teasers-pairs';
import { isSiteNotice } from './teasers-notices';

export interface BlockEvidence {
  block: TextBlock;
  score: number;
  reasons: string[];
  cue: Cue | null;
  repeated: boolean;
  /** Printed twice in a row: the strongest form of a repeated headline. */
  repeatedAdjacent: boolean;
  /** Looks like a headline: short and unpunctuated, or a title-case question or exclamation. */
  headline: boolean;
  listItem: boolean;
  /** A full paragraph: twelve words or more, ending in punctuation, no teaser shape. */
  prose: boolean;
  tagList: boolean;
  cutOff: boolean;
  shortUnpunctuated: boolean;
  dateOnly: boolean;
  /** The site talking to its reader about cookies, accounts, comments, newsletters: page furniture written as a paragraph. */
  siteNotice: boolean;
  /** "All rights reserved": the page's copyright line, which closes the page. */
  closesPage: boolean;
}

const WEIGHT = {
  repeated: 3,
  repeatedApart: 1,
  titleCase: 0.5,
  listItem: -0.5,
  tagList: 3,
  cue: 3,
  cutOff: 2,
  dateOnly: 1,
  siteNotice: 2,
  shortUnpunctuated: 0,
  drift: 1,
  leadVocabulary: -1,
  prose: -2,
  shortSentence: -0.5,
  /** Every block leans a little towards the article, so a run of neutral lines (a table, a list) never pulls the boundary up for a near-tie. */
  everyBlock: -0.25,
};

/** Blocks read as the lead (with the title) when judging vocabulary drift. */
const LEAD_BLOCKS = 4;
/** A repeated line shorter than this ("* * *", "Photo") is not a repeated headline. */
const MIN_REPEATED_CHARS = 15;
const PROSE_WORDS = 12;
/** Below this share of content words found in the title and lead, a line is about something else; above the second, about the same. */
const DRIFT_OVERLAP = 0.15;
const SAME_TOPIC_OVERLAP = 0.5;

export function weighBlocks(blocks: TextBlock[], title: string | undefined): BlockEvidence[] {
  const lineCounts = new Map<string, number>();
  for (const block of blocks) {
    const key = normalise(block.text);
    lineCounts.set(key, (lineCounts.get(key) ?? 0) + 1);
  }
  const lead = leadVocabulary(blocks, title);
  const words = lazyWordIndex(blocks);

  const evidence = blocks.map((block, index): BlockEvidence => {
    const text = block.text;
    const reasons: string[] = [];
    let score = WEIGHT.everyBlock;
    const add = (weight: number, reason?: string) => {
      score += weight;
      if (reason) reasons.push(reason);
    };

    const cue = findCue(text);
    const key = normalise(text);
    const repeated = text.length >= MIN_REPEATED_CHARS && (lineCounts.get(key) ?? 0) > 1;
    const repeatedAdjacent =
      repeated && [blocks[index - 1], blocks[index + 1]].some((other) => other !== undefined && other.text.length === text.length && normalise(other.text) === key);
    const tagList = isTagList(text);
    const listItem = !cue && !tagList && isListItem(text);
    // A long headline with tags or printed twice has no end punctuation by nature: not a cut-off snippet.
    const cutOff = !tagList && !repeated && !listItem && isCutOff(text);
    const dateOnly = isDateOnly(text);
    const shortUnpunctuated = !cue && !tagList && !dateOnly && !listItem && !isBareUrl(text) && isShortUnpunctuated(text);
    const titleCase = !listItem && isTitleCase(text);
    const headline = shortUnpunctuated || (titleCase && isShortQuestionOrExclamation(text));
    const siteNotice = !cue?.strong && !repeatedAdjacent && isSiteNotice(text);

    if (cue?.strong) add(cue.inline ? 0 : WEIGHT.cue, `cue phrase: ${cue.name}`);
    if (repeatedAdjacent) add(WEIGHT.repeated, 'repeated headline');
    else if (repeated) add(WEIGHT.repeatedApart, 'line printed twice');
    if (tagList) add(WEIGHT.tagList, 'tag list');
    if (listItem) add(WEIGHT.listItem);
    if (cutOff) {
      if (endsWithEllipsis(text)) add(WEIGHT.cutOff, 'ends with an ellipsis');
      else add(WEIGHT.cutOff, endsMidWord(text, words.counts(), words.prefixes()) ? 'cut off mid-word' : 'cut off mid-sentence');
    }
    if (dateOnly) add(WEIGHT.dateOnly, 'date only');
    if (shortUnpunctuated) add(WEIGHT.shortUnpunctuated, 'short line without end punctuation');
    if (headline && titleCase) add(WEIGHT.titleCase, 'headline capitalisation');
    if (siteNotice) add(WEIGHT.siteNotice, 'the site speaking to its reader (cookies, account, comments, newsletter)');

    const overlap = block.index >= LEAD_BLOCKS ? overlapWith(contentWords(text), lead) : null;
    if (overlap !== null && overlap < DRIFT_OVERLAP) add(WEIGHT.drift, "words unlike the article's opening");
    else if (overlap !== null && overlap >= SAME_TOPIC_OVERLAP && !repeated && !tagList && !headline) add(WEIGHT.leadVocabulary);
    let prose = false;
    if (!cutOff && !repeatedAdjacent && !tagList && !cue?.strong && !headline && !siteNotice && endsWithPunctuation(text)) {
      prose = wordCount(text) >= PROSE_WORDS;
      add(prose ? WEIGHT.prose : WEIGHT.shortSentence);
    }
    return { block, score, reasons, cue, repeated, repeatedAdjacent, headline, listItem, prose, tagList, cutOff, shortUnpunctuated, dateOnly, siteNotice, closesPage: cue !== null && reservesRights(text) };
  });
  markStoryPairs(evidence, title);
  return evidence;
}

function normalise(line: string): string {
  return line.toLowerCase().replace(/\s+/g, ' ');
}

function leadVocabulary(blocks: TextBlock[], title: string | undefined): Set<string> {
  const vocabulary = new Set<string>();
  if (title) for (const word of contentWords(title)) vocabulary.add(word);
  for (const block of blocks.slice(0, LEAD_BLOCKS)) for (const word of contentWords(block.text)) vocabulary.add(word);
  return vocabulary;
}

/** Word counts and word prefixes of the whole document, built only if a cut-off line asks for them. */
function lazyWordIndex(blocks: TextBlock[]) {
  let counts: Map<string, number> | null = null;
  let prefixes: Set<string> | null = null;
  const build = () => {
    counts = new Map();
    prefixes = new Set();
    for (const block of blocks) {
      for (const match of block.text.matchAll(/[\p{L}]+/gu)) {
        const word = match[0].toLowerCase();
        counts.set(word, (counts.get(word) ?? 0) + 1);
      }
    }
    for (const word of counts.keys()) {
      for (let length = 2; length < word.length && length <= MAX_PREFIX; length++) prefixes.add(word.slice(0, length));
    }
  };
  return {
    counts: (): Map<string, number> => {
      if (!counts) build();
      return counts!;
    },
    prefixes: (): Set<string> => {
      if (!prefixes) build();
      return prefixes!;
    },
  };
}
