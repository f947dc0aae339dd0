/**
 * Confirm and run the deletion of one document or a selection of any size (`documents:bulk`, a chunk
 * per call, with a progress bar). Nothing is deleted until the user confirms; a failure part-way says
 * how many were deleted before it.
 */
import { useState } from 'react';
import type { DocumentSelection } from '../../shared/library-query';
import type { DocumentSummary } from '../../shared/types';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { errorMessage } from '../ui/errors';
import { BulkStopped, runBulk } from './bulk';

export interface DeleteDialogProps {
  /** How many documents the selection holds. */
  count: number;
  /** Documents of the selection known by name (all of them for a small selection). */
  named: DocumentSummary[];
  selection: DocumentSelection;
  /** Called with how many were deleted (also after a partial failure, before the error shows). */
  onDeleted(count: number): void;
  onCancel(): void;
}

const LISTED = 6;

/** "Delete “Title”?" or "Delete 594 documents?"; see the module note. */
export function DeleteDialog({ count, named, selection, onDeleted, onCancel }: DeleteDialogProps) {
  const [progress, setProgress] = useState<number | null>(null);
  const single = count === 1 && named.length === 1 ? named[0] : null;
  const annotations = named.length === count ? named.reduce((n, d) => n + d.annotationCount, 0) : null;
  const plural = `${count.toLocaleString()} documents`;

  async function confirm() {
    setProgress(0);
    try {
      onDeleted(await runBulk(selection, { kind: 'delete' }, setProgress));
    } catch (e) {
      const stopped = e instanceof BulkStopped ? e : new BulkStopped(0, e);
      if (stopped.done) onDeleted(stopped.done);
      setProgress(null);
      throw new Error(
        single
          ? `“${single.title}” could not be deleted: ${errorMessage(stopped.reason)}`
          : `Deleting stopped after ${stopped.done.toLocaleString()} of ${plural}: ${errorMessage(stopped.reason)}`,
      );
    }
  }

  return (
    <ConfirmDialog
      title={single ? `Delete “${single.title}”?` : `Delete ${plural}?`}
      confirmLabel={single ? 'Delete document' : `Delete ${plural}`}
      onConfirm={confirm}
      onCancel={onCancel}
    >
      {!single && named.length > 0 && (
        <ul className="delete-list">
          {named.slice(0, LISTED).map((d) => (
            <li key={d.id}>{d.title}</li>
          ))}
          {count > LISTED && <li className="muted">and {(count - Math.min(LISTED, named.length)).toLocaleString()} more</li>}
        </ul>
      )}
      <p>
        {single ? 'The document' : 'These documents'}
        {annotations ? ` and ${annotations.toLocaleString()} annotation${annotations === 1 ? '' : 's'}, with their claims and sources,` : ' and their annotations, claims and sources'} will be
        removed from the library. This cannot be undone.
      </p>
      {progress !== null && count > 1 && (
        <p className="bulk-progress" role="status">
          <progress max={count} value={progress} /> Deleted {progress.toLocaleString()} of {count.toLocaleString()}…
        </p>
      )}
    </ConfirmDialog>
  );
}
