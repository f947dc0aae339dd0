/**
 * The inspector for the selected annotation: what it covers, the fields of its kind (entity label
 * and canonical name; teaser reason; claim status, verdict, checklist, sources, history), the note,
 * and delete. Every change is saved as soon as it is made and can be undone.
 *
 * The panel stays mounted while the selection moves (] through thousands of suggestions, J/K): it
 * is updated in place, which costs a fraction of building it again. Nothing typed or fetched for one
 * annotation may show for the next: a text field takes the annotation's id in its `draftKey` (a new
 * key saves what was typed for the previous one and starts afresh, CommitField), and what holds
 * state of its own per annotation — a claim's fetched history and source form, a verdict fetched
 * from another document — is keyed by the annotation's id.
 */
import type { Annotation } from '../../shared/types';
import { Button } from '../ui/Button';
import { AnnotationChip } from './AnnotationChip';
import { ClaimDetails } from './ClaimDetails';
import { CommitField } from './CommitField';
import { useReview } from './context';
import { EntityDetails } from './EntityDetails';
import { TeaserDetails } from './TeaserDetails';
import { isPendingSuggestion } from './suggestions/pending';
import { SuggestionDetails } from './suggestions/SuggestionDetails';
import { KIND_WORDS } from './vocabulary';
import { useMay } from '../team/may';

/** Props of `AnnotationPanel`. */
export interface AnnotationPanelProps {
  annotation: Annotation;
  onClose(): void;
}

/** The selected annotation's panel. */
export function AnnotationPanel({ annotation, onClose }: AnnotationPanelProps) {
  const { data, labels, actions } = useReview();
  const { id, kind } = annotation;
  // On a team server a fact-checker reads annotations but neither changes nor deletes them (team/may.ts).
  const mayChange = useMay('annotations:update').allowed;
  const mayDelete = useMay('annotations:delete').allowed;

  return (
    <section className="rv-inspector" aria-label={`Selected ${KIND_WORDS[kind].toLowerCase()}`}>
      <header className="rv-inspector-head">
        <AnnotationChip annotation={annotation} labels={labels} status={data.claims.get(id)?.status} />
        <span className="rv-inspector-origin">{annotation.origin === 'manual' ? '' : annotation.origin}</span>
        <button type="button" className="rv-icon-button" aria-label="Close panel (Esc)" title="Close (Esc)" onClick={onClose}>
          ×
        </button>
      </header>
      <blockquote className="rv-quote">{annotation.quote}</blockquote>
      {annotation.orphaned && (
        <div className="rv-warning" role="note">
          <p>
            The text this annotation pointed to was deleted. It is kept here so nothing is lost: select the words it
            belongs to and attach it there, or delete it once it is no longer needed.
          </p>
          {mayChange && (
            <Button small variant="primary" onClick={() => void actions.attach(id)} title="Attach to the words selected in the text">
              Attach here
            </Button>
          )}
        </div>
      )}

      {isPendingSuggestion(annotation) && <SuggestionDetails annotation={annotation} />}
      {kind === 'entity' && <EntityDetails annotation={annotation} />}
      {kind === 'teaser' && <TeaserDetails annotation={annotation} />}
      {/* A suggested claim gets its verification fields once accepted. */}
      {kind === 'claim' && !isPendingSuggestion(annotation) && <ClaimDetails key={id} annotation={annotation} />}

      {mayChange ? (
        <CommitField
          label="Note"
          multiline
          value={annotation.attrs.note ?? ''}
          placeholder="Anything the next editor should know"
          draftKey={`${id}:note`}
          onCommit={(note) => actions.changeAttrs(id, { note }, 'Edit note')}
        />
      ) : (
        annotation.attrs.note && <p className="rv-hint">Note: {annotation.attrs.note}</p>
      )}

      {mayDelete && (
        <div className="rv-inspector-foot">
          <Button variant="danger" small onClick={() => void actions.remove([id])} title="Delete (Delete or Backspace)">
            Delete {KIND_WORDS[kind].toLowerCase()}
          </Button>
        </div>
      )}
    </section>
  );
}
