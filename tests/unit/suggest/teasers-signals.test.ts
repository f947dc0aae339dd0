import { describe, expect, it } from 'vitest';
import { splitBlocks } from '../../../src/main/core/suggest/teasers-blocks';
import { findCue } from '../../../src/main/core/suggest/teasers-cues';
import {
  endsMidWord,
  isCutOff,
  isDateOnly,
  isListItem,
  isShortUnpunctuated,
  isTagList,
  isTitleCase,
} from '../../../src/main/core/suggest/teasers-signals';
import { contentWords, overlapWith } from '../../../src/main/core/suggest/teasers-words';
import { weighBlocks } from '../../../src/main/core/suggest/teasers-evidence';
import { findBoundary } from '../../../src/main/core/suggest/teasers-boundary';

describe('teaser signals', () => {
  it('splits the text into non-empty lines with offsets that quote each line exactly', () => {
    const text = 'Title\n\n  First paragraph.  \r\nLast';
    const blocks = splitBlocks(text);
    expect(blocks.map((b) => b.text)).toEqual(['Title', 'First paragraph.', 'Last']);
    for (const block of blocks) expect(text.slice(block.start, block.end)).toBe(block.text);
  });

  it('reads " | "-separated tags as a tag list, but not a sentence with one pipe', () => {
    expect(isTagList('Harbour reopens after storm | Shipping | Weather')).toBe(true);
    expect(isTagList('Harbour reopens after storm | Shipping')).toBe(true);
    expect(isTagList('The options were A | B, the committee said, and it chose the second.')).toBe(false);
    expect(isTagList('A plain headline without tags')).toBe(false);
  });

  it('sees a long line without end punctuation, or one ending in an ellipsis, as cut off', () => {
    const lead = 'The port authority said on Monday that container traffic rose for a third straight quarter as new cranes';
    expect(isCutOff(lead)).toBe(true);
    expect(isCutOff(`${lead}.`)).toBe(false);
    expect(isCutOff('Short snippet…')).toBe(true);
    expect(isCutOff('Short snippet...')).toBe(true);
    expect(isCutOff('A short headline')).toBe(false);
  });

  it('tells a fragment of a longer word from a whole word', () => {
    const counts = new Map([
      ['milita', 1],
      ['military', 1],
      ['quarter', 2],
    ]);
    const prefixes = new Set(['mi', 'mil', 'mili', 'milit', 'milita', 'militar', 'qu', 'qua']);
    expect(endsMidWord('and bilateral milita', counts, prefixes)).toBe(true);
    expect(endsMidWord('rose for a third quarter', counts, prefixes)).toBe(false);
  });

  it('recognises a date alone on its line, and nothing more', () => {
    for (const line of ['Feb 18, 2020', '2019-11-18', 'Updated: Nov 21, 2019 10:42 AM', '18 November 2019', 'Release time:Apr 16, 2024 20:35 PM']) {
      expect(isDateOnly(line), line).toBe(true);
    }
    for (const line of ['Feb 18, 2020: the day the port closed', 'BEIJING, March 3 (Xinhua) --', 'No digits at all', '5040', '17']) {
      expect(isDateOnly(line), line).toBe(false);
    }
  });

  it('finds cue phrases at the start of a line, strong only when the line is the cue', () => {
    expect(findCue('Read more: Port traffic hits record')).toMatchObject({ name: 'Read more', kind: 'related', strong: true });
    expect(findCue('Advertisement')).toMatchObject({ name: 'Advertisement', kind: 'furniture', strong: true });
    expect(findCue('© 2024 Harbour Daily. All rights reserved.')).toMatchObject({ kind: 'furniture', strong: true });
    expect(findCue('Most Read')).toMatchObject({ name: 'Most read', strong: true });
    expect(findCue('Related companies in the region reported similar gains over the same period, the survey found.')?.strong).toBe(false);
    expect(findCue('The minister said the port would reopen.')).toBeNull();
    expect(findCue('Do Not Sell My Personal Information')).toMatchObject({ name: 'Privacy policy', kind: 'furniture', strong: true });
    expect(findCue('Harbour Wire recommends')).toMatchObject({ name: 'Recommended', bare: true });
    expect(findCue('The harbour master recommends a new channel for larger ships.')).toBeNull();
    expect(findCue('DW recommends')).toMatchObject({ name: 'Recommended', kind: 'related', bare: true });
    expect(findCue('Watch video 02:17')).toMatchObject({ name: 'Watch video', strong: true });
    expect(findCue('Copyright © 2019 Harbour Wire, LLC. Reproduction of material from any Harbour Wire pages without written permission is prohibited.')?.strong).toBe(true);
    expect(findCue('We want to hear what you think about this article. Submit a letter to the editor.')).toMatchObject({ kind: 'furniture', strong: true });
    expect(findCue('In a letter to the editor last year, the mayor defended the plan and said the port would grow.')).toBeNull();
    expect(findCue('(Credit: Clayton Aldern / Grist)')).toMatchObject({ name: 'Photo credit', kind: 'furniture', strong: true });
    expect(findCue('Photo: Harbour Wire / Jane Doe')).toMatchObject({ name: 'Photo credit', strong: true });
    expect(findCue('(AP Photo/Evan Vucci)')).toMatchObject({ name: 'Photo credit', strong: true });
    expect(findCue('Photos of the flooded quay show that the harbour wall gave way. The port said repairs would take a year.')).toBeNull();
    expect(findCue('Credit: the bank said lending rose 5% in May.')).toBeNull();
  });

  it('tells list items, headline-shaped lines and title case apart', () => {
    expect(isListItem('1) Lego set with 500 pieces')).toBe(true);
    expect(isListItem('• Cranes: 12')).toBe(true);
    expect(isListItem('3.5 million tons were shipped.')).toBe(false);
    expect(isShortUnpunctuated('Port traffic hits a record high')).toBe(true);
    expect(isShortUnpunctuated('Port traffic hit a record high.')).toBe(false);
    expect(isTitleCase('Fact Check: Is An Oxygen Bar In Delhi Offering Fresh Air?')).toBe(true);
    expect(isTitleCase('The port said traffic rose for a third quarter.')).toBe(false);
  });

  it('measures how much of a line shares the vocabulary of the lead', () => {
    const lead = new Set(contentWords('Harbour traffic rose as the port added cranes'));
    expect(overlapWith(contentWords('Port cranes lifted harbour traffic again'), lead)).toBeGreaterThan(0.5);
    expect(overlapWith(contentWords('Actress reveals favourite reading glasses brand'), lead)).toBe(0);
    expect(overlapWith(contentWords('Too short'), lead)).toBeNull();
  });

  it('tells a headline printed twice in a row from a line repeated far apart, and prose from both', () => {
    const lines = [
      'Harbour traffic climbs',
      'Photo credit: Harbour Wire archive',
      'Container traffic through the port rose for a third quarter, the port authority said on Monday.',
      'Photo credit: Harbour Wire archive',
      'Village team reaches the national football final',
      'Village team reaches the national football final',
    ];
    const evidence = weighBlocks(splitBlocks(lines.join('\n')), undefined);
    expect(evidence[1]).toMatchObject({ repeated: true, repeatedAdjacent: false });
    expect(evidence[1].reasons).toContain('line printed twice');
    expect(evidence[2]).toMatchObject({ prose: true, repeated: false });
    expect(evidence[2].score).toBeLessThan(0);
    expect(evidence[4]).toMatchObject({ repeatedAdjacent: true });
    expect(evidence[4].reasons).toContain('repeated headline');
    expect(evidence[4].score).toBeGreaterThan(2);
  });

  it('puts the boundary where the teaser evidence after it adds up most, or nowhere when it is too little', () => {
    const article = 'Container traffic through the port rose for a third quarter, the port authority said on Monday.';
    const withTail = [article, article.replace('third', 'second'), 'Related:', 'Read more: Village team reaches the national football final'].join('\n');
    expect(findBoundary(weighBlocks(splitBlocks(withTail), undefined))).toBe(2);
    const withoutTail = [article, article.replace('third', 'second'), 'Village team reaches the national football final'].join('\n');
    expect(findBoundary(weighBlocks(splitBlocks(withoutTail), undefined))).toBe(3);
  });
});
