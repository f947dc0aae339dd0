/**
 * Annotations whose text was deleted while correcting the document. They are never dropped: the
 * editor sees them here, with what they said, and attaches each to the words selected in the text
 * ("Attach here") or deletes it — both undoable.
 */
import { Button } from '../ui/Button';
import { AnnotationChip } from './AnnotationChip';
import { useReview } from './context';
import { shorten } from './vocabulary';
import { useMay } from '../team/may';

/** The orphaned annotations. */
export function OrphanList() {
  const { data, labels, actions, selectedId, show } = useReview();
  // On a team server a fact-checker sees orphans but neither attaches nor deletes them (team/may.ts).
  const mayAttach = useMay('annotations:update').allowed;
  const mayDelete = useMay('annotations:delete').allowed;
  const orphans = [...data.annotations.values()].filter((a) => a.orphaned).sort((a, b) => a.start - b.start);
  if (orphans.length === 0) return <p className="rv-empty">Every annotation is placed in the text.</p>;
  return (
    <div className="rv-list">
      <p className="rv-hint">
        The text these pointed to was deleted. They are kept so nothing is lost: select the words one belongs to and
        press its “Attach here”.
      </p>
      <ul>
        {orphans.map((orphan) => (
          <li key={orphan.id} className="rv-orphan-row">
            <button
              type="button"
              className="rv-list-item"
              aria-current={orphan.id === selectedId ? 'true' : undefined}
              onClick={() => show(orphan.id)}
            >
              <AnnotationChip annotation={orphan} labels={labels} status={data.claims.get(orphan.id)?.status} />
              <span className="rv-list-text">{shorten(orphan.quote, 70)}</span>
            </button>
            {mayAttach && (
              <Button small onClick={() => void actions.attach(orphan.id)} title="Attach to the words selected in the text">
                Attach here
              </Button>
            )}
            {mayDelete && (
              <Button small variant="ghost" onClick={() => void actions.remove([orphan.id])}>
                Delete
              </Button>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
