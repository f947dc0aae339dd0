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

  it('pairs overlapping spans as a first-match scan in the layers’ order would, however many there are', () => {
    // The reference: every span of A against every span of B, in order (what the index replaces).
    const overlaps = (x: AgreementSpan, y: AgreementSpan) => x.start < y.end && y.start < x.end;
    let seed = 7;
    const random = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed % n);
    const text = 'word '.repeat(400);
    const layer = (side: string, count: number) =>
      Array.from({ length: count }, (_, i): AgreementSpan => {
        const start = random(1990);
        const kind = random(4) === 0 ? 'claim' : 'entity';
        return { id: `${side}${i}`, kind, label: kind === 'entity' ? ['PERSON', 'ORG'][random(2)] : null, start, end: start + 1 + random(random(10) === 0 ? 200 : 12) };
      });
    for (let round = 0; round < 20; round++) {
      const a = layer('a', 60);
      const b = layer('b', 60);
      const result = agreementOf(text, a, b);
      for (const d of result.differences.filter((x) => x.type === 'boundary')) expect(overlaps(d.a!, d.b!)).toBe(true);
      // Claims: each A claim takes the first unused overlapping B claim.
      const claimsA = a.filter((s) => s.kind === 'claim');
      const claimsB = b.filter((s) => s.kind === 'claim');
      const used = new Set<string>();
      let expected = 0;
      for (const s of claimsA) {
        const partner = claimsB.find((t) => !used.has(t.id) && overlaps(s, t));
        if (partner) {
          used.add(partner.id);
          expected++;
        }
      }
      expect(result.claims.overlapping).toBe(expected);
      // Every span is in exactly one difference or matched exactly: nothing lost, nothing twice.
      const inDifferences = result.differences.flatMap((d) => [d.a?.id, d.b?.id]).filter((id) => id !== undefined);
      expect(new Set(inDifferences).size).toBe(inDifferences.length);
    }
  });

  it('compares two layers of 15,000 entities on a long document, every difference found', () => {
    const line = 'The statistics bureau said on Thursday that Harbin Electric grew by 5.8 percent in Heilongjiang.';
    const text = Array.from({ length: 9000 }, () => line).join('\n');
    const a: AgreementSpan[] = [];
    const b: AgreementSpan[] = [];
    for (let i = 0, offset = 0; i < 9000; i++, offset += line.length + 1) {
      const h = offset + line.indexOf('Harbin Electric');
      const p = offset + line.indexOf('Heilongjiang');
      a.push({ id: `a${i}h`, kind: 'entity', label: 'ORG', start: h, end: h + 15 }, { id: `a${i}p`, kind: 'entity', label: 'PLACE', start: p, end: p + 12 });
      b.push({ id: `b${i}h`, kind: 'entity', label: i % 2 ? 'ORG' : 'PLACE', start: h, end: h + 15 });
      if (i % 3) b.push({ id: `b${i}p`, kind: 'entity', label: 'PLACE', start: p, end: p + 12 });
    }
    // (Its speed — 8 s before the overlap index, on every adjudication key; 0.3 s after — is a figure
    // for a benchmark, not a timed test.)
    const result = agreementOf(text, a, b);
    expect(result.differences).toHaveLength(4500 + 3000);
  });
});

