/**
 * Length limits that more than one front door must agree on: what rename accepts is what an import
 * may store, and what `labels:update` accepts is what an import may create — otherwise the app would
 * hold titles or labels it then refuses to edit, restore or undo.
 */

/** Longest stored document title, in UTF-16 code units (rename and every import). */
export const MAX_STORED_TITLE_LENGTH = 1000;

/** Longest label name, in UTF-16 code units (the label editor, the API and every import). */
export const MAX_LABEL_LENGTH = 60;
