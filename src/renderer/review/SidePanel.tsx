/**
 * The right-hand panel: the selected annotation's inspector on top, and below it the overview tabs
 * — Suggestions, Entities, Claims, Teasers, and Orphaned when there are any — each with its count
 * (the pending suggestions' only when there are some).
 */
import { useMemo, useRef, type ReactNode } from 'react';
import { AnnotationPanel } from './AnnotationPanel';
import { ClaimList } from './ClaimList';
import { useReview } from './context';
import { EntityList } from './EntityList';
import { OrphanList } from './OrphanList';
import { TeaserList } from './TeaserList';
import { isPendingSuggestion } from './suggestions/pending';
import { SuggestionList } from './suggestions/SuggestionList';

/** The overview tabs. */
export type PanelTab = 'suggestions' | 'entities' | 'claims' | 'teasers' | 'orphans';

/** Props of `SidePanel`. */
export interface SidePanelProps {
  tab: PanelTab;
  onTab(tab: PanelTab): void;
  /** Closes the inspector (Esc). */
  onCloseInspector(): void;
  /** Suggestions are being made; the Suggest button runs them. */
  suggesting: boolean;
  /** Which kind the suggestions are at ("claims (2 of 3)"). */
  suggestStep?: string | null;
  /** What the last suggestion run could not make (useSuggest), shown in the Suggestions tab. */
  suggestNotice?: string | null;
  onSuggest(): void;
}

const TITLES: Record<PanelTab, string> = { suggestions: 'Suggestions', entities: 'Entities', claims: 'Claims', teasers: 'Teasers', orphans: 'Orphaned' };

/** The side panel. */
export function SidePanel({ tab, onTab, onCloseInspector, suggesting, suggestStep, suggestNotice, onSuggest }: SidePanelProps) {
  const { data, selectedId } = useReview();
  const tabsRef = useRef<HTMLDivElement>(null);
  const counts = useMemo(() => {
    const c: Record<PanelTab, number> = { suggestions: 0, entities: 0, claims: 0, teasers: 0, orphans: 0 };
    for (const a of data.annotations.values()) {
      if (a.orphaned) c.orphans++;
      else if (a.kind === 'teaser') c.teasers++; // the Teasers tab lists suggested ones too, first
      if (a.orphaned) continue;
      if (isPendingSuggestion(a)) c.suggestions++;
      else if (a.kind === 'entity') c.entities++;
      else if (a.kind === 'claim') c.claims++;
    }
    return c;
  }, [data.annotations]);
  const tabs = (Object.keys(TITLES) as PanelTab[]).filter((t) => t !== 'orphans' || counts.orphans > 0 || tab === 'orphans');
  const selected = selectedId ? data.annotations.get(selectedId) : undefined;

  function onKeyDown(event: React.KeyboardEvent) {
    const index = tabs.indexOf(tab);
    let next: PanelTab | undefined;
    if (event.key === 'ArrowRight') next = tabs[(index + 1) % tabs.length];
    else if (event.key === 'ArrowLeft') next = tabs[(index - 1 + tabs.length) % tabs.length];
    if (!next) return;
    event.preventDefault();
    onTab(next);
    tabsRef.current?.querySelector<HTMLElement>(`[data-tab="${next}"]`)?.focus();
  }

  const lists: Record<PanelTab, () => ReactNode> = {
    suggestions: () => <SuggestionList running={suggesting} step={suggestStep} notice={suggestNotice} onSuggest={onSuggest} />,
    entities: () => <EntityList />,
    claims: () => <ClaimList />,
    teasers: () => <TeaserList />,
    orphans: () => <OrphanList />,
  };

  return (
    <aside className="rv-side" aria-label="Annotations">
      {/* Not keyed by the annotation: ] and J update the panel in place (AnnotationPanel keys what holds state). */}
      {selected && <AnnotationPanel annotation={selected} onClose={onCloseInspector} />}
      <div ref={tabsRef} className="rv-tabs" role="tablist" aria-label="Overview" onKeyDown={onKeyDown}>
        {tabs.map((t) => (
          <button
            key={t}
            type="button"
            role="tab"
            data-tab={t}
            id={`rv-tab-${t}`}
            aria-selected={tab === t}
            aria-controls="rv-tabpanel"
            tabIndex={tab === t ? 0 : -1}
            className={t === 'orphans' ? 'rv-tab rv-tab-warning' : 'rv-tab'}
            onClick={() => onTab(t)}
          >
            {/* The pending count, like every "Suggested" count, is hidden at zero. */}
            {TITLES[t]} {(t !== 'suggestions' || counts[t] > 0) && <span className="rv-count">{counts[t]}</span>}
          </button>
        ))}
      </div>
      <div id="rv-tabpanel" role="tabpanel" aria-labelledby={`rv-tab-${tab}`} className="rv-tabpanel">
        {lists[tab]()}
      </div>
    </aside>
  );
}
