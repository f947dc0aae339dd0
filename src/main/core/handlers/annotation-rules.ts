/**
 * The rules an annotation must follow before it is stored, shared by create, update, import and
 * restore: the offsets refer to the text as it is now (`baseRevision`), its range lies inside the
 * text and does not split a character, an entity carries a label from the taxonomy, and other kinds
 * carry none. Each broken rule is an ApiError saying which annotation and why.
 */
import { splitsSurrogatePair } from '../../../shared/codepoints';
import { ApiError } from '../../../shared/result';
import type { AnnotationKind, Label } from '../../../shared/types';
import { newId } from '../db/sql';
import type { StoreTx } from '../store/types';
import { labelSpellings } from '../suggest/suggestions-logic';

/** What a stale-offset write is told. */
export const STALE_TEXT_MESSAGE =
  'The text of this document changed since you opened it (another window or the command line edited it). Reload to see the current text.';

/**
 * Throws `conflict` when the caller says which revision of the text its offsets refer to
 * (`baseRevision`) and the document has moved on since: the offsets would tag the wrong text.
 */
export function checkBaseRevision(doc: { revision: number }, baseRevision: number | undefined): void {
  if (baseRevision !== undefined && baseRevision !== doc.revision) throw new ApiError('conflict', STALE_TEXT_MESSAGE);
}

/**
 * Throws `invalid_input` when `start` or `end` falls between the two halves of a surrogate pair in
 * `text` (inside an emoji or another character outside the Basic Multilingual Plane). Such offsets
 * are refused rather than snapped: the caller's idea of the range is wrong, and guessing which way it
 * meant would tag text nobody selected.
 */
export function checkWholeCharacters(text: string, start: number, end: number, what = 'The annotation'): void {
  for (const [edge, offset] of [['starts', start], ['ends', end]] as const) {
    if (splitsSurrogatePair(text, offset)) {
      throw new ApiError(
        'invalid_input',
        `${what} ${edge} at ${offset}, in the middle of the character “${text.slice(offset - 1, offset + 1)}” (an emoji or another character made of two code units). Select whole characters.`,
      );
    }
  }
}

/**
 * Throws unless `start`–`end` is a non-empty range inside `text` that does not split a character.
 * `what` names the annotation in the message ("Annotation 3").
 */
export function checkRange(text: string, start: number, end: number, what = 'The annotation'): void {
  const length = text.length;
  if (end <= start) {
    throw new ApiError('invalid_input', `${what} must end after it starts (it starts at ${start} and ends at ${end}).`);
  }
  if (end > length) {
    throw new ApiError(
      'invalid_input',
      `${what} ends at ${end}, past the end of the text (${length} characters). The text may have changed; reload the document.`,
    );
  }
  checkWholeCharacters(text, start, end, what);
}

/** Answers the label an annotation of `kind` stores, or throws (see {@link resolveLabel}). */
export type LabelResolver = (kind: AnnotationKind, label: string | null | undefined, what?: string) => string | null;

/** {@link resolveLabel} against the taxonomy `labels`. */
function resolverOver(labels: readonly Label[]): LabelResolver {
  const spelling = labelSpellings(labels);
  return (kind, label, what = 'The annotation') => {
    if (kind !== 'entity') {
      if (label) throw new ApiError('invalid_input', `${what} is a ${kind}; only entities carry a label (got "${label}").`);
      return null;
    }
    if (!label) throw new ApiError('invalid_input', `${what} is an entity and needs a label such as PERSON or ORG.`);
    const found = spelling(label);
    if (!found) {
      const known = labels.map((l) => l.name).join(', ');
      throw new ApiError('invalid_input', `${what} uses the label "${label}", which does not exist. Known labels: ${known}. Create it first.`);
    }
    return found;
  };
}

/**
 * {@link resolveLabel} for many annotations: reads the taxonomy once, so creating thousands of
 * annotations costs one query for their labels, not one each.
 */
export async function labelResolver(tx: StoreTx): Promise<LabelResolver> {
  return resolverOver(await tx.labels.listLabels());
}

/**
 * The label an annotation of `kind` stores: for an entity, the taxonomy's spelling of `label`
 * (matched without regard to case); for other kinds, null. Throws when an entity has no label or
 * one that does not exist, or when another kind is given one.
 */
export async function resolveLabel(tx: StoreTx, kind: AnnotationKind, label: string | null | undefined, what = 'The annotation'): Promise<string | null> {
  const labels = kind === 'entity' && label ? await tx.labels.listLabels() : [];
  return resolverOver(labels)(kind, label, what);
}

/** Colours given to labels that arrive with an import or an undo rather than from the label editor. */
const EXTRA_LABEL_COLORS = ['#495057', '#d6336c', '#1098ad', '#74b816', '#f76707', '#7048e8', '#0ca678', '#e03131'];

/** A label made for `name` at `position`, coloured from the extra palette, without a hotkey. */
function extraLabel(name: string, position: number): Label {
  return { id: newId(), name, kind: 'entity', color: EXTRA_LABEL_COLORS[position % EXTRA_LABEL_COLORS.length], hotkey: null, position };
}

/**
 * The taxonomy's spelling of `name`, creating the label (with a colour, without a hotkey) when the
 * library does not have it yet — for labels that arrive in an imported file or an undo. Call it
 * inside the write's `store.write`.
 */
export async function ensureLabelTx(tx: StoreTx, name: string): Promise<{ name: string; created: boolean }> {
  const found = await tx.labels.findLabelByName(name);
  if (found) return { name: found.name, created: false };
  await tx.labels.insertLabel(extraLabel(name, await tx.labels.nextLabelPosition()));
  return { name, created: true };
}
