/** What every part of the workspace shares: the stored data, the taxonomy, the actions and navigation. */
import { createContext, useContext } from 'react';
import type { Label } from '../../shared/types';
import type { ReviewActions } from './actions';
import type { ReviewData } from './store';
import type { TagAllRequest } from './tag-all';

/** The workspace's shared state and verbs. */
export interface ReviewContextValue {
  data: ReviewData;
  labels: Label[];
  actions: ReviewActions;
  /** The selected annotation's id, or null. */
  selectedId: string | null;
  /** Select an annotation, scroll it into view and show it in the panel (null closes the panel). */
  show(id: string | null): void;
  /** Shows the occurrences "tag all" would tag (TagAllPreview), or says there are none. */
  previewTagAll(request: TagAllRequest): void;
}

/** Provided by `ReviewDesk`; read with `useReview()`. */
export const ReviewContext = createContext<ReviewContextValue | null>(null);

/** The workspace context; throws outside a workspace (a programming error, not a user one). */
export function useReview(): ReviewContextValue {
  const value = useContext(ReviewContext);
  if (!value) throw new Error('useReview() outside <ReviewWorkspace>');
  return value;
}
