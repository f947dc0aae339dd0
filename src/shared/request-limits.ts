/**
 * The most elements a request's arrays may hold, by what each operation can mean. zod checks an
 * array's length before its elements, so a hostile million-element request is refused in
 * milliseconds instead of after seconds of validating every element.
 */

/** Ids in one bulk operation (export, delete): the documents or annotations one person selects. */
export const MAX_IDS_PER_CALL = 100_000;

/** Annotations (and their claims, sources, moves) of one document: "tens of thousands", with room. */
export const MAX_ANNOTATIONS_PER_DOCUMENT = 200_000;

/** Entries of one claim's checklist. */
export const MAX_CHECKLIST_ITEMS = 100;

/** Most labels a library holds (a taxonomy, not a vocabulary): `labels:create` and `labels:reorder` agree on it. */
export const MAX_LABELS = 200;
