/**
 * The teaser suggester (issue 8): finds where a scraped article ends and the scraper's tail of
 * related headlines, cut-off snippets and page furniture begins, and suggests each tail block as a
 * teaser with the reasons that fired. Inside the article only unmistakable evidence is suggested:
 * cue lines ("Advertisement", "Read more: …") and the headlines listed under them, and a headline
 * printed twice with the cut-off snippet under it.
 */
import type { TeaserReason } from '../../../shared/types';
import { findBoundary } from './teasers-boundary';
import { splitBlocks } from './teasers-blocks';
import { weighBlocks, type BlockEvidence } from './teasers-evidence';
import type { SuggestedSpan, Suggester } from './types';
import { contentWords, overlapWith } from './teasers-words';

const AFTER_END = "after the article's end";
/** A line printed twice that is longer than this is a duplicated paragraph, not a teaser's headline. */
const MAX_HEADLINE_CHARS = 300;

export const suggestTeasers: Suggester = (text, context) => {
  const blocks = splitBlocks(text);
  if (blocks.length < 2) return [];
  const evidence = weighBlocks(blocks, context.title);
  const boundary = findBoundary(evidence);

  let vocabulary: Set<string> | null = null;
  const articleVocabulary = () => (vocabulary ??= vocabularyOf(evidence.slice(0, boundary)));

  const spans: SuggestedSpan[] = [];
  let underRelatedCue = false;
  let underRepeatedHeadline = false;
  for (let i = 0; i < evidence.length; i++) {
    const item = evidence[i];
    if (i >= boundary) {
      // A full paragraph after the end that speaks the article's language is its own (left below a related box).
      if (item.prose && continuesArticle(item, articleVocabulary())) continue;
      spans.push(toSpan(item, [...item.reasons, AFTER_END], confidence(item.score + 1)));
      continue;
    }
    if (item.cue?.strong) {
      spans.push(toSpan(item, item.reasons, 0.9));
      underRelatedCue = item.cue.kind === 'related' && item.cue.bare;
      continue;
    }
    // Headlines listed under a bare "Related:" / "Most read" header inside the article, until prose resumes.
    if (underRelatedCue && (item.shortUnpunctuated || item.tagList || item.repeated)) {
      spans.push(toSpan(item, [...item.reasons, 'listed under a related-stories cue'], 0.8));
      continue;
    }
    underRelatedCue = false;
    // A headline printed twice in a row is a scraped teaser wherever it sits; so is the cut-off snippet under it.
    // (Not the title printed twice at the top: that is the article's own headline.)
    if (item.repeatedAdjacent && i >= 2 && item.block.text.length <= MAX_HEADLINE_CHARS) {
      spans.push(toSpan(item, item.reasons, 0.85));
      underRepeatedHeadline = true;
      continue;
    }
    if (underRepeatedHeadline && item.cutOff) spans.push(toSpan(item, [...item.reasons, 'snippet under a repeated headline'], 0.8));
    underRepeatedHeadline = false;
  }
  return spans;
};

/** Share of content words a paragraph must share with the article before the boundary to be read as its own. */
const ARTICLE_OVERLAP = 0.4;

function continuesArticle(item: BlockEvidence, vocabulary: ReadonlySet<string>): boolean {
  return (overlapWith(contentWords(item.block.text), vocabulary) ?? 0) >= ARTICLE_OVERLAP;
}

function vocabularyOf(evidence: BlockEvidence[]): Set<string> {
  const vocabulary = new Set<string>();
  for (const item of evidence) for (const word of contentWords(item.block.text)) vocabulary.add(word);
  return vocabulary;
}

function toSpan(item: BlockEvidence, reasons: string[], score: number): SuggestedSpan {
  return {
    kind: 'teaser',
    start: item.block.start,
    end: item.block.end,
    label: null,
    teaserReason: reasonCode(item),
    reasons,
    score,
  };
}

function reasonCode(item: BlockEvidence): TeaserReason {
  if (item.cue?.name === 'Advertisement') return 'advertisement';
  if (item.cue?.kind === 'furniture' || item.siteNotice || (item.dateOnly && !item.repeated)) return 'boilerplate';
  if (item.repeated) return 'repeated_headline';
  if (item.cutOff) return 'truncated_snippet';
  return 'related_teaser';
}

/** Evidence → [0.5, 0.98]: a tail block with no signal of its own still leans towards teaser. */
function confidence(evidence: number): number {
  const logistic = 1 / (1 + Math.exp(-evidence / 2));
  return Math.round(Math.min(0.98, Math.max(0.5, logistic)) * 100) / 100;
}
