/** One claim row of the claims desk: quote, document, status, age, assignee, sources, last change. */
import type { Ref } from 'react';
import { shortTitle } from '../../shared/short-title';
import { RelativeTime } from '../library/cells';
import { exactTime } from '../library/time';
import { ageText } from './age';
import type { ClaimRow } from './rows';
import { ClaimStatusChip } from './status';

export interface ClaimsTableRowProps {
  row: ClaimRow;
  /** The row's position in the whole list. */
  index: number;
  /** The virtualiser measures the row's real height through this. */
  measureRef?: Ref<HTMLTableRowElement>;
  /** Holds the keyboard focus stop (roving tabindex). */
  active: boolean;
  now: number;
  onFocusRow(): void;
  onOpen(): void;
}

/** A claim; clicking it (or Enter) opens the claim in its document. */
export function ClaimsTableRow({ row, index, measureRef, active, now, onFocusRow, onOpen }: ClaimsTableRowProps) {
  const { claim, annotation } = row;
  const quote = annotation.quote.replace(/\s+/g, ' ').trim();
  return (
    <tr
      className={['claims-row', active ? 'active' : ''].join(' ').trim()}
      tabIndex={active ? 0 : -1}
      data-id={annotation.id}
      data-index={index}
      data-status={claim.status}
      ref={measureRef}
      onFocus={onFocusRow}
      onClick={onOpen}
    >
      <th scope="row" className="cl-claim">
        <span className="claim-quote" title={annotation.quote}>
          {annotation.orphaned && <span className="claim-orphaned">Text deleted · </span>}
          {quote}
        </span>
      </th>
      <td className="cl-document">
        <span className="claim-document" title={row.documentTitle}>
          {shortTitle(row.documentTitle, 80)}
        </span>
      </td>
      <td className="cl-status">
        <ClaimStatusChip status={claim.status} />
      </td>
      <td className="cl-age">
        <time dateTime={annotation.createdAt} title={`Marked ${exactTime(annotation.createdAt)}`}>
          {ageText(annotation.createdAt, now)}
        </time>
      </td>
      <td className="cl-assignee">{claim.assignee ? claim.assignee : <span className="muted">Unassigned</span>}</td>
      <td className="cl-sources">{row.sourceCount}</td>
      <td className="cl-updated">
        <RelativeTime iso={claim.updatedAt} now={now} />
      </td>
    </tr>
  );
}
