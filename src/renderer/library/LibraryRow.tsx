/** One document row of the library table. */
import { memo } from 'react';
import { shortTitle } from '../../shared/short-title';
import type { DocumentSummary } from '../../shared/types';
import { ClaimsMeter, RelativeTime, StatusBadge } from './cells';
import { Snippet } from './Snippet';
import { useMay } from '../team/may';

/** A row's data: the document and, in search results, its snippet. */
export interface LibraryRowData {
  document: DocumentSummary;
  snippet?: string;
}

/** What a row's controls do, the same object for every row and render (so that a row is drawn again only when it changed). */
export interface LibraryRowActions {
  focus(index: number): void;
  toggle(document: DocumentSummary): void;
  open(id: string): void;
  rename(document: DocumentSummary): void;
  remove(document: DocumentSummary): void;
}

export interface LibraryRowProps {
  row: LibraryRowData;
  /** The row's position in the whole list (all matches, not just those rendered). */
  index: number;
  selected: boolean;
  /** The row that holds the keyboard focus stop (roving tabindex). */
  active: boolean;
  now: number;
  actions: LibraryRowActions;
}

/**
 * Clicking anywhere but a control opens the document. Memoised: a letter typed in the search box or
 * a scroll by one row re-renders the table, and the rows still on screen, unchanged, are skipped.
 */
export const LibraryRow = memo(function LibraryRow({ row, index, selected, active, now, actions }: LibraryRowProps) {
  const d = row.document;
  const onToggle = () => actions.toggle(d);
  const onOpen = () => actions.open(d.id);
  const onRename = () => actions.rename(d);
  const onDelete = () => actions.remove(d);
  const onFocusRow = () => actions.focus(index);
  // On a team server a row offers only what the role may do: an editor renames, only the chief deletes.
  const mayRename = useMay('documents:rename').allowed;
  const mayDelete = useMay('documents:delete').allowed;
  return (
    <tr
      className={['library-row', selected ? 'selected' : '', active ? 'active' : ''].join(' ').trim()}
      tabIndex={active ? 0 : -1}
      data-id={d.id}
      data-index={index}
      aria-rowindex={index + 2}
      onFocus={onFocusRow}
      onClick={(e) => {
        if ((e.target as HTMLElement).closest('button, input, label')) return;
        onOpen();
      }}
    >
      <td className="col-check">
        <input type="checkbox" checked={selected} onChange={onToggle} aria-label={`Select “${d.title}”`} tabIndex={active ? 0 : -1} />
      </td>
      <th scope="row" className="col-title">
        <span className="doc-title" title={d.title}>
          {shortTitle(d.title)}
        </span>
        {row.snippet !== undefined && (
          <div className="doc-snippet">
            <Snippet snippet={row.snippet} />
          </div>
        )}
      </th>
      <td className="col-source" title={d.source}>
        <span className="doc-source">{d.source}</span>
      </td>
      <td className="col-status">
        <StatusBadge status={d.status} />
      </td>
      <td className="col-assignee" title={d.assignee ?? 'Nobody has this document'}>
        {d.assignee ?? <span className="muted">—</span>}
      </td>
      <td className="col-num">{d.annotationCount.toLocaleString()}</td>
      <td className="col-claims">
        <ClaimsMeter checked={d.claimsVerified} total={d.claimCount} />
      </td>
      <td className="col-updated">
        <RelativeTime iso={d.updatedAt} now={now} />
      </td>
      <td className="col-actions">
        {mayRename && (
          <button type="button" className="row-action" tabIndex={active ? 0 : -1} onClick={onRename} aria-label={`Rename “${d.title}”`} title="Rename (F2)">
            Rename
          </button>
        )}
        {mayDelete && (
          <button type="button" className="row-action danger" tabIndex={active ? 0 : -1} onClick={onDelete} aria-label={`Delete “${d.title}”`} title="Delete (Del)">
            Delete
          </button>
        )}
      </td>
    </tr>
  );
});
