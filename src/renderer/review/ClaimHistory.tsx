/** The claim's history from the audit log: who did what, when — newest first. */
import type { EventRecord } from '../../shared/types';
import { describeEvent } from './history';
import { formatDateTime } from './vocabulary';

/** Props of `ClaimHistory`: the events (null while loading) or the loading error. */
export interface ClaimHistoryProps {
  events: EventRecord[] | null;
  error: string | null;
}

/** A list of the claim's events, or why it could not be loaded. */
export function ClaimHistory({ events, error }: ClaimHistoryProps) {
  return (
    <section className="rv-section" aria-label="Claim history">
      <h3>History</h3>
      {error && <p className="form-error">{error}</p>}
      {!error && events === null && <p className="rv-hint">Loading…</p>}
      {events && events.length === 0 && <p className="rv-hint">Nothing recorded yet.</p>}
      {events && events.length > 0 && (
        <ol className="rv-history">
          {[...events]
            .sort((a, b) => b.at.localeCompare(a.at) || b.id - a.id)
            .map((event) => (
              <li key={event.id}>
                <span className="rv-history-what">{describeEvent(event)}</span>
                <span className="rv-history-meta">
                  {event.actor || 'someone'} · <time dateTime={event.at}>{formatDateTime(event.at)}</time>
                </span>
              </li>
            ))}
        </ol>
      )}
    </section>
  );
}
