/**
 * The claims plugin: factual claims marked for verification, tinted in the colour of their
 * verification status.
 */
import type { Command, EditorState } from 'prosemirror-state';
import { CLAIM_STATUSES, type ClaimStatus } from '../../shared/types';
import { addFromSelectionCommand, annotationFeature, updateCommand, type AnnotationFeature, type AnnotationInfo } from './annotation-plugin';
import type { AnnotationStore } from './annotation-store';

/** The claim feature (plugin factory, state, transaction helpers). */
export const claimFeature: AnnotationFeature = annotationFeature({ name: 'claims', kind: 'claim' });

/** A new instance of the claims plugin. */
export function claims() {
  return claimFeature.plugin();
}

/** The claim annotations of a state (positions). */
export function getClaims(state: EditorState): AnnotationStore<AnnotationInfo> {
  return claimFeature.getState(state).store;
}

/** Marks the selection (snapped to words) as a claim to verify. */
export function markClaim(id: string): Command {
  return addFromSelectionCommand(claimFeature, id, { label: null, status: 'unverified' });
}

/** Sets a claim's verification status (changes its colour). */
export function setClaimStatus(id: string, status: ClaimStatus): Command {
  if (!CLAIM_STATUSES.includes(status)) throw new RangeError(`Unknown claim status "${String(status)}"`);
  return updateCommand(claimFeature, id, { status });
}
