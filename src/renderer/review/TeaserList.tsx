/**
 * The Teasers tab: suggested teasers first (accept or reject each, the words and keys of the
 * Suggestions tab), then accepted flags with their reason. The clean view (V) shows the text without any of it.
 */
import { useMemo } from 'react';
import { TEASER_REASON_WORDS } from '../../shared/vocabulary';
import { Button } from '../ui/Button';
import { useReview } from './context';
import { isPendingSuggestion } from './suggestions/pending';
import { inDocumentOrder } from './ranges';
import { plural, shorten } from './vocabulary';
import { useMay } from '../team/may';

/** The teaser overview. */
export function TeaserList() {
  const { data, actions, selectedId, show } = useReview();
  const teasers = useMemo(
    () => inDocumentOrder(data.annotations.values()).filter((a) => a.kind === 'teaser'),
    [data.annotations],
  );
  const candidates = teasers.filter(isPendingSuggestion);
  // On a team server a fact-checker sees the candidates but does not accept or reject them (team/may.ts).
  const mayTriage = useMay('annotations:update').allowed;
  const flags = teasers.filter((t) => !isPendingSuggestion(t));
  const flaggedChars = flags.reduce((sum, t) => sum + (t.end - t.start), 0);

  if (teasers.length === 0) {
    return <p className="rv-empty">No teaser content flagged. Select it and press T, or P for the paragraph, E for everything from here on.</p>;
  }
  return (
    <div className="rv-list">
      {candidates.length > 0 && (
        <section aria-label="Teaser candidates">
          <h3>
            Suggested <span className="rv-count">{candidates.length}</span>
          </h3>
          <ul>
            {candidates.map((teaser) => (
              <li key={teaser.id} className="rv-candidate-row">
                <button
                  type="button"
                  className="rv-list-item"
                  aria-current={teaser.id === selectedId ? 'true' : undefined}
                  onClick={() => show(teaser.id)}
                >
                  <span className="rv-list-text">{shorten(teaser.quote, 80)}</span>
                </button>
                {mayTriage && (
                  <div className="rv-row">
                    <Button small variant="primary" onClick={() => void actions.confirmCandidate(teaser.id)} title="Accept (Enter or Y)">
                      Accept
                    </Button>
                    <Button small onClick={() => void actions.rejectCandidate(teaser.id)} title="Reject (D, X or Backspace): not suggested here again">
                      Reject
                    </Button>
                  </div>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
      {flags.length > 0 && (
        <section aria-label="Flagged teaser content">
          <h3>
            Flagged <span className="rv-count">{flags.length}</span>
          </h3>
          <p className="rv-hint">{plural(flaggedChars, 'character')} left out of the cleaned text.</p>
          <ul>
            {flags.map((teaser) => (
              <li key={teaser.id}>
                <button
                  type="button"
                  className="rv-list-item"
                  aria-current={teaser.id === selectedId ? 'true' : undefined}
                  onClick={() => show(teaser.id)}
                >
                  <span className="rv-chip rv-chip-teaser">{TEASER_REASON_WORDS[teaser.attrs.reason ?? 'other']}</span>
                  <span className="rv-list-text">{shorten(teaser.quote, 80)}</span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
