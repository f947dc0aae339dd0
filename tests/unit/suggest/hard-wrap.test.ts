/**
 * Hard-wrapped prose (a Project Gutenberg book, an e-mailed release: lines cut at ~70 characters
 * inside paragraphs) is read a paragraph at a time. Read line by line, every line looked like a
 * short headline without end punctuation (Moby Dick got 1,630 teaser suggestions), and the claim
 * suggester offered half sentences cut at the line ends.
 */
import { describe, expect, it } from 'vitest';
import { splitBlocks } from '../../../src/main/core/suggest/teasers-blocks';
import { suggestClaims } from '../../../src/main/core/suggest/claims';
import { unwrapLines } from '../../../src/main/core/suggest/hard-wrap';
import { suggestTeasers } from '../../../src/main/core/suggest/teasers';
import { emptySuggestContext } from '../../../src/main/core/suggest/types';

/** Invented prose, wrapped at 68 characters as plain-text books and e-mails are. */
function wrap(paragraph: string, width = 68): string {
  const lines: string[] = [];
  let line = '';
  for (const word of paragraph.split(' ')) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.join('\n');
}

const PARAGRAPHS = [
  'The harbour lay quiet in the early light, and the boats that had come in during the night rested against the stone quay with their nets still wet and heaped upon the decks, while the gulls went from one to the next in search of what the fishermen had left behind them.',
  'Nobody in the town could remember a winter so mild, and the old men who sat on the bench by the customs house said that the sea itself had forgotten what month it was, for the water was warm enough that children waded in it until the lamps were lit along the front.',
  'When the ferry came round the point at nine, its whistle carried across the water and brought the shopkeepers to their doors, because the ferry carried the post and the newspapers and now and then a stranger who had taken the wrong train and would have to stay the night.',
  'The stranger who stepped off that morning carried a leather case and asked the first person he met where he might find the harbour master, and he asked it in a voice so soft that the boy he spoke to had to ask him twice before he understood what it was the man wanted.',
];
const BOOK = [...PARAGRAPHS, ...PARAGRAPHS, ...PARAGRAPHS].map((p) => wrap(p)).join('\n\n');

describe('hard-wrapped prose', () => {
  it('is read one paragraph per block', () => {
    const blocks = splitBlocks(BOOK);
    expect(blocks).toHaveLength(12);
    expect(blocks[0].text).toBe(PARAGRAPHS[0]);
    expect(BOOK.slice(blocks[1].start, blocks[1].end).replace(/\n/g, ' ')).toBe(PARAGRAPHS[1]);
  });

  it('gets no teaser suggestions', () => {
    expect(suggestTeasers(BOOK, emptySuggestContext())).toEqual([]);
  });

  it('still has its scraped tail flagged', () => {
    const tail = ['Related stories', 'Harbour master retires after forty years | Local | People', 'Ferry timetable changes for the winter season | Travel'].join('\n');
    const text = `${BOOK}\n\n${tail}`;
    const flagged = suggestTeasers(text, emptySuggestContext()).map((s) => text.slice(s.start, s.end));
    expect(flagged.join('\n')).toContain('Harbour master retires after forty years');
    expect(flagged.join('\n')).not.toContain('The stranger who stepped off');
  });

  it('leaves a scrape of one paragraph per line as lines', () => {
    const text = PARAGRAPHS.join('\n');
    expect(splitBlocks(text)).toHaveLength(4);
  });

  it('keeps a headline and a paragraph’s last line out of the next paragraph when the import dropped the blank lines', () => {
    // As Copydesk stores a plain-text import: blank lines dropped, a headline directly above the text.
    const headline = 'Harbour authority reports record container traffic';
    const report = 'The port authority said on Monday that container traffic through Riverton rose 6.2 per cent in the third quarter, to 412,000 boxes.';
    const tail = ['Related stories', 'Harbour master retires after forty years | Local | People', 'Ferry timetable changes for the winter season | Travel'];
    const text = [headline, ...[report, ...PARAGRAPHS, ...PARAGRAPHS].map((p) => wrap(p)), ...tail].join('\n');
    const claims = suggestClaims(text, emptySuggestContext({ claimSetting: 'broad' })).map((s) => text.slice(s.start, s.end));
    expect(claims.some((claim) => claim.includes(headline))).toBe(false);
    expect(claims.map((claim) => claim.replace(/\n/g, ' '))).toContain(report);
    const flagged = suggestTeasers(text, emptySuggestContext()).map((s) => text.slice(s.start, s.end));
    expect(flagged).toContain('Related stories');
    expect(flagged.join('\n')).not.toContain('harbour master');
  });

  it('has claims suggested as whole sentences across the line breaks', () => {
    const report = [
      'The port authority said on Monday that container traffic through Riverton rose 6.2 per cent in the third quarter, to 412,000 boxes.',
      'Four new cranes entered service in July and cut the average time a vessel spends at berth from 31 hours to 22, according to the authority.',
    ].join(' ');
    const text = [...PARAGRAPHS, report, ...PARAGRAPHS].map((p) => wrap(p)).join('\n\n');
    expect(unwrapLines(text)).toHaveLength(text.length); // same offsets
    const claims = suggestClaims(text, emptySuggestContext({ claimSetting: 'broad' })).map((s) => text.slice(s.start, s.end).replace(/\n/g, ' '));
    expect(claims).toContain(report.slice(0, report.indexOf(' Four')));
    for (const claim of claims) expect(claim).toMatch(/[.!?]["”]?$/); // no half sentence cut at a line end
  });

  it('joins a line ended short of the width when its sentence plainly goes on below', () => {
    // Books wrap dialogue and long words short of the width: "powers" ends the line though "of" would have fitted.
    const speech = '“The whale, the whale! Up helm, up helm! Oh, all ye sweet powers\nof air, now hug me close!”';
    const text = `${BOOK}\n\n${speech}\n\n${BOOK}`;
    const flat = unwrapLines(text)!;
    expect(flat.slice(text.indexOf(speech), text.indexOf(speech) + speech.length)).toBe(speech.replace('\n', ' '));
    expect(suggestTeasers(text, emptySuggestContext())).toEqual([]);
  });
});

