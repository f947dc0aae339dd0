import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../src/main/core/suggest/sentences';

const texts = (text: string) => splitSentences(text).map((s) => s.text);

describe('sentence splitting for claims', () => {
  it('keeps title abbreviations, initials and month abbreviations inside the sentence', () => {
    expect(texts('Mr. Smith met Dr. Jones in St. Louis on Jan. 5. John F. Kennedy was there. Cmdr. Sean Robertson spoke.')).toEqual([
      'Mr. Smith met Dr. Jones in St. Louis on Jan. 5.',
      'John F. Kennedy was there.',
      'Cmdr. Sean Robertson spoke.',
    ]);
  });

  it('keeps "U.S." and "No. 5" when the sentence goes on', () => {
    expect(texts('Exports to the U.S. rose again. No. 5 was closed.')).toEqual(['Exports to the U.S. rose again.', 'No. 5 was closed.']);
  });

  it('keeps decimals and percentages whole', () => {
    expect(texts('GDP grew 5.8% to 2.7 trillion yuan. Prices rose.')).toEqual(['GDP grew 5.8% to 2.7 trillion yuan.', 'Prices rose.']);
  });

  it('keeps a closing quote with its sentence', () => {
    expect(texts('He said, "It is big." Then he left.')).toEqual(['He said, "It is big."', 'Then he left.']);
  });

  it('splits the sample\'s Daqing paragraph into its two "; "-joined claims', () => {
    const daqing =
      'The annual production of tertiary oil recovery in Daqing Oilfield has exceeded 10 million tons for 21 consecutive years; The key energy projects of the "Three Gorges of Land Scenery" in western Jilin are accelerating their construction.';
    expect(texts(daqing)).toEqual([
      'The annual production of tertiary oil recovery in Daqing Oilfield has exceeded 10 million tons for 21 consecutive years;',
      'The key energy projects of the "Three Gorges of Land Scenery" in western Jilin are accelerating their construction.',
    ]);
  });

  it('does not split a list at "; " when a side is only a few words', () => {
    expect(texts('Attending were Li; Wang; and Zhao from the provincial bureau.')).toHaveLength(1);
  });

  it('ends a sentence at a line break (a headline has no full stop)', () => {
    expect(texts('Oil output rises\nDaqing produced more this year.')).toEqual(['Oil output rises', 'Daqing produced more this year.']);
  });

  it('gives offsets into the original text, whitespace and CRLF trimmed', () => {
    const text = '  First one.  Second one.\r\nThird one.';
    for (const s of splitSentences(text)) expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(texts(text)).toEqual(['First one.', 'Second one.', 'Third one.']);
  });

  it('returns nothing for empty or blank text', () => {
    expect(splitSentences('')).toEqual([]);
    expect(splitSentences(' \n\n\t ')).toEqual([]);
  });

  it('stays linear on many sentences in one line (V8 segments slowly on long input)', () => {
    const text = 'He went home. '.repeat(40_000); // 560,000 characters, 40,000 sentences
    const started = performance.now();
    expect(splitSentences(text)).toHaveLength(40_000);
    expect(performance.now() - started).toBeLessThan(5_000); // seconds-long would mean quadratic: 16,000 took 3.4 s unwindowed
  });
});

describe('clauses longer than the counting window', () => {
  it('still splits two long clauses joined by "; "', () => {
    const long = `The province ${'built new roads and bridges, '.repeat(20)}at a cost of 5 billion yuan`;
    expect(texts(`${long}; ${long}.`)).toHaveLength(2);
  });
});

describe('sentences after a dotted acronym', () => {
  it('keeps "the U.S. Securities and Exchange Commission" in one sentence', () => {
    expect(texts('WeWork faces scrutiny from the U.S. Securities and Exchange Commission over its filing. It declined to comment.')).toEqual([
      'WeWork faces scrutiny from the U.S. Securities and Exchange Commission over its filing.',
      'It declined to comment.',
    ]);
  });

  it('ends the sentence at "the U.S." when the next one opens with an ordinary first word', () => {
    expect(texts('He moved to the U.S. The company followed him a year later.')).toEqual(['He moved to the U.S.', 'The company followed him a year later.']);
  });

  it('ends the sentence at "the U.S." at the end of a line', () => {
    expect(texts('He moved to the U.S.\nSecurities rose.')).toEqual(['He moved to the U.S.', 'Securities rose.']);
  });
});
