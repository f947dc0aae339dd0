/**
 * Names listed together are of one kind: "Amazon, Apple, Google and Facebook", "Larry Page and
 * Sergey Brin". When one member of such a list is typed and the others are name-shaped but
 * untyped, they get its label, with the reason "listed with Google".
 */
import type { SuggestedSpan } from './types';
import type { Token } from './entities-nlp';
import { inTitleCaseLine } from './entities-headlines';

/** A stretch of a proper-noun run and what it was typed as (null: nothing spoke for a type). */
export interface Segment {
  first: number;
  last: number;
  span: SuggestedSpan | null;
  /** Whether it could be a person's name (two to four title-case words, no places). */
  personShaped: boolean;
}

const JOINERS = new Set([',', 'and', 'or', '&']);

/** Whether only a comma and/or a conjunction stand between two segments, in one sentence. */
function listed(tokens: Token[], a: Segment, b: Segment): boolean {
  const between = b.first - a.last - 1;
  if (between < 1 || between > 2 || tokens[a.last].sentence !== tokens[b.first].sentence) return false;
  for (let k = a.last + 1; k < b.first; k++) if (!JOINERS.has(tokens[k].text)) return false;
  return true;
}

function conjoined(tokens: Token[], a: Segment, b: Segment): boolean {
  for (let k = a.last + 1; k < b.first; k++) if (tokens[k].text !== ',') return true;
  return false;
}

export function spreadAlongLists(text: string, tokens: Token[], segments: Segment[]): SuggestedSpan[] {
  const ordered = [...segments].sort((a, b) => a.first - b.first);
  const spread: SuggestedSpan[] = [];
  let chain: Segment[] = [];
  const flush = () => {
    const labels = new Set(chain.filter((s) => s.span).map((s) => s.span!.label));
    // A list that mixes kinds ("Google and California") says nothing about its untyped members;
    // two names and a comma are more often one thing said twice ("Wang Bin, Chief Physician").
    const appositive = chain.length === 2 && !conjoined(tokens, chain[0], chain[1]);
    const model = chain.find((s) => s.span)?.span;
    // Only a name typed on good evidence lends its label: not a town's name alone ("Santana", also a
    // surname); and not along a menu or a headline in title case ("Miami News, Weather, Sports"),
    // unless it lists people ("By Emma Whitford, Mariana Simões and Tatyana Turner").
    if (model && model.score >= 0.7 && labels.size === 1 && chain.length > 1 && !appositive && (model.label === 'PERSON' || !inTitleCaseLine(text, tokens[chain[0].first]))) {
      const name = text.slice(model.start, model.end);
      for (const member of chain) {
        if (member.span || (model.label === 'PERSON' && !member.personShaped)) continue;
        spread.push({ kind: 'entity', start: tokens[member.first].start, end: tokens[member.last].end, label: model.label, reasons: [`listed with ${name}`], score: 0.55 });
      }
    }
    chain = [];
  };
  for (const segment of ordered) {
    if (chain.length > 0 && !listed(tokens, chain[chain.length - 1], segment)) flush();
    chain.push(segment);
  }
  flush();
  return spread;
}
