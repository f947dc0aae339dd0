/**
 * Stored annotations as the editor takes them: orphaned ones left out (the side panel lists them;
 * the text has nothing to paint), claims carrying their verification status from the claim rows.
 */
import type { Annotation, ClaimStatus } from '../../shared/types';
import type { EditorAnnotation } from '../editor';

/** The claim status of an annotation id, from the workspace store. */
export type StatusOf = (id: string) => ClaimStatus | undefined;

/** The anchored annotations of `list`, with claim statuses (unverified when the claim row is missing). */
export function forEditor(list: Iterable<Annotation>, status: StatusOf): EditorAnnotation[] {
  const out: EditorAnnotation[] = [];
  for (const a of list) {
    if (a.orphaned) continue;
    out.push(a.kind === 'claim' ? { ...a, status: status(a.id) ?? 'unverified' } : a);
  }
  return out;
}
