import { describe, expect, it } from 'vitest';
import { suggestClaims } from '../../../src/main/core/suggest/claims';
import { claimModel } from '../../../src/main/core/suggest/claims-model';
import { emptySuggestContext, type CheckedClaim } from '../../../src/main/core/suggest/types';

/** What the editor sees: each suggested claim as its text and reasons. */
function suggested(text: string, over: Parameters<typeof emptySuggestContext>[0] = {}) {
  return suggestClaims(text, emptySuggestContext(over)).map((s) => ({ text: text.slice(s.start, s.end), reasons: s.reasons, score: s.score, span: s }));
}

// From the shared sample (northeast-revitalization.txt): two claims joined by "; ".
const DAQING =
  'The annual production of tertiary oil recovery in Daqing Oilfield has exceeded 10 million tons for 21 consecutive years; The key energy projects of the "Three Gorges of Land Scenery" in western Jilin and the six major energy bases with a capacity of tens of millions of kilowatts, such as offshore wind power and new energy storage in Liaoning, are accelerating their construction.';

const NEWS = [
  'Remember the instructions and forge ahead.',
  'SoftBank agreed to inject $6.5 billion in debt and equity into WeWork, according to people familiar with the matter.',
  'Do we have an oxygen bar in Delhi?',
  'In the first half of this year, the three northeastern provinces achieved a regional GDP of 2.7 trillion yuan, a year-on-year increase of 5.8%.',
  'Sadly, pollution has become a standard feature of the winter season.',
  'Thank you very much.',
].join(' ');

describe('claim suggester', () => {
  it('suggests each of the Daqing paragraph\'s two "; "-joined claims as its own span, without the semicolon', () => {
    const texts = suggested(DAQING, { claimSetting: 'broad' }).map((s) => s.text);
    expect(texts).toContain('The annual production of tertiary oil recovery in Daqing Oilfield has exceeded 10 million tons for 21 consecutive years');
    expect(texts.some((t) => t.startsWith('The key energy projects'))).toBe(true);
  });

  it('suggests the factual sentences with figures and not the exhortation, question, opinion or thanks', () => {
    const texts = suggested(NEWS).map((s) => s.text);
    expect(texts).toEqual([
      'SoftBank agreed to inject $6.5 billion in debt and equity into WeWork, according to people familiar with the matter.',
      'In the first half of this year, the three northeastern provinces achieved a regional GDP of 2.7 trillion yuan, a year-on-year increase of 5.8%.',
    ]);
  });

  it('gives the features that fired and the score against the chosen threshold as reasons', () => {
    const [softbank, gdp] = suggested(NEWS);
    expect(softbank.reasons).toContain('contains a money amount');
    expect(softbank.reasons).toContain('attribution: according to');
    expect(gdp.reasons).toContain('contains a percentage');
    const precise = claimModel().thresholds.precise.toFixed(2);
    expect(gdp.reasons.at(-1)).toBe(`score ${gdp.score.toFixed(2)} ≥ precise ${precise}`);
    expect(gdp.span).toMatchObject({ kind: 'claim', label: null });
  });

  it('suggests more with the broad setting, never fewer, and says which threshold it used', () => {
    const text = `${NEWS} The show opens to the public on Friday. It was his first public appearance since the launch. Russia beat Croatia on Monday.`;
    const precise = suggested(text, { claimSetting: 'precise' });
    const broad = suggested(text, { claimSetting: 'broad' });
    expect(broad.length).toBeGreaterThan(precise.length);
    for (const p of precise) expect(broad.map((b) => b.text)).toContain(p.text);
    expect(broad.at(-1)!.reasons.at(-1)).toMatch(/^score 0\.\d\d ≥ broad 0\.\d\d$/);
  });

  it('does not take a headline or a scraper\'s tag line for a claim', () => {
    const text = 'Accumulate Revitalization Momentum and Write a New Development Chapter in Five Years\nRelease time:Apr 16, 2024 20:35 PM\nRecently, 85 generation cadres were promoted | Yu Zhou | assumed new positions 2024\n';
    expect(suggested(text, { claimSetting: 'broad' })).toEqual([]);
  });

  it('orders spans by position with offsets inside the text', () => {
    const spans = suggestClaims(NEWS, emptySuggestContext({ claimSetting: 'broad' }));
    for (let i = 0; i < spans.length; i += 1) {
      expect(spans[i].start).toBeLessThan(spans[i].end);
      if (i > 0) expect(spans[i].start).toBeGreaterThanOrEqual(spans[i - 1].end);
      expect(spans[i].score).toBeGreaterThanOrEqual(0);
      expect(spans[i].score).toBeLessThanOrEqual(1);
    }
  });

  it('says first when a suggested claim was checked before in another document', () => {
    const checked: CheckedClaim = {
      annotationId: 'a9',
      documentId: 'd9',
      documentTitle: 'WeWork rescue',
      text: 'SoftBank agreed to inject $6.5 billion in debt and equity into WeWork.',
      status: 'verified',
      verdict: 'true',
    };
    const [softbank] = suggested(NEWS, { checkedClaims: [checked] });
    expect(softbank.reasons[0]).toBe('checked before in “WeWork rescue”: verified (true)');
    expect(suggested(NEWS)[0].reasons.some((r) => r.startsWith('checked before'))).toBe(false);
  });

  it('scores the same sentence lower in a first-person opinion piece than in a report', () => {
    const line = 'The council approved the new budget on Tuesday.';
    const essay = `I think we all love this city. ${line} Honestly, I believe we can do better. My neighbours feel the same way, and we hope you do too.`;
    const report = `${line} The budget rose 4% to $12 million, according to the city's finance office. Mayor Ann Lee said the vote was 7-2.`;
    const scoreIn = (text: string) => suggested(text, { claimSetting: 'broad' }).find((s) => s.text === line)?.score ?? 0;
    expect(scoreIn(report)).toBeGreaterThan(scoreIn(essay));
  });
});
