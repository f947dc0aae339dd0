/** How an annotation is named on the text (the hover tip and the label tags): "ORG", "Claim · Verified", "Suggested teaser". */
import { CLAIM_STATUS_WORDS } from '../../shared/vocabulary';
import type { StyleInput } from './styles';

/** The short name of what an annotation is. */
export function annotationWords(a: StyleInput): string {
  switch (a.kind) {
    case 'entity':
      return a.candidate ? `Suggested ${a.label ?? 'entity'}` : a.label ?? 'Entity';
    case 'claim':
      return a.candidate ? 'Suggested claim' : `Claim · ${CLAIM_STATUS_WORDS[a.status ?? 'unverified']}`;
    case 'teaser':
      return a.candidate ? 'Suggested teaser' : 'Teaser';
    case 'note':
      return 'Note';
  }
}
