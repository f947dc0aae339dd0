/**
 * The Teasers tab: suggested teasers first (accept or reject each, the words and keys of the
 * Suggestions tab), then accepted flags with their reason. The clean view (V) shows the text without any of it.
 */
import { useMemo } from 'react';
import { TEASER_REASON_WORDS } from '../../shared/vocabulary';
import { useReview } from './context';
import { isPendingSuggestion } from './suggestions/pending';
import { PendingSuggestions } from './suggestions/PendingSuggestions';
import { inDocumentOrder } from './ranges';
import { plural, shorten } from './vocabulary';

/** The teaser overview. */
export function TeaserList() {
  const { data, selectedId, show } = useReview();
  const teasers = useMemo(
    () => inDocumentOrder(data.annotations.values()).filter((a) => a.kind === 'teaser'),
    [data.annotations],
  );
  const flags = teasers.filter((t) => !isPendingSuggestion(t));
  const flaggedChars = flags.reduce((sum, t) => sum + (t.end - t.start), 0);

  if (teasers.length === 0) {
    return <p className="rv-empty">No teaser content flagged. Select it and press T, or P for the paragraph, E for everything from here on.</p>;
  }
  return (
    <div className="rv-list">
      <PendingSuggestions kind="teaser" label="Teaser candidates" startOpen />
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
