/**
 * CoNLL IOB2 for NER training: `<base>.conll`, a `-DOCSTART-\tO` line, then one sentence after another,
 * each a run of `token<TAB>tag` lines followed by a blank line.
 *
 * - Sentences: every canonical block (line) is split with Intl.Segmenter('sentence'), so a headline
 *   without a full stop is still a sentence of its own. Tokens: Intl.Segmenter('word') segments that
 *   are not whitespace, so punctuation is kept as tokens ("5.8", "%").
 * - Tags: `B-LABEL`/`I-LABEL` from entity annotations only (claims, notes and teasers are not
 *   entities). Overlapping entities cannot both be tagged; the longer wins, then the earlier, and the
 *   file's `notice` says how many were left out. A token
 *   that overlaps an entity at all is part of it. An entity cut by a sentence break restarts with B-.
 * - Teasers (confirmed and candidates, as in the cleaned text) are off-topic content: their tokens are
 *   left out entirely, so they neither teach the model nor count as negative examples. A sentence
 *   left without tokens is dropped.
 */
import { plural } from '../../../shared/plural';
import type { Annotation, DocumentBundle, ExportFile } from '../../../shared/types';
import type { ExportContext } from './context';
import { exportFileBaseName } from './filename';
import { placeAnnotations, tokenName } from './model';

/** One token with its UTF-16 range in the canonical text and its IOB2 tag. */
export interface ConllToken {
  text: string;
  start: number;
  end: number;
  tag: string;
}

/** Picks non-overlapping entities: longest first, then earliest. Returned in document order. */
export function resolveEntityOverlaps(entities: Annotation[]): Annotation[] {
  const byPriority = entities.filter((e) => e.end > e.start).sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const accepted: Annotation[] = []; // kept sorted by start
  for (const entity of byPriority) {
    let lo = 0;
    let hi = accepted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (accepted[mid].start < entity.start) lo = mid + 1;
      else hi = mid;
    }
    const previous = accepted[lo - 1];
    const next = accepted[lo];
    if ((previous && previous.end > entity.start) || (next && next.start < entity.end)) continue;
    accepted.splice(lo, 0, entity);
  }
  return accepted;
}

function segmenter(language: string | null, granularity: 'sentence' | 'word'): Intl.Segmenter {
  try {
    return new Intl.Segmenter(language ?? 'en', { granularity });
  } catch {
    return new Intl.Segmenter('en', { granularity }); // an unknown language tag
  }
}

/** True when one of `ranges` (sorted by start), from index `from` on, overlaps [start, end). */
function overlapsFrom(ranges: Annotation[], from: number, start: number, end: number): boolean {
  for (let i = from; i < ranges.length && ranges[i].start < end; i++) if (ranges[i].end > start) return true;
  return false;
}

/**
 * How many entities overlap a longer (or earlier) one and so have no tokens of their own in CoNLL,
 * which holds one label per token. Entities inside teaser content are not counted: the teaser's
 * tokens are left out anyway, and the export says so in its module note.
 */
function entitiesLeftOut(all: Annotation[], kept: Annotation[], teasers: Annotation[]): number {
  const keptIds = new Set(kept.map((e) => e.id));
  return all.filter((e) => e.end > e.start && !keptIds.has(e.id) && !teasers.some((t) => t.start <= e.start && e.end <= t.end)).length;
}

/** The document as sentences of tagged tokens (see the module note). */
export function toConllSentences(bundle: DocumentBundle): ConllToken[][] {
  return conll(bundle).sentences;
}

/** The sentences, and how many nested or overlapping entities could not be tagged. */
function conll(bundle: DocumentBundle): { sentences: ConllToken[][]; leftOut: number } {
  const { text, language } = bundle.document;
  const { placed } = placeAnnotations(bundle);
  const allEntities = placed.filter((a) => a.kind === 'entity');
  const entities = resolveEntityOverlaps(allEntities);
  const teasers = placed.filter((a) => a.kind === 'teaser' && a.end > a.start); // sorted by start
  const leftOut = entities.length === allEntities.length ? 0 : entitiesLeftOut(allEntities, entities, teasers);
  const sentenceSegmenter = segmenter(language, 'sentence');
  const wordSegmenter = segmenter(language, 'word');

  const sentences: ConllToken[][] = [];
  let entityAt = 0;
  let teaserAt = 0;
  let blockStart = 0;
  while (blockStart < text.length) {
    const newline = text.indexOf('\n', blockStart);
    const blockEnd = newline === -1 ? text.length : newline;
    const block = text.slice(blockStart, blockEnd);
    for (const sentence of sentenceSegmenter.segment(block)) {
      const tokens: ConllToken[] = [];
      let previousEntity: Annotation | null = null;
      for (const word of wordSegmenter.segment(sentence.segment)) {
        if (word.segment.trim() === '') continue;
        const start = blockStart + sentence.index + word.index;
        const end = start + word.segment.length;
        while (teaserAt < teasers.length && teasers[teaserAt].end <= start) teaserAt++;
        if (overlapsFrom(teasers, teaserAt, start, end)) continue;
        while (entityAt < entities.length && entities[entityAt].end <= start) entityAt++;
        const entity = entityAt < entities.length && entities[entityAt].start < end ? entities[entityAt] : null;
        const tag = entity ? `${entity === previousEntity ? 'I' : 'B'}-${tokenName(entity.label ?? 'ENTITY')}` : 'O';
        previousEntity = entity;
        tokens.push({ text: word.segment, start, end, tag });
      }
      if (tokens.length > 0) sentences.push(tokens);
    }
    blockStart = blockEnd + 1;
  }
  return { sentences, leftOut };
}

/** The notice of a CoNLL file that could not tag `count` nested or overlapping entities. */
export function nestedEntitiesNotice(count: number): string {
  return `${plural(count, 'nested entity', 'nested entities')} ${count === 1 ? 'was' : 'were'} left out of CoNLL (CoNLL holds one label per token).`;
}

/**
 * `<base>.conll`. Nested entities left out are counted in the file's `notice` (and the README), not
 * in the file: CoNLL-2003 has no comment syntax, and its usual readers (Hugging Face's conll2003
 * loader, Flair's ColumnCorpus unless told a comment symbol) take every non-blank line other than
 * -DOCSTART- as a token, so a `#` line would be read as a token.
 */
export function exportConll(bundle: DocumentBundle, _ctx: ExportContext): ExportFile[] {
  const { sentences, leftOut } = conll(bundle);
  let content = '-DOCSTART-\tO\n\n';
  for (const sentence of sentences) {
    content += sentence.map((token) => `${token.text}\t${token.tag}\n`).join('') + '\n';
  }
  const file: ExportFile = { name: `${exportFileBaseName(bundle.document.title)}.conll`, mediaType: 'text/plain; charset=utf-8', content };
  return [leftOut > 0 ? { ...file, notice: nestedEntitiesNotice(leftOut) } : file];
}

