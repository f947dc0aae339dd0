/** The coloured chip that names an annotation everywhere: entity label, teaser (or candidate), claim status. */
import type { Annotation, ClaimStatus, Label } from '../../shared/types';
import { CLAIM_STATUS_WORDS } from '../../shared/vocabulary';

/** Props of `AnnotationChip`. */
export interface AnnotationChipProps {
  annotation: Annotation;
  labels: Label[];
  /** The claim's status, for claims. */
  status?: ClaimStatus;
}

/** "PERSON" in the label colour, "Teaser", "Teaser?" (a candidate), "Claim?" (a suggested claim not yet accepted), or the claim status in its colour. */
export function AnnotationChip({ annotation, labels, status }: AnnotationChipProps) {
  if (annotation.kind === 'entity') {
    const color = labels.find((l) => l.name === annotation.label)?.color;
    return (
      <span className="rv-chip rv-chip-entity" style={color ? { borderColor: color, color } : undefined}>
        {annotation.label ?? 'Entity'}
      </span>
    );
  }
  if (annotation.kind === 'teaser') {
    return annotation.attrs.candidate ? (
      <span className="rv-chip rv-chip-candidate">Teaser?</span>
    ) : (
      <span className="rv-chip rv-chip-teaser">Teaser</span>
    );
  }
  if (annotation.kind === 'claim') {
    // A pending suggestion is not a claim on the desk yet: it has no status until it is accepted.
    if (annotation.attrs.pending) return <span className="rv-chip rv-chip-candidate">Claim?</span>;
    const s = status ?? 'unverified';
    return <span className={`rv-chip rv-status rv-status-${s}`}>Claim · {CLAIM_STATUS_WORDS[s]}</span>;
  }
  return <span className="rv-chip">Note</span>;
}

/** A chip for a claim status alone (lists, filters). */
export function StatusChip({ status }: { status: ClaimStatus }) {
  return <span className={`rv-chip rv-status rv-status-${status}`}>{CLAIM_STATUS_WORDS[status]}</span>;
}
