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
    expect(snap('3bn 😀 ')).toBe('3bn');
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
