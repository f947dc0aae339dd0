/** Agreement between two reviewers' layers: F1 and κ per label, claim overlap, and the differences. */
import { describe, expect, it } from 'vitest';
import { agreementOf, cohensKappa, type AgreementSpan } from '../../../src/shared/agreement';

const TEXT = 'Li Runyu of Daqing Oilfield said output rose 5.8% in Harbin.';
const at = (quote: string) => TEXT.indexOf(quote);
let n = 0;
function span(kind: AgreementSpan['kind'], quote: string, label: string | null = null): AgreementSpan {
  return { id: `s${n++}`, kind, label, start: at(quote), end: at(quote) + quote.length };
}

describe('agreement between two reviewers', () => {
  it('is perfect when both layers are the same', () => {
    const a = [span('entity', 'Li Runyu', 'PERSON'), span('entity', 'Daqing Oilfield', 'ORG'), span('claim', 'output rose 5.8%')];
    const b = a.map((s) => ({ ...s, id: `b-${s.id}` }));
    const result = agreementOf(TEXT, a, b);
    expect(result.entityF1).toBe(1);
    expect(result.entityKappa).toBe(1);
    expect(result.claims.ratio).toBe(1);
    expect(result.differences).toEqual([]);
  });

  it('counts a different label on the same words as a label difference, lowering both labels', () => {
    const a = [span('entity', 'Li Runyu', 'PERSON'), span('entity', 'Harbin', 'PLACE')];
    const b = [span('entity', 'Li Runyu', 'PERSON'), span('entity', 'Harbin', 'ORG')];
    const result = agreementOf(TEXT, a, b);
    expect(result.labels.find((l) => l.label === 'PERSON')).toMatchObject({ a: 1, b: 1, both: 1, f1: 1, kappa: 1 });
    expect(result.labels.find((l) => l.label === 'PLACE')).toMatchObject({ a: 1, b: 0, both: 0, f1: 0 });
    expect(result.entityF1).toBe(0.5);
    expect(result.differences).toEqual([expect.objectContaining({ type: 'label', start: at('Harbin') })]);
  });

  it('tells a boundary difference from a span only one reviewer made', () => {
    const a = [span('entity', 'Daqing Oilfield', 'ORG'), span('entity', 'Li Runyu', 'PERSON')];
    const b = [span('entity', 'Daqing', 'ORG'), span('entity', 'Harbin', 'PLACE')];
    const types = agreementOf(TEXT, a, b).differences.map((d) => d.type);
    expect(types).toEqual(['only_a', 'boundary', 'only_b']);
  });

  it('counts overlapping claims as shared even when their ends differ', () => {
    const a = [span('claim', 'output rose 5.8%')];
    const b = [span('claim', 'said output rose 5.8% in Harbin')];
    expect(agreementOf(TEXT, a, b).claims).toMatchObject({ a: 1, b: 1, exact: 0, overlapping: 1, ratio: 1 });
  });

  it('computes Cohen’s κ as the textbook does', () => {
    // 50 units: both yes 20, both no 15, A yes B no 5, A no B yes 10 → po 0.7, pe 0.5 → κ 0.4.
    const a = [...Array(20).fill('y'), ...Array(15).fill('n'), ...Array(5).fill('y'), ...Array(10).fill('n')];
    const b = [...Array(20).fill('y'), ...Array(15).fill('n'), ...Array(5).fill('n'), ...Array(10).fill('y')];
    expect(cohensKappa(a, b)).toBeCloseTo(0.4, 10);
    expect(cohensKappa(['x', 'x'], ['x', 'x'])).toBeNull();
  });
});
