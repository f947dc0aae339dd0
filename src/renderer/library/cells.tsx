/** Small presentational cells of the library table: status badge, claims meter, relative time. */
import type { DocumentStatus } from '../../shared/types';
import { DOCUMENT_STATUS_WORDS } from '../../shared/vocabulary';
import { exactTime, relativeTime } from './time';

/** The document's review status as a coloured badge. */
export function StatusBadge({ status }: { status: DocumentStatus }) {
  return <span className={`badge badge-${status}`}>{DOCUMENT_STATUS_WORDS[status]}</span>;
}

/**
 * "3/5": claims with a verdict (verified, false, misleading, unverifiable) out of all claims, with a
 * small bar; a dash when the document has no claims.
 */
export function ClaimsMeter({ checked, total }: { checked: number; total: number }) {
  if (total === 0) return <span className="muted" aria-label="No claims">—</span>;
  const ratio = Math.min(1, checked / total);
  return (
    <span className="claims-meter" title={`${checked} of ${total} claims have a verdict`}>
      <span className="claims-meter-track" aria-hidden="true">
        <span className={`claims-meter-fill${ratio === 1 ? ' done' : ''}`} style={{ width: `${Math.round(ratio * 100)}%` }} />
      </span>
      <span className="claims-meter-text">
        {checked}/{total}
        <span className="visually-hidden"> checked</span>
      </span>
    </span>
  );
}

/**
 * A `<time>` showing "5 min ago" with the exact time in its tooltip. The tooltip is written when the
 * pointer comes to it, not for every row drawn: the full date and time cost about half a millisecond
 * a row to format, a tenth of what rendering a new screenful of rows (a search's answer) took.
 */
export function RelativeTime({ iso, now }: { iso: string; now: number }) {
  return (
    <time dateTime={iso} onMouseEnter={(e) => (e.currentTarget.title = exactTime(iso))}>
      {relativeTime(iso, now)}
    </time>
  );
}
