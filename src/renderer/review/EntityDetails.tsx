/** Entity fields in the inspector: label, canonical name, and "tag all occurrences". */
import { useId } from 'react';
import type { Annotation } from '../../shared/types';
import { Button } from '../ui/Button';
import { CommitField } from './CommitField';
import { useReview } from './context';
import { untaggedCount } from './untagged-count';
import { plural } from './vocabulary';
import { useMay } from '../team/may';

/** The entity part of the annotation panel. */
export function EntityDetails({ annotation }: { annotation: Annotation }) {
  const { data, labels, actions, previewTagAll } = useReview();
  const labelId = useId();
  const mayChange = useMay('annotations:update');
  const untagged = untaggedCount(data.document.text, annotation.quote, data.annotations);

  const known = labels.some((l) => l.name === annotation.label);
  return (
    <div className="rv-details">
      <div className="rv-field">
        <label htmlFor={labelId}>Label</label>
        <select
          id={labelId}
          value={annotation.label ?? ''}
          disabled={!mayChange.allowed}
          title={mayChange.reason}
          onChange={(e) => void actions.changeLabel(annotation, e.target.value)}
        >
          {!known && <option value={annotation.label ?? ''}>{annotation.label ?? '(none)'}</option>}
          {labels.map((label) => (
            <option key={label.id} value={label.name}>
              {label.name}
              {label.hotkey ? ` (${label.hotkey})` : ''}
            </option>
          ))}
        </select>
      </div>
      <CommitField
        label="Canonical name"
        value={annotation.attrs.canonical ?? ''}
        placeholder={annotation.quote}
        draftKey={`${annotation.id}:canonical`}
        hint="The full name this mention refers to, e.g. “Harbin Electric Power Group” for “the Group”."
        onCommit={(canonical) => actions.changeAttrs(annotation.id, { canonical }, 'Edit canonical name')}
      />
      <div className="rv-row">
        <Button
          small
          disabled={untagged === 0 || !annotation.label || !mayChange.allowed}
          onClick={() => previewTagAll({ label: annotation.label ?? '', needle: annotation.quote, canonical: annotation.attrs.canonical })}
          title="Tag every other untagged whole-word occurrence with the same label (A)"
        >
          Tag all occurrences
        </Button>
        <span className="rv-hint">
          {untagged === 0 ? 'Every occurrence is tagged.' : `${plural(untagged, 'untagged occurrence')} in the text.`}
        </span>
      </div>
    </div>
  );
}
