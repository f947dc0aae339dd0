/**
 * The Entities tab: the suggested entities still pending (their count; the list on demand), then
 * the entities grouped by label (taxonomy order) with counts, and inside each label by name (the
 * canonical name when given, else the text). Clicking a name jumps to its next mention.
 */
import { useMemo } from 'react';
import type { Annotation } from '../../shared/types';
import { useReview } from './context';
import { isPendingSuggestion } from './suggestions/pending';
import { PendingSuggestions } from './suggestions/PendingSuggestions';
import { inDocumentOrder } from './ranges';
import { shorten } from './vocabulary';

interface NameGroup {
  name: string;
  mentions: Annotation[];
}

interface LabelGroup {
  label: string;
  color: string | undefined;
  count: number;
  names: NameGroup[];
}

/** Groups anchored entities by label, then by canonical name (or quote), most mentioned first. */
export function groupEntities(entities: Annotation[], labelOrder: string[]): Array<Omit<LabelGroup, 'color'>> {
  const byLabel = new Map<string, Map<string, Annotation[]>>();
  for (const entity of entities) {
    const label = entity.label ?? '(no label)';
    const name = entity.attrs.canonical?.trim() || entity.quote;
    const names = byLabel.get(label) ?? new Map<string, Annotation[]>();
    names.set(name, [...(names.get(name) ?? []), entity]);
    byLabel.set(label, names);
  }
  const rank = (label: string) => (labelOrder.includes(label) ? labelOrder.indexOf(label) : labelOrder.length);
  return [...byLabel.entries()]
    .sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b))
    .map(([label, names]) => ({
      label,
      count: [...names.values()].reduce((sum, list) => sum + list.length, 0),
      names: [...names.entries()]
        .map(([name, mentions]) => ({ name, mentions }))
        .sort((a, b) => b.mentions.length - a.mentions.length || a.name.localeCompare(b.name)),
    }));
}

/** The entity overview. */
export function EntityList() {
  const { data, labels, selectedId, show } = useReview();
  const groups: LabelGroup[] = useMemo(() => {
    const entities = inDocumentOrder(data.annotations.values()).filter((a) => a.kind === 'entity' && !isPendingSuggestion(a));
    return groupEntities(
      entities,
      labels.map((l) => l.name),
    ).map((g) => ({ ...g, color: labels.find((l) => l.name === g.label)?.color }));
  }, [data.annotations, labels]);

  const suggested = <PendingSuggestions kind="entity" label="Suggested entities" />;
  if (groups.length === 0) {
    return (
      <div className="rv-list">
        {suggested}
        <p className="rv-empty">No entities yet. Select text and press a label’s key (1–8), or pick it in the toolbar.</p>
      </div>
    );
  }

  function jump(mentions: Annotation[]) {
    const at = mentions.findIndex((m) => m.id === selectedId);
    show(mentions[(at + 1) % mentions.length].id);
  }

  return (
    <div className="rv-list">
      {suggested}
      {groups.map((group) => (
        <details key={group.label} open className="rv-group">
          <summary>
            <span className="rv-swatch" style={group.color ? { backgroundColor: group.color } : undefined} aria-hidden="true" />
            <span className="rv-group-name">{group.label}</span>
            <span className="rv-count">{group.count}</span>
          </summary>
          <ul>
            {group.names.map(({ name, mentions }) => (
              <li key={name}>
                <button
                  type="button"
                  className="rv-list-item"
                  aria-current={mentions.some((m) => m.id === selectedId) ? 'true' : undefined}
                  title={mentions.length > 1 ? 'Next mention' : 'Show in text'}
                  onClick={() => jump(mentions)}
                >
                  <span className="rv-list-text">{shorten(name, 48)}</span>
                  {mentions.length > 1 && <span className="rv-count">×{mentions.length}</span>}
                </button>
              </li>
            ))}
          </ul>
        </details>
      ))}
    </div>
  );
}
