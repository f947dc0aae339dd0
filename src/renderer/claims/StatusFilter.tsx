/**
 * Status filter: one toggle per claim status showing how many claims in scope have it, and "All".
 * Toggles combine (Unverified + In progress shows both); none pressed means every status.
 */
import { CLAIM_STATUSES, type ClaimStatus } from '../../shared/types';
import { CLAIM_STATUS_WORDS } from '../../shared/vocabulary';

export interface StatusFilterProps {
  selected: readonly ClaimStatus[];
  counts: Record<ClaimStatus, number>;
  total: number;
  onChange(statuses: ClaimStatus[]): void;
}

/** A row of pressed/unpressed status chips with counts. */
export function StatusFilter({ selected, counts, total, onChange }: StatusFilterProps) {
  const chosen = new Set(selected);
  function toggle(status: ClaimStatus) {
    const next = new Set(chosen);
    if (next.has(status)) next.delete(status);
    else next.add(status);
    onChange(CLAIM_STATUSES.filter((s) => next.has(s)));
  }
  return (
    <div className="status-filter" role="group" aria-label="Filter by status">
      <button type="button" className="status-toggle status-toggle-all" aria-pressed={chosen.size === 0} onClick={() => onChange([])}>
        All <span className="status-toggle-count">{total}</span>
      </button>
      {CLAIM_STATUSES.map((status) => (
        <button
          key={status}
          type="button"
          className={`status-toggle status-toggle-${status}`}
          aria-pressed={chosen.has(status)}
          data-status={status}
          onClick={() => toggle(status)}
        >
          <span className={`status-dot claim-dot-${status}`} aria-hidden="true" />
          {CLAIM_STATUS_WORDS[status]} <span className="status-toggle-count">{counts[status]}</span>
        </button>
      ))}
    </div>
  );
}
