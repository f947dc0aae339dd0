/**
 * The library's selection, which may span pages never loaded: either some documents (kept with their
 * summaries, so a dialog can name them) or every document matching the current filter except some.
 * Pure functions; the view holds the value.
 */
import type { DocumentSelection, LibraryFilter } from '../../shared/library-query';
import type { DocumentSummary } from '../../shared/types';

export type Selection =
  | { mode: 'some'; documents: ReadonlyMap<string, DocumentSummary> }
  | { mode: 'all'; except: ReadonlySet<string> };

export const NOTHING_SELECTED: Selection = { mode: 'some', documents: new Map() };
export const ALL_SELECTED: Selection = { mode: 'all', except: new Set() };

export function isSelected(selection: Selection, id: string): boolean {
  return selection.mode === 'some' ? selection.documents.has(id) : !selection.except.has(id);
}

/** How many documents are selected, given how many match the filter. */
export function selectedCount(selection: Selection, total: number): number {
  return selection.mode === 'some' ? selection.documents.size : Math.max(0, total - selection.except.size);
}

/** Checks or unchecks one document. */
export function toggle(selection: Selection, document: DocumentSummary): Selection {
  if (selection.mode === 'some') {
    const documents = new Map(selection.documents);
    if (documents.has(document.id)) documents.delete(document.id);
    else documents.set(document.id, document);
    return { mode: 'some', documents };
  }
  const except = new Set(selection.except);
  if (except.has(document.id)) except.delete(document.id);
  else except.add(document.id);
  return { mode: 'all', except };
}

/** The selection as the bulk operations take it; null when nothing is selected. */
export function toApiSelection(selection: Selection, filter: LibraryFilter, total: number): DocumentSelection | null {
  if (selectedCount(selection, total) === 0) return null;
  return selection.mode === 'some' ? { ids: [...selection.documents.keys()] } : { filter, except: [...selection.except] };
}
