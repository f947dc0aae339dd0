/**
 * The review status follows the work: the first edit of a New document (an annotation made,
 * changed or deleted, a teaser candidate confirmed or dismissed, a claim worked on, the text
 * corrected) moves it to In review, and so does an edit of a Reviewed document — the app asks the
 * editor before making one, and the status must not go on claiming a review the text no longer had.
 * Each move is logged as `document.status_changed` with the reason.
 */
import type { DocumentStatus } from '../../../shared/types';
import type { StoreTx } from '../store/types';
import { auditTx } from './context';

/**
 * Moves `documentId` to In review when it is New or Reviewed; call inside the edit's `store.write`.
 * `status`: the document's status as read earlier in the same write (no other write can change it
 * meanwhile), which spares reading it again — on a team library, a round trip before COMMIT.
 */
export async function markEditedTx(tx: StoreTx, documentId: string, at: string, status?: DocumentStatus): Promise<void> {
  const before = status ?? (await tx.documents.getDocumentStatus(documentId));
  if (before !== 'new' && before !== 'reviewed') return;
  await tx.documents.setDocumentStatus(documentId, 'in_review', at);
  await auditTx(tx, { action: 'document.status_changed', documentId, data: { before, after: 'in_review', reason: 'edited' } }, at);
}
