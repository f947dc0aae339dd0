/**
 * The contract every suggester keeps (issue 8, DESIGN.md "Suggestions"): a pure function from a
 * document's canonical text and what the library knows to suggested spans with the reasons that
 * fired. No database, no DOM, no I/O: unit-testable on a string. The core's task worker runs them;
 * `suggest/suggestions-logic.ts` turns their spans into pending annotations (`origin: "suggested"`).
 */
import type { TeaserReason } from '../../../shared/types';

export type SuggestionKind = 'teaser' | 'claim' | 'entity';

/** One suggested span. Offsets are UTF-16 indexes into the canonical text, `start < end`. */
export interface SuggestedSpan {
  kind: SuggestionKind;
  start: number;
  end: number;
  /** Entity label (PERSON, ORG, PLACE, DATE, MONEY, PERCENT, QUANTITY, EVENT); null for teasers and claims. */
  label: string | null;
  /** Teaser only: the reason code stored on the annotation. */
  teaserReason?: TeaserReason;
  /** Entity only: the canonical name, when the library knows one ("Harbin Electric Power Group"). */
  canonical?: string;
  /** Human-readable reasons that fired, shown in the suggestion's panel: "repeated headline", "contains a money amount", "known ORG from 12 documents". */
  reasons: string[];
  /** Confidence in [0, 1]; suggestions are ordered and thresholded by it. */
  score: number;
}

/** A name the library has seen tagged (accepted or manual) in other documents. */
export interface KnownName {
  text: string;
  label: string;
  canonical?: string;
  /** In how many other documents it was tagged with this label. */
  documents: number;
}

/** A claim worked to a verdict in another document, for "this claim was checked before". */
export interface CheckedClaim {
  annotationId: string;
  documentId: string;
  documentTitle: string;
  text: string;
  status: string;
  verdict: string;
}

/** What the library knows, handed to every suggester. Every field may be empty. */
export interface SuggestContext {
  /** Names tagged elsewhere in the library (library memory). */
  knownNames: KnownName[];
  /** Span texts (lower-cased) the editor rejected as entities anywhere, with the label rejected. */
  rejectedNames: Array<{ text: string; label: string }>;
  /** Claims with a verdict in other documents. */
  checkedClaims: CheckedClaim[];
  /** Settings → Suggestions: "precise" (fewer, surer) or "broad" (more recall). */
  claimSetting: 'precise' | 'broad';
  /** The document's title, when known (teaser detection compares the tail with the lead). */
  title?: string;
}

export type Suggester = (text: string, context: SuggestContext) => SuggestedSpan[];

/** A context with nothing known: for tests and for a library with no history. */
export function emptySuggestContext(overrides: Partial<SuggestContext> = {}): SuggestContext {
  return { knownNames: [], rejectedNames: [], checkedClaims: [], claimSetting: 'precise', ...overrides };
}
