import { describe, expect, it } from 'vitest';
import { changedRegion, createEditMap } from '../../../src/main/core/edit-map';

describe('createEditMap', () => {
  it('keeps ranges before the edit, shifts those after it and stretches one around it', () => {
    const before = 'The Harbni Ice Festival in Harbin';
    const after = 'The Harbin International Ice Festival in Harbin';
    const map = createEditMap(before, after);
    expect(map.mapRange(0, 3)).toEqual({ start: 0, end: 3 });
    const festival = map.mapRange(4, 23)!;
    expect(after.slice(festival.start, festival.end)).toBe('Harbin International Ice Festival');
    const city = map.mapRange(27, 33)!;
    expect(after.slice(city.start, city.end)).toBe('Harbin');
    expect(map.overlap(4, 23)).toBe('contains');
  });

  it('says a range wholly inside a deleted part is gone, and keeps text inserted at an edge outside', () => {
    const map = createEditMap('opened on Friday.', 'opened.');
    expect(map.overlap(7, 16)).toBe('inside');
    expect(map.mapRange(7, 16)).toBeNull();
    const insert = createEditMap('Harbin port', 'Harbin city port');
    expect(insert.mapRange(0, 6)).toEqual({ start: 0, end: 6 }); // "Harbin" does not swallow " city"
    expect(insert.mapRange(7, 11)).toEqual({ start: 12, end: 16 });
  });

  it('shifts ranges after the last edit of a save that holds several, even where the same words repeat', () => {
    const oldText = Array.from({ length: 50 }, (_, i) => `GDP rose 5.8% in year ${i}.`).join('\n');
    const newText = 'Correction: ' + oldText.replace('year 0', 'the year 0');
    const idx = oldText.indexOf('GDP rose 5.8% in year 30');
    const place = createEditMap(oldText, newText).mapRange(idx, idx + 24)!;
    expect(newText.slice(place.start, place.end)).toBe('GDP rose 5.8% in year 30');
  });

  it('never splits a surrogate pair', () => {
    const region = changedRegion('a😀b', 'a😁b');
    expect(region).toEqual({ start: 1, oldEnd: 3, newEnd: 3 });
  });
});
