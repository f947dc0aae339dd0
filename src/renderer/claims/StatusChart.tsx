/**
 * Claims per status as a small horizontal bar chart (CSS bars). Each bar is a list item whose text
 * names the status and its count, so the chart reads the same to a screen reader as to the eye.
 */
import { CLAIM_STATUSES, type ClaimStatus } from '../../shared/types';
import { CLAIM_STATUS_WORDS } from '../../shared/vocabulary';

export interface StatusChartProps {
  counts: Record<ClaimStatus, number>;
}

/** One bar per status, scaled to the largest count. */
export function StatusChart({ counts }: StatusChartProps) {
  const largest = Math.max(1, ...CLAIM_STATUSES.map((s) => counts[s]));
  const total = CLAIM_STATUSES.reduce((sum, s) => sum + counts[s], 0);
  return (
    <figure className="status-chart">
      <figcaption className="status-chart-caption">
        Claims by status <span className="muted">({total})</span>
      </figcaption>
      <ul className="status-chart-bars" aria-label="Claims by status">
        {CLAIM_STATUSES.map((status) => (
          <li key={status} className="status-chart-row" data-status={status}>
            <span className="status-chart-label">{CLAIM_STATUS_WORDS[status]}</span>
            <span className="status-chart-track" aria-hidden="true">
              <span className={`status-chart-bar claim-dot-${status}`} style={{ width: `${(counts[status] / largest) * 100}%` }} />
            </span>
            <span className="status-chart-count">{counts[status]}</span>
          </li>
        ))}
      </ul>
    </figure>
  );
}
