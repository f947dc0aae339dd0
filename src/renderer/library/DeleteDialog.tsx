/** Confirm and run the deletion of one or several documents (`documents:delete`, one call each). */
import { call } from '../api/client';
import type { DocumentSummary } from '../../shared/types';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { errorMessage } from '../ui/errors';

export interface DeleteDialogProps {
  documents: DocumentSummary[];
  /** Called with the ids actually deleted (also after a partial failure, before the error shows). */
  onDeleted(ids: string[]): void;
  onCancel(): void;
}

const LISTED = 6;

/** "Delete “Title”?" naming the document(s); nothing is deleted until the user confirms. */
export function DeleteDialog({ documents, onDeleted, onCancel }: DeleteDialogProps) {
  const single = documents.length === 1 ? documents[0] : null;
  const annotations = documents.reduce((n, d) => n + d.annotationCount, 0);

  async function confirm() {
    const deleted: string[] = [];
    for (const document of documents) {
      try {
        await call('documents:delete', { id: document.id });
        deleted.push(document.id);
      } catch (e) {
        if (deleted.length) onDeleted(deleted);
        throw new Error(`“${document.title}” could not be deleted: ${errorMessage(e)}`);
      }
    }
    onDeleted(deleted);
  }

  return (
    <ConfirmDialog
      title={single ? `Delete “${single.title}”?` : `Delete ${documents.length} documents?`}
      confirmLabel={single ? 'Delete document' : `Delete ${documents.length} documents`}
      onConfirm={confirm}
      onCancel={onCancel}
    >
      {!single && (
        <ul className="delete-list">
          {documents.slice(0, LISTED).map((d) => (
            <li key={d.id}>{d.title}</li>
          ))}
          {documents.length > LISTED && <li className="muted">and {documents.length - LISTED} more</li>}
        </ul>
      )}
      <p>
        {single ? 'The document' : 'These documents'}
        {annotations > 0 ? ` and ${annotations.toLocaleString()} annotation${annotations === 1 ? '' : 's'}, with their claims and sources,` : ''} will be
        removed from the library. This cannot be undone.
      </p>
    </ConfirmDialog>
  );
}
