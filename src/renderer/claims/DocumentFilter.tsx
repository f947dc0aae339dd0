/**
 * The claims desk's document filter. A library of 100,000 claims has about as many documents with
 * claims as it has pages of them: drawing every title as an <option> cost the desk's first frame
 * 1,000 DOM nodes when the document list answered before the first rows. The list is drawn once the
 * filter is focused or pressed (a pointer press focuses the select before its menu opens, and keys
 * reach it only once focused); until then only "All documents" and the chosen document exist.
 */
import { useState } from 'react';
import { shortTitle } from '../../shared/short-title';

export interface DocumentFilterProps {
  /** Documents that have claims, by title. */
  documents: Array<{ id: string; title: string }>;
  /** The chosen document, or null for all. */
  value: string | null;
  onChange(documentId: string | null): void;
}

/** A <select> of the documents with claims, its options drawn once the editor reaches for it. */
export function DocumentFilter({ documents, value, onChange }: DocumentFilterProps) {
  const [reached, setReached] = useState(false);
  const reach = () => setReached(true);
  const shown = reached ? documents : documents.filter((d) => d.id === value);
  return (
    <select
      className="claims-document-filter"
      aria-label="Filter by document"
      value={value ?? ''}
      onFocus={reach}
      onPointerDown={reach}
      onChange={(e) => onChange(e.target.value || null)}
    >
      <option value="">All documents</option>
      {shown.map((d) => (
        <option key={d.id} value={d.id}>
          {shortTitle(d.title, 80)}
        </option>
      ))}
    </select>
  );
}
