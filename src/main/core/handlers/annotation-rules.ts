/**
 * The rules an annotation must follow before it is stored, shared by create, update, import and
 * restore: its range lies inside the text, an entity carries a label from the taxonomy, and other
 * kinds carry none. Each broken rule is an `invalid_input` ApiError saying which annotation and why.
 */
import type Database from 'better-sqlite3';
import { ApiError } from '../../../shared/result';
import type { AnnotationKind } from '../../../shared/types';
import { newId } from '../db/sql';
import { findLabelByName, insertLabel, listLabels, nextLabelPosition } from '../repos/labels';

/**
 * Throws unless `start`–`end` is a non-empty range inside a text of `length` characters.
 * `what` names the annotation in the message ("Annotation 3").
 */
export function checkRange(start: number, end: number, length: number, what = 'The annotation'): void {
  if (end <= start) {
    throw new ApiError('invalid_input', `${what} must end after it starts (it starts at ${start} and ends at ${end}).`);
  }
  if (end > length) {
    throw new ApiError(
      'invalid_input',
      `${what} ends at ${end}, past the end of the text (${length} characters). The text may have changed; reload the document.`,
    );
  }
}

/**
 * The label an annotation of `kind` stores: for an entity, the taxonomy's spelling of `label`
 * (matched without regard to case); for other kinds, null. Throws when an entity has no label or
 * one that does not exist, or when another kind is given one.
 */
export function resolveLabel(db: Database.Database, kind: AnnotationKind, label: string | null | undefined, what = 'The annotation'): string | null {
  if (kind !== 'entity') {
    if (label) throw new ApiError('invalid_input', `${what} is a ${kind}; only entities carry a label (got "${label}").`);
    return null;
  }
  if (!label) throw new ApiError('invalid_input', `${what} is an entity and needs a label such as PERSON or ORG.`);
  const found = findLabelByName(db, label);
  if (!found) {
    const known = listLabels(db).map((l) => l.name).join(', ');
    throw new ApiError('invalid_input', `${what} uses the label "${label}", which does not exist. Known labels: ${known}. Create it first.`);
  }
  return found.name;
}

/** Colours given to labels that arrive with an import or an undo rather than from the label editor. */
const EXTRA_LABEL_COLORS = ['#495057', '#d6336c', '#1098ad', '#74b816', '#f76707', '#7048e8', '#0ca678', '#e03131'];

/**
 * The taxonomy's spelling of `name`, creating the label (with a colour, without a hotkey) when the
 * library does not have it yet — for labels that arrive in an imported file or an undo.
 */
export function ensureLabel(db: Database.Database, name: string): { name: string; created: boolean } {
  const found = findLabelByName(db, name);
  if (found) return { name: found.name, created: false };
  const position = nextLabelPosition(db);
  insertLabel(db, {
    id: newId(),
    name,
    kind: 'entity',
    color: EXTRA_LABEL_COLORS[position % EXTRA_LABEL_COLORS.length],
    hotkey: null,
    position,
  });
  return { name, created: true };
}
