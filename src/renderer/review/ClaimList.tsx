/**
 * The Claims tab: the suggested claims still pending (their count; the list on demand), then every
 * claim in document order with its status chip, filterable by status.
 */
import { useMemo, useState } from 'react';
import { CLAIM_STATUSES, type ClaimStatus } from '../../shared/types';
import { CLAIM_STATUS_WORDS } from '../../shared/vocabulary';
import { StatusChip } from './AnnotationChip';
import { useReview } from './context';
import { isPendingSuggestion } from './suggestions/pending';
import { PendingSuggestions } from './suggestions/PendingSuggestions';
import { inDocumentOrder } from './ranges';
import { shorten } from './vocabulary';

/** The claim overview. */
export function ClaimList() {
  const { data, selectedId, show } = useReview();
  const [filter, setFilter] = useState<ClaimStatus | null>(null);
  const claims = useMemo(
    () => inDocumentOrder(data.annotations.values()).filter((a) => a.kind === 'claim' && !isPendingSuggestion(a)),
    [data.annotations],
  );
  const sourceCounts = useMemo(() => {
    const counts = new Map<string, number>();
    for (const source of data.sources.values()) counts.set(source.annotationId, (counts.get(source.annotationId) ?? 0) + 1);
    return counts;
  }, [data.sources]);
  const statusOf = (id: string): ClaimStatus => data.claims.get(id)?.status ?? 'unverified';
  const counts = new Map<ClaimStatus, number>();
  for (const claim of claims) counts.set(statusOf(claim.id), (counts.get(statusOf(claim.id)) ?? 0) + 1);
  const shown = filter ? claims.filter((c) => statusOf(c.id) === filter) : claims;

  const suggested = <PendingSuggestions kind="claim" label="Suggested claims" />;
  if (claims.length === 0) {
    return (
      <div className="rv-list">
        {suggested}
        <p className="rv-empty">No claims yet. Select a factual statement and press C, or put the caret in a sentence and press S.</p>
      </div>
    );
  }
  return (
    <div className="rv-list">
      {suggested}
      <div className="rv-filters" role="group" aria-label="Filter claims by status">
        <button type="button" className="rv-filter" aria-pressed={filter === null} onClick={() => setFilter(null)}>
          All <span className="rv-count">{claims.length}</span>
        </button>
        {CLAIM_STATUSES.filter((s) => counts.has(s)).map((status) => (
          <button
            key={status}
            type="button"
            className={`rv-filter rv-status-${status}`}
            aria-pressed={filter === status}
            onClick={() => setFilter(filter === status ? null : status)}
          >
            {CLAIM_STATUS_WORDS[status]} <span className="rv-count">{counts.get(status)}</span>
          </button>
        ))}
      </div>
      <ul>
        {shown.map((claim) => {
          const sources = sourceCounts.get(claim.id) ?? 0;
          return (
            <li key={claim.id}>
              <button
                type="button"
                className="rv-list-item rv-list-claim"
                aria-current={claim.id === selectedId ? 'true' : undefined}
                onClick={() => show(claim.id)}
              >
                <StatusChip status={statusOf(claim.id)} />
                <span className="rv-list-text">{shorten(claim.quote, 90)}</span>
                {sources > 0 && <span className="rv-count" title={`${sources} sources`}>{sources} src</span>}
              </button>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
