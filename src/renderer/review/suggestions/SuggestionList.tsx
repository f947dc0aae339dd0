/**
 * The Suggestions tab: how many are pending ("12 suggestions: 5 teasers, 4 claims, 3 entities"), the
 * Suggest button, and each kind's pending suggestions with its first reason, accept and reject, and
 * "accept all" for the kind. ] and [ move through them in the text.
 */
import { useMemo } from 'react';
import type { Annotation } from '../../../shared/types';
import { Button } from '../../ui/Button';
import { useReview } from '../context';
import { documentOrderOf } from '../ranges';
import { plural } from '../vocabulary';
import { describeCounts, pendingOf, type SuggestionCounts } from './pending';
import { SuggestionRows } from './SuggestionRow';
import { useMay } from '../../team/may';
import { whyNothingToSuggest } from '../../../shared/nothing-to-suggest';

const KINDS: Array<{ kind: 'teaser' | 'claim' | 'entity'; title: string; noun: [string, string] }> = [
  { kind: 'teaser', title: 'Teasers', noun: ['teaser', 'teasers'] },
  { kind: 'claim', title: 'Claims', noun: ['claim', 'claims'] },
  { kind: 'entity', title: 'Entities', noun: ['entity', 'entities'] },
];

export interface SuggestionListProps {
  running: boolean;
  /** Which kind a running suggestion is at ("claims (2 of 3)"). */
  step?: string | null;
  /** What the last run could not make ("Claim suggestions could not be made…"). */
  notice?: string | null;
  onSuggest(): void;
}

export function SuggestionList({ running, step, notice, onSuggest }: SuggestionListProps) {
  const { data, actions } = useReview();
  // Once per change of the annotations, not per render: ] re-renders the tab on every key.
  const pending = pendingOf(documentOrderOf(data.annotations));
  const byKind = useMemo(() => groupByKind(pending), [pending]);
  const counts = countsOf(byKind);
  // A text with no words was already found to have nothing to suggest (after its import): say so.
  const text = data.document.text;
  const nothingToSuggest = useMemo(() => (counts.total === 0 ? whyNothingToSuggest(text) : null), [counts.total, text]);
  // On a team server a fact-checker sees what was suggested but neither suggests nor triages (team/may.ts).
  const maySuggest = useMay('suggestions:run').allowed;
  const mayTriage = useMay('annotations:update').allowed;

  return (
    <div className="rv-list rv-suggestions">
      <div className="rv-row">
        <p className="rv-suggestion-count" role="status">
          {running ? `Looking for suggestions…${step ? ` ${step}` : ''}` : describeCounts(counts)}
        </p>
        {maySuggest && (
          <Button small onClick={onSuggest} disabled={running} title="Find teasers, claims and entities in this document (G)">
            Suggest
          </Button>
        )}
      </div>
      {notice && !running && notice !== nothingToSuggest && (
        <p className="rv-hint" role="note">
          {notice}
        </p>
      )}
      {counts.total === 0 && !running && (nothingToSuggest ? (
        <p className="rv-empty">{nothingToSuggest}</p>
      ) : (
        maySuggest && <p className="rv-empty">Press Suggest (G) to have Copydesk look for teasers, claims and entities. You accept or reject each one.</p>
      ))}
      {KINDS.map(({ kind, title, noun }) => {
        const items = byKind[kind];
        if (items.length === 0) return null;
        return (
          <section key={kind} aria-label={`Suggested ${noun[1]}`}>
            <h3>
              {title} <span className="rv-count">{items.length}</span>
              {mayTriage && (
                <Button small onClick={() => void actions.confirmCandidates(items.map((a) => a.id))} title="Accept all of them (Shift+Enter)">
                  {items.length === 1 ? `Accept the ${noun[0]}` : `Accept all ${plural(items.length, ...noun)}`}
                </Button>
              )}
            </h3>
            <SuggestionRows items={items} mayTriage={mayTriage} />
          </section>
        );
      })}
    </div>
  );
}

type ByKind = Record<(typeof KINDS)[number]['kind'], Annotation[]>;

/** The pending suggestions of each kind, in document order: one pass over thousands. */
function groupByKind(pending: readonly Annotation[]): ByKind {
  const groups: ByKind = { teaser: [], claim: [], entity: [] };
  for (const a of pending) if (a.kind !== 'note') groups[a.kind].push(a);
  return groups;
}

function countsOf(groups: ByKind): SuggestionCounts {
  const { teaser, claim, entity } = groups;
  return { teaser: teaser.length, claim: claim.length, entity: entity.length, total: teaser.length + claim.length + entity.length };
}
