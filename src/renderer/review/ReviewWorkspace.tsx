/**
 * The review workspace: everything an editor sees and does with one open document — tag entities,
 * flag teaser content, mark and verify claims, correct the text, undo, mark reviewed, export.
 * This component loads the document and the label taxonomy; `ReviewDesk` is the loaded workspace.
 */
import { memo, useCallback } from 'react';
import { Button } from '../ui/Button';
import { ErrorBanner } from '../ui/ErrorBanner';
import { ReviewDesk } from './ReviewDesk';
import { useReviewSession } from './useReviewSession';
import { useDoubleReview } from '../adjudicate/useDoubleReview';
import './review.css';

/** Props of the review workspace, as the app shell routes to it. */
export interface ReviewWorkspaceProps {
  documentId: string;
  /** An annotation to select (and scroll to) once the document is open, e.g. from the claims desk. */
  initialAnnotationId?: string;
  onClose(): void;
  /** Called after anything that changes what the library shows (status, counts). */
  onChanged?(): void;
}

/**
 * The review workspace for one document. Memoised: the shell renders again for its own reasons (an
 * import's progress, a dialog) and the workspace, with thousands of annotations, need not follow.
 */
export const ReviewWorkspace = memo(function ReviewWorkspace({ documentId, initialAnnotationId, onClose, onChanged }: ReviewWorkspaceProps) {
  const session = useReviewSession(documentId);
  const { reload: reloadSession } = session;
  const reload = useCallback(() => void reloadSession(), [reloadSession]);
  // Outside the loading states below, so a reload of the document keeps a half-filled form.
  const { strip: doubleReview, offer: doubleReviewOffer } = useDoubleReview({
    documentId,
    onAdjudicate: () => (window.location.hash = `#/adjudicate/${encodeURIComponent(documentId)}`),
    onLayerChanged: session.reload,
  });

  if (session.error) {
    return (
      <>
        {doubleReview}
        <div className="rv-workspace rv-state">
          <ErrorBanner message={session.error} onRetry={() => void session.reload()} />
          <Button onClick={onClose}>Back to the library</Button>
        </div>
      </>
    );
  }
  if (!session.data || session.generation === 0 || session.data.document.id !== documentId) {
    return (
      <>
        {doubleReview}
        <div className="rv-workspace rv-state" role="status">
          Opening the document…
        </div>
      </>
    );
  }
  return (
    <>
      {doubleReview}
      <ReviewDesk
        key={`${documentId}:${session.generation}`}
        store={session.store}
        data={session.data}
        labels={session.labels}
        initialAnnotationId={initialAnnotationId}
        onClose={onClose}
        onChanged={onChanged}
        reload={reload}
        barControls={doubleReviewOffer}
      />
    </>
  );
});
