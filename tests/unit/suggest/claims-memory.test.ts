import { describe, expect, it } from 'vitest';
import { checkedBeforeReason, matchCheckedClaim, normaliseClaim } from '../../../src/main/core/suggest/claims-memory';
import type { CheckedClaim } from '../../../src/main/core/suggest/types';

function checked(text: string, over: Partial<CheckedClaim> = {}): CheckedClaim {
  return { annotationId: 'a1', documentId: 'd1', documentTitle: 'Daqing output report', text, status: 'verified', verdict: 'true', ...over };
}

const daqing = checked('The annual production of tertiary oil recovery in Daqing Oilfield has exceeded 10 million tons for 21 consecutive years');

describe('claims checked before', () => {
  it('matches the same claim with different case, quotes, spacing and punctuation', () => {
    expect(normaliseClaim('  “Output”  rose 5.8%,  to 1,200 tons. ')).toBe(normaliseClaim('"output" rose 5.8% to 1200 tons'));
    expect(matchCheckedClaim('THE ANNUAL PRODUCTION of tertiary oil recovery in Daqing Oilfield has exceeded 10 million tons for 21 consecutive years.', [daqing])).toBe(daqing);
  });

  it('matches a near paraphrase with the same figures', () => {
    const text = 'Annual production of tertiary oil recovery at Daqing Oilfield has exceeded 10 million tons for 21 consecutive years;';
    expect(matchCheckedClaim(text, [daqing])).toBe(daqing);
  });

  it('does not match when a figure differs, however alike the words', () => {
    const text = 'The annual production of tertiary oil recovery in Daqing Oilfield has exceeded 20 million tons for 21 consecutive years';
    expect(matchCheckedClaim(text, [daqing])).toBeNull();
  });

  it('matches the claim behind a wire story’s dateline, whose day is no figure of the claim', () => {
    const filed = 'Harbin, July 20 (Xinhua) - The annual production of tertiary oil recovery in Daqing Oilfield has exceeded 10 million tons for 21 consecutive years.';
    expect(matchCheckedClaim(filed, [daqing])).toBe(daqing);
    expect(matchCheckedClaim(`DAQING, Nov. 3 — ${daqing.text}`, [daqing])).toBe(daqing);
    expect(matchCheckedClaim(`BEIJING (Reuters) -- ${daqing.text}`, [daqing])).toBe(daqing);
    // A dash inside an ordinary sentence is no dateline: its words still count.
    expect(normaliseClaim('Output rose - and so did prices')).toBe('output rose and so did prices');
    expect(matchCheckedClaim('Harbin, July 20 (Xinhua) - The annual production of tertiary oil recovery in Daqing Oilfield has exceeded 20 million tons for 21 consecutive years.', [daqing])).toBeNull();
  });

  it('does not match an unrelated claim or a short sentence sharing common words', () => {
    expect(matchCheckedClaim('Harbin Electric built a million-kilowatt hydroelectric unit.', [daqing])).toBeNull();
    expect(matchCheckedClaim('Production has exceeded.', [checked('Production has exceeded expectations.')])).toBeNull();
  });

  it('picks the closest of several checked claims and tolerates an empty or odd list', () => {
    const other = checked('Daqing Oilfield production has exceeded 10 million tons', { annotationId: 'a2' });
    expect(matchCheckedClaim(daqing.text, [other, daqing])).toBe(daqing);
    expect(matchCheckedClaim(daqing.text, [])).toBeNull();
    expect(matchCheckedClaim(daqing.text, [checked('')])).toBeNull();
  });

  it('words the reason with the other document\'s title, status and verdict', () => {
    expect(checkedBeforeReason(daqing)).toBe('checked before in “Daqing output report”: verified (true)');
    expect(checkedBeforeReason(checked('x', { status: 'disputed', verdict: '' }))).toBe('checked before in “Daqing output report”: disputed');
  });

  it('looks up among 5,000 checked claims quickly (indexed by word)', () => {
    const many = Array.from({ length: 5000 }, (_, i) => checked(`Province number ${i} signed ${i * 3} cooperation projects worth ${i} billion yuan this year`, { annotationId: `a${i}` }));
    const started = performance.now();
    for (let i = 0; i < 200; i += 1) matchCheckedClaim(`Province number ${i} signed ${i * 3} cooperation projects worth ${i} billion yuan in this year`, many);
    expect(matchCheckedClaim('Province number 17 signed 51 cooperation projects worth 17 billion yuan in this year', many)?.annotationId).toBe('a17');
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});

describe('claims checked before, with attribution added or dropped', () => {
  it('matches the claim when one copy adds "according to …"', () => {
    const rescue = checked('SoftBank agreed to inject $6.5 billion in debt and equity into WeWork.');
    expect(matchCheckedClaim('SoftBank agreed to inject $6.5 billion in debt and equity into WeWork, according to people familiar with the matter.', [rescue])).toBe(rescue);
  });
});
