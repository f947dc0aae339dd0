/** Agreement figures as a small table: per entity label A, B, both, span F1 and κ; then all entities and claim overlap. */
import type { LabelAgreement, RangeOverlap } from '../../shared/agreement';
import { formatKappa, formatRatio } from '../../shared/agreement-format';

interface Props {
  labels: readonly LabelAgreement[];
  entityF1: number;
  entityKappa: number | null;
  claims: RangeOverlap;
  caption: string;
}

/** The per-label agreement table (adjudication view and the agreement report). */
export function AgreementFigures({ labels, entityF1, entityKappa, claims, caption }: Props) {
  const sum = (f: (l: LabelAgreement) => number) => labels.reduce((n, l) => n + f(l), 0);
  return (
    <table className="agreement-figures">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Label</th>
          <th scope="col">A</th>
          <th scope="col">B</th>
          <th scope="col">Both</th>
          <th scope="col">F1</th>
          <th scope="col">κ</th>
        </tr>
      </thead>
      <tbody>
        {labels.map((l) => (
          <tr key={l.label}>
            <th scope="row">{l.label || '(no label)'}</th>
            <td>{l.a}</td>
            <td>{l.b}</td>
            <td>{l.both}</td>
            <td>{formatRatio(l.f1)}</td>
            <td>{formatKappa(l.kappa)}</td>
          </tr>
        ))}
        <tr className="agreement-total">
          <th scope="row">All entities</th>
          <td>{sum((l) => l.a)}</td>
          <td>{sum((l) => l.b)}</td>
          <td>{sum((l) => l.both)}</td>
          <td>{formatRatio(entityF1)}</td>
          <td>{formatKappa(entityKappa)}</td>
        </tr>
        <tr className="agreement-claims">
          <th scope="row">Claims</th>
          <td>{claims.a}</td>
          <td>{claims.b}</td>
          <td>{claims.overlapping}</td>
          <td colSpan={2}>overlap {formatRatio(claims.ratio)}</td>
        </tr>
      </tbody>
    </table>
  );
}
