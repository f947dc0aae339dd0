/**
 * The pending suggestions of one kind at the top of its own tab (Teasers, Claims, Entities):
 * "Suggested" with their count, in the count badge every tab uses, and the suggestions to accept or
 * reject. Nothing at all when none is pending, so the count disappears with the last one triaged.
 * Entities and claims can be suggested by the hundred: their list opens on demand and the count
 * alone stays in view; teasers are few and listed at once.
 */
import { useMemo, useState } from 'react';
import type { Annotation } from '../../../shared/types';
import { useMay } from '../../team/may';
import { useReview } from '../context';
import { documentOrderOf } from '../ranges';
import { pendingOf } from './pending';
import { SuggestionRows } from './SuggestionRow';

/** Props of `PendingSuggestions`. */
export interface PendingSuggestionsProps {
  kind: Exclude<Annotation['kind'], 'note'>;
  /** The section's accessible name ("Suggested claims"). */
  label: string;
  /** Whether the list shows before the person asks for it. */
  startOpen?: boolean;
}

/** The "Suggested N" section of a kind's tab. */
export function PendingSuggestions({ kind, label, startOpen = false }: PendingSuggestionsProps) {
  const { data } = useReview();
  const [open, setOpen] = useState(startOpen);
  // Filtered once per change of the annotations (pendingOf is cached on the ordered list).
  const pending = pendingOf(documentOrderOf(data.annotations));
  const items = useMemo(() => pending.filter((a) => a.kind === kind), [pending, kind]);
  // On a team server a fact-checker sees the suggestions but does not accept or reject them (team/may.ts).
  const mayTriage = useMay('annotations:update').allowed;
  if (items.length === 0) return null;
  return (
    <section aria-label={label}>
      <h3>
        Suggested <span className="rv-count">{items.length}</span>
        {!startOpen && (
          <button type="button" className="rv-link" aria-expanded={open} onClick={() => setOpen(!open)}>
            {open ? 'Hide' : 'Show'}
          </button>
        )}
      </h3>
      {open && <SuggestionRows items={items} mayTriage={mayTriage} />}
    </section>
  );
}
