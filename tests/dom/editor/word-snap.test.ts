import { describe, expect, it } from 'vitest';
import { sentenceAt, snapToWords, wordAt } from '../../../src/renderer/editor/index';

const TEXT =
  'Heilongjiang reported a regional GDP of 2.7 trillion yuan, a year-on-year increase of 5.8%. ' +
  "The editors' desk said \"don't\" (Reuters) and $3bn 😀 emoji.\nSecond line.";

/** Snap the first occurrence of `selected` (optionally shifted) and return the snapped text. */
function snap(selected: string, shiftStart = 0, shiftEnd = 0): string | null {
  const at = TEXT.indexOf(selected);
  if (at < 0) throw new Error(`not in text: ${selected}`);
  const span = snapToWords(TEXT, at + shiftStart, at + selected.length + shiftEnd);
  return span && TEXT.slice(span.start, span.end);
}

describe('snapToWords', () => {
  it('trims surrounding spaces and punctuation', () => {
    expect(snap(' yuan, ')).toBe('yuan');
    expect(snap('(Reuters)')).toBe('Reuters');
    expect(snap('"don\'t"')).toBe("don't");
  });
  it('selects "5.8%" whole, without the full stop after it', () => {
    expect(snap(' 5.8%. ')).toBe('5.8%');
    expect(snap('5.8%')).toBe('5.8%');
  });
  it('selects "2.7 trillion yuan" whole', () => {
    expect(snap('of 2.7 trillion yuan,', 3)).toBe('2.7 trillion yuan');
  });
  it('extends a selection inside a word to the word', () => {
    expect(snap('GDP', 1, -1)).toBe('GDP');
    expect(snap('trillion', 2, -2)).toBe('trillion');
    expect(snap('2.7', 2)).toBe('2.7');
  });
  it('keeps apostrophes inside words but not after them', () => {
    expect(snap("don't", 1, -3)).toBe("don't");
    expect(snap("editors' ")).toBe('editors');
  });
  it('keeps inner hyphens and a leading currency sign', () => {
    expect(snap('year-on-year ')).toBe('year-on-year');
    expect(snap(' $3bn ')).toBe('$3bn');
  });
  it('does not swallow an emoji or the line break next to a word', () => {
    // (the "$" glued before "3bn" is part of the amount: see "quantities" below)
    expect(snap('3bn 😀 ')).toBe('$3bn');
    expect(snap('bn 😀 ', 0)).toBe('$3bn');
    expect(snap('emoji.\nSecond')).toBe('emoji.\nSecond');
    expect(snap('.\nSecond', 0, 0)).toBe('Second');
  });
  it('gives null when nothing word-like is selected', () => {
    expect(snap(' (')).toBeNull();
    expect(snap('😀')).toBeNull();
  });
  it('gives the word around a collapsed selection', () => {
    const at = TEXT.indexOf('regional') + 3;
    const span = snapToWords(TEXT, at, at)!;
    expect(TEXT.slice(span.start, span.end)).toBe('regional');
    expect(wordAt(TEXT, TEXT.indexOf(', a') + 1)).toBeNull();
  });
  it('rejects a range outside the text with a RangeError', () => {
    expect(() => snapToWords(TEXT, 5, 2)).toThrow(RangeError);
    expect(() => snapToWords(TEXT, 0, TEXT.length + 1)).toThrow(/not inside the text/);
  });
});

describe('snapToWords on quantities: a number keeps its glued unit signs', () => {
  const QTY =
    'GDP rose 5.8%, (2.7%) and "US$3.5" or HK$10, $10, €5bn, ¥2.7, £7, ₹40 and 5€; ' +
    'at 30°C or 86°F, 30℃, 12‰ and 3‱; 10 billion yuan, 2.7 trillion yuan and RMB¥5. ' +
    'A 30°Celsius day; a 50% cut; AB, CD$ and the #1 rank; ５．８％ growth; 10.5-11% more.';

  /** Snap [start, end) around the first occurrence of `selected` (after `after`, when given). */
  function q(selected: string, shiftStart = 0, shiftEnd = 0, after = ''): string | null {
    const at = QTY.indexOf(selected, after ? QTY.indexOf(after) : 0);
    if (at < 0) throw new Error(`not in text: ${selected}`);
    const span = snapToWords(QTY, at + shiftStart, at + selected.length + shiftEnd);
    return span && QTY.slice(span.start, span.end);
  }
  /** The word-or-quantity `wordAt` gives at every offset from the start to the end of `whole`. */
  function everyOffset(whole: string): (string | null)[] {
    const at = QTY.indexOf(whole);
    return Array.from({ length: whole.length + 1 }, (_, k) => {
      const span = wordAt(QTY, at + k);
      return span && QTY.slice(span.start, span.end);
    });
  }

  it('keeps "%", "‰" and "‱" glued after a digit', () => {
    expect(q('5.8%')).toBe('5.8%');
    expect(q('12‰')).toBe('12‰');
    expect(q('3‱')).toBe('3‱');
    expect(q('５．８％')).toBe('５．８％');
  });
  it('widens the number a browser double-click selects to its "%"', () => {
    expect(q('5.8')).toBe('5.8%');
    expect(q('12')).toBe('12‰');
    expect(q('50', 0, 0, 'a 50%')).toBe('50%');
  });
  it('gives "5.8%" for a selection of any part of it: the 5, the 8, the %', () => {
    expect(q('5.8%', 0, -3)).toBe('5.8%'); // "5"
    expect(q('5.8%', 2, -1)).toBe('5.8%'); // "8"
    expect(q('5.8%', 3)).toBe('5.8%'); // "%"
    expect(q('5.8%', 1, -1)).toBe('5.8%'); // ".8"
  });
  it('gives the quantity around a collapsed selection anywhere in it', () => {
    expect(everyOffset('5.8%')).toEqual(Array(5).fill('5.8%'));
    expect(everyOffset('US$3.5')).toEqual(Array(7).fill('US$3.5'));
    expect(everyOffset('€5bn')).toEqual(Array(5).fill('€5bn'));
    expect(everyOffset('30°C')).toEqual(Array(5).fill('30°C'));
    const at = QTY.indexOf('5.8%');
    expect(snapToWords(QTY, at + 3, at + 3)).toEqual({ start: at, end: at + 4 });
    expect(wordAt(QTY, QTY.indexOf('%, (') + 2)).toBeNull(); // the space after "5.8%,"
  });
  it('still trims a comma, full stop, bracket or quote after the unit', () => {
    expect(q('rose 5.8%,', 5)).toBe('5.8%');
    expect(q(' 5.8%, ')).toBe('5.8%');
    expect(q('(2.7%)')).toBe('2.7%');
    expect(q('(2.7%) ')).toBe('2.7%');
    expect(q('"US$3.5"')).toBe('US$3.5');
    expect(q('86°F,')).toBe('86°F');
    expect(q('₹40 ')).toBe('₹40');
    expect(q('3‱; ')).toBe('3‱');
    expect(q('%, (')).toBe('5.8%'); // starts on the "%": the edge is inside "5.8%"
  });
  it('keeps a currency sign before a number, with the capitals naming the currency', () => {
    expect(q(' $10, ')).toBe('$10');
    expect(q('10,', 0, -1, ' $10')).toBe('$10');
    expect(q('€5bn')).toBe('€5bn');
    expect(q('5bn')).toBe('€5bn');
    expect(q('¥2.7')).toBe('¥2.7');
    expect(q('2.7', 0, 0, '¥')).toBe('¥2.7');
    expect(q('£7')).toBe('£7');
    expect(q('3.5')).toBe('US$3.5');
    expect(q('US')).toBe('US$3.5');
    expect(q('$3.5')).toBe('US$3.5');
    expect(q('HK$10')).toBe('HK$10');
    expect(q('10', 0, 0, 'HK$')).toBe('HK$10');
    expect(q('5', 0, 0, 'RMB¥')).toBe('RMB¥5');
  });
  it('keeps a currency sign after a number ("5€")', () => {
    expect(q('5€;')).toBe('5€');
    expect(q('5', 0, 0, 'and 5€')).toBe('5€');
    expect(q('€;', 0, 0, '5€')).toBe('5€');
  });
  it('keeps a degree sign and its scale letter', () => {
    expect(q('30°C')).toBe('30°C');
    expect(q(' 30')).toBe('30°C');
    expect(q('°')).toBe('30°C');
    expect(q('C or', 0, -3)).toBe('30°C');
    expect(q('30℃')).toBe('30℃');
    expect(q('30°Celsius')).toBe('30°Celsius');
    expect(q('Celsius')).toBe('Celsius'); // not a scale letter: "°" stays with the 30 only
    expect(q('30', 0, 0, 'A 30°')).toBe('30°');
  });
  it('keeps the existing word rules around quantities', () => {
    expect(q('10 billion yuan,')).toBe('10 billion yuan');
    expect(q(', 2.7 trillion')).toBe('2.7 trillion');
    expect(q(' 2.7 trillion yuan ')).toBe('2.7 trillion yuan');
    expect(q('11% more', 0, -5)).toBe('11%');
    expect(q('the #1 rank', 4, -5)).toBe('#1');
    expect(q('1', 0, 0, '#1')).toBe('1'); // "#" is kept when selected, not added
  });
  it('does not take a currency sign or capitals that are not glued to a number', () => {
    expect(q('CD$ ')).toBe('CD');
    expect(q('AB, ')).toBe('AB');
    expect(q('$', 0, 0, 'CD$')).toBeNull();
    expect(q(', ', 0, 0, '5.8%')).toBeNull();
    expect(q('%', 0, 0, 'a 50%')).toBe('50%');
  });
});

describe('sentenceAt', () => {
  it('finds the sentence around an offset, without trailing space', () => {
    const span = sentenceAt(TEXT, TEXT.indexOf('trillion'))!;
    expect(TEXT.slice(span.start, span.end)).toBe(
      'Heilongjiang reported a regional GDP of 2.7 trillion yuan, a year-on-year increase of 5.8%.',
    );
  });
  it('stays within the line', () => {
    const span = sentenceAt(TEXT, TEXT.indexOf('Second'))!;
    expect(TEXT.slice(span.start, span.end)).toBe('Second line.');
    const end = sentenceAt(TEXT, TEXT.indexOf('\n'))!;
    expect(TEXT.slice(end.start, end.end)).toMatch(/emoji\.$/);
  });
  it('gives null on an empty line', () => {
    expect(sentenceAt('a\n\nb', 2)).toBeNull();
  });
});
