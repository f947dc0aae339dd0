/**
 * Runs the suggesters on one text: the function the task worker calls (never the window's thread).
 * Each suggester is a pure `Suggester` (types.ts); one that throws costs only its own kind, named in
 * `failed`, and the others still answer. Text no suggester can work on is answered with a sentence.
 */
import { whyNothingToSuggest } from '../../../shared/nothing-to-suggest';
import { suggestClaims } from './claims';
import { suggestEntities } from './entities';
import { suggestTeasers } from './teasers';
import type { SuggestContext, SuggestedSpan, Suggester, SuggestionKind } from './types';

export const SUGGESTION_KINDS: readonly SuggestionKind[] = ['teaser', 'claim', 'entity'];

/** The suggester of each kind. */
export const SUGGESTERS: Readonly<Partial<Record<SuggestionKind, Suggester>>> = {
  teaser: suggestTeasers,
  claim: suggestClaims,
  entity: suggestEntities,
};

/** What the suggesters made of one text. */
export interface SuggestOutcome {
  spans: SuggestedSpan[];
  /** Kinds whose suggester failed, with the error's detail (for the log, never shown as is). */
  failed: Array<{ kind: SuggestionKind; detail: string }>;
  /** A sentence when suggestions cannot be made for this text at all (empty, no words). */
  notice?: string;
}

/** Runs the suggesters of `kinds` on `text`; `suggesters` lets tests inject their own. */
export function suggestAll(
  text: string,
  context: SuggestContext,
  kinds: readonly SuggestionKind[] = SUGGESTION_KINDS,
  suggesters: Readonly<Partial<Record<SuggestionKind, Suggester>>> = SUGGESTERS,
): SuggestOutcome {
  const notice = whyNothingToSuggest(text);
  if (notice) return { spans: [], failed: [], notice };
  const spans: SuggestedSpan[] = [];
  const failed: SuggestOutcome['failed'] = [];
  for (const kind of kinds) {
    const suggester = suggesters[kind];
    if (!suggester) continue;
    try {
      for (const span of suggester(text, context)) if (span.kind === kind) spans.push(span);
    } catch (error) {
      failed.push({ kind, detail: error instanceof Error ? `${error.name}: ${error.message}` : String(error) });
    }
  }
  return { spans, failed };
}
