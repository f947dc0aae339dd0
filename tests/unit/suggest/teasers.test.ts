import { describe, expect, it } from 'vitest';
import { suggestTeasers } from '../../../src/main/core/suggest/teasers';
import { emptySuggestContext, type SuggestedSpan } from '../../../src/main/core/suggest/types';

/** An invented wire story: title, dateline, byline, section heading, prose. */
const ARTICLE = [
  'Harbour Traffic Climbs for a Third Quarter as New Cranes Arrive',
  'Online: Feb 18, 2020',
  'RIVERTON, March 3 (Harbour Wire) -- Container traffic through the port of Riverton rose 6.2% in the third quarter, the port authority said on Monday.',
  'By Ana Lopes, Harbour Wire reporter',
  'The authority credited four new ship-to-shore cranes, which entered service in July and cut the average time a vessel spends at berth from 31 hours to 22.',
  'Cranes and capacity',
  'Port director Mei Tanaka said the cranes cost 180 million dollars and were paid for from the port’s own reserves rather than a state loan.',
  '"We are moving more boxes with the same quay," Tanaka said, adding that a fifth crane would arrive next spring.',
  'Shipping lines have responded by adding two weekly services from Asia, the authority said.',
];

const TAIL = [
  'Actress reveals why she now wears reading glasses on set | Celebrity | Health',
  'Actress reveals why she now wears reading glasses on set | Celebrity | Health',
  'In an interview published on Sunday the actress said that after years of squinting at scripts she had finally given in and bought her first pair of readi',
  'How a small village team reached the national football final | Sport | Football',
  'How a small village team reached the national football final | Sport | Football',
  'Nobody in the valley expected the team of farmers and schoolteachers to get past the regional rounds, let alone to play in front of forty thousand peop',
];

const flaggedTexts = (text: string, spans: SuggestedSpan[]) => spans.map((s) => text.slice(s.start, s.end));

describe('suggestTeasers on whole documents', () => {
  it('flags every teaser line after the article and none of the article', () => {
    const text = [...ARTICLE, ...TAIL].join('\n');
    const spans = suggestTeasers(text, emptySuggestContext());
    expect(flaggedTexts(text, spans)).toEqual(TAIL);
    expect(spans.map((s) => s.teaserReason)).toEqual([
      'repeated_headline',
      'repeated_headline',
      'truncated_snippet',
      'repeated_headline',
      'repeated_headline',
      'truncated_snippet',
    ]);
    expect(spans[0].reasons).toEqual(expect.arrayContaining(['repeated headline', 'tag list', "after the article's end"]));
    expect(spans[2].reasons).toEqual(expect.arrayContaining(['cut off mid-word', "after the article's end"]));
    for (const span of spans) {
      expect(span.kind).toBe('teaser');
      expect(span.label).toBeNull();
      expect(span.score).toBeGreaterThanOrEqual(0.5);
      expect(span.score).toBeLessThanOrEqual(1);
    }
  });

  it('flags other stories told as a headline and a one-sentence summary, though the summaries end properly', () => {
    const tail = [
      'Village football team reaches national final',
      'The village football team of farmers and schoolteachers beat the champions on penalties and will play the national final in May.',
      'Actress reveals her reading glasses',
      'The actress told an interviewer on Sunday that she had finally bought reading glasses after years of squinting at scripts.',
    ];
    const text = [...ARTICLE, ...tail].join('\n');
    const spans = suggestTeasers(text, emptySuggestContext());
    expect(flaggedTexts(text, spans)).toEqual(tail);
    expect(spans[0].reasons).toContain('headline with its own summary');
    expect(spans[1].reasons).toContain('summary of the headline above, unlike the article');
  });

  it('keeps an article paragraph that lost its full stop in the article, even right before the tail', () => {
    const unpunctuated = 'Since 2018 the port has dredged its main channel twice and widened the turning basin so that the largest container ships can call without waiting for the tide';
    const article = [...ARTICLE.slice(0, -1), unpunctuated, ARTICLE[ARTICLE.length - 1]];
    const text = [...article, ...TAIL].join('\n');
    expect(flaggedTexts(text, suggestTeasers(text, emptySuggestContext()))).toEqual(TAIL);
  });

  it('works the same on text with blank lines between paragraphs', () => {
    const text = [...ARTICLE, ...TAIL].join('\n\n');
    expect(flaggedTexts(text, suggestTeasers(text, emptySuggestContext()))).toEqual(TAIL);
  });

  it('flags a "Related:" list of headlines and a copyright line', () => {
    const tail = ['Related:', 'Village team reaches the national football final', 'Actress reveals her reading glasses', '© 2020 Harbour Wire. All rights reserved.'];
    const text = [...ARTICLE, ...tail].join('\n');
    const spans = suggestTeasers(text, emptySuggestContext());
    expect(flaggedTexts(text, spans)).toEqual(tail);
    expect(spans[0].reasons).toContain('cue phrase: Related');
    expect(spans[1].teaserReason).toBe('related_teaser');
    expect(spans[3].teaserReason).toBe('boilerplate');
  });

  it('flags headlines followed by snippets ending in an ellipsis', () => {
    const tail = [
      'Village team reaches the national football final',
      'Nobody in the valley expected the team of farmers and schoolteachers to get past the regional rounds…',
      'Actress reveals why she now wears reading glasses',
      'In an interview published on Sunday the actress said that after years of squinting at scripts she had…',
    ];
    const text = [...ARTICLE, ...tail].join('\n');
    const spans = suggestTeasers(text, emptySuggestContext());
    expect(flaggedTexts(text, spans)).toEqual(tail);
    expect(spans[1].reasons).toContain('ends with an ellipsis');
  });

  it('suggests nothing for an article without a tail: datelines, bylines and headings stay', () => {
    const text = ARTICLE.join('\n');
    expect(suggestTeasers(text, emptySuggestContext())).toEqual([]);
  });

  it('leaves an article ending in its own table or list alone', () => {
    const table = ['Terminal Boxes Share', '1 North Quay 412000 41', '2 South Quay 350000 35', '3 Old Basin 240000 24', '* Figures for the first nine months'];
    const text = [...ARTICLE, ...table].join('\n');
    expect(suggestTeasers(text, emptySuggestContext())).toEqual([]);
    // The same table one cell per line, as an extractor returns it.
    const cells = [...ARTICLE, 'Terminal', 'Boxes', ...table.slice(1, 4).flatMap((row) => row.split(' ').slice(0, 1).concat(row.split(' ').slice(-2)))].join('\n');
    expect(suggestTeasers(cells, emptySuggestContext())).toEqual([]);
  });

  it('inside the article, flags only unmistakable cue lines and the headlines listed under them', () => {
    const lines = [...ARTICLE.slice(0, 5), 'Advertisement', 'Read more: Port of Riverton orders a fifth crane', ...ARTICLE.slice(5)];
    const text = lines.join('\n');
    const spans = suggestTeasers(text, emptySuggestContext());
    expect(flaggedTexts(text, spans)).toEqual(['Advertisement', 'Read more: Port of Riverton orders a fifth crane']);
    expect(spans[0]).toMatchObject({ teaserReason: 'advertisement', reasons: ['cue phrase: Advertisement'] });
    expect(spans[1]).toMatchObject({ teaserReason: 'related_teaser', reasons: ['cue phrase: Read more'] });
  });

  it('inside the article, flags the headlines listed under a bare "Related" header until prose resumes', () => {
    const box = ['Related stories', 'Port of Riverton orders a fifth crane', 'Dock workers agree a new contract'];
    const lines = [...ARTICLE.slice(0, 5), ...box, ...ARTICLE.slice(6)];
    const text = lines.join('\n');
    const spans = suggestTeasers(text, emptySuggestContext());
    expect(flaggedTexts(text, spans)).toEqual(box);
    expect(spans[1].reasons).toContain('listed under a related-stories cue');
  });

  it('on a whole page with navigation first, never flags the article prose and flags the footer', () => {
    // Menus printed twice (desktop and mobile) weigh like a tail: the article's prose must still hold the boundary.
    const menu = ['Village team reaches the national football final', 'Actress reveals her reading glasses', 'Storm closes mountain pass'];
    const nav = ['Home', 'Sign in', ...menu, ...menu, 'Search'];
    const body = ARTICLE.slice(2).flatMap((line, i) => (i === 3 ? ['Advertisement', line] : [line]));
    const footer = ['Most Read', 'Village team reaches the national football final', 'Privacy Policy', 'Do not sell my personal information'];
    const lines = [...nav, ...body, ...footer];
    const text = lines.join('\n');
    const flagged = flaggedTexts(text, suggestTeasers(text, emptySuggestContext()));
    for (const line of body.filter((l) => l !== 'Advertisement')) expect(flagged).not.toContain(line);
    expect(flagged).toEqual(expect.arrayContaining(['Sign in', 'Advertisement', ...footer]));
  });

  it('keeps the article paragraph a related box was dropped into, and flags a long copyright line', () => {
    const box = ['RELATED STORIES', 'Village team reaches the national football final', 'Actress reveals her reading glasses'];
    const lastParagraph = 'The port authority said the new cranes would also let Riverton handle the larger container ships now calling at the port.';
    const text = [...ARTICLE, ...box, lastParagraph, 'Copyright © 2020 Harbour Wire, LLC. Reproduction of material from any Harbour Wire pages without written permission is strictly prohibited.'].join('\n');
    const flagged = flaggedTexts(text, suggestTeasers(text, emptySuggestContext()));
    expect(flagged).toEqual(expect.arrayContaining(box));
    expect(flagged).not.toContain(lastParagraph);
    expect(flagged.some((line) => line.startsWith('Copyright ©'))).toBe(true);
  });

  it('inside the article, flags a headline printed twice and the cut-off snippet under it', () => {
    const unit = TAIL.slice(0, 3);
    const text = [...ARTICLE.slice(0, 5), ...unit, ...ARTICLE.slice(5)].join('\n');
    const spans = suggestTeasers(text, emptySuggestContext());
    expect(flaggedTexts(text, spans)).toEqual(unit);
    expect(spans[2].reasons).toContain('snippet under a repeated headline');
  });

  it('never flags the title, even printed twice at the top', () => {
    const text = ['Harbour traffic climbs | Ports | Shipping', 'Harbour traffic climbs | Ports | Shipping'].join('\n');
    expect(suggestTeasers(text, emptySuggestContext()).every((s) => s.start > 0)).toBe(true);
    const twice = [ARTICLE[0], ...ARTICLE].join('\n');
    expect(suggestTeasers(twice, emptySuggestContext())).toEqual([]);
  });
});

describe('suggestTeasers on bad input', () => {
  it('returns nothing for an empty text, blank lines, or a single line', () => {
    expect(suggestTeasers('', emptySuggestContext())).toEqual([]);
    expect(suggestTeasers('\n\n  \n', emptySuggestContext())).toEqual([]);
    expect(suggestTeasers('Only a title', emptySuggestContext())).toEqual([]);
  });

  it('reads a 1 MB single line quickly and suggests nothing', () => {
    const line = 'word '.repeat(200_000) + 'milita';
    const started = performance.now();
    expect(suggestTeasers(line, emptySuggestContext())).toEqual([]);
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('reads a text of only numbers without crashing', () => {
    const text = Array.from({ length: 5000 }, (_, i) => String(i * 7919)).join('\n');
    const spans = suggestTeasers(text, emptySuggestContext());
    expect(Array.isArray(spans)).toBe(true);
    for (const span of spans) expect(span.end).toBeGreaterThan(span.start);
  });

  it('keeps to linear time: 1 MB of prose lines with a tail, and pipes and dots on one line', () => {
    const prose = Array.from({ length: 6000 }, (_, i) => `${ARTICLE[2 + (i % 7)]}`).join('\n');
    const text = [prose, ...TAIL].join('\n');
    const started = performance.now();
    const spans = suggestTeasers(text, emptySuggestContext());
    expect(flaggedTexts(text, spans)).toEqual(TAIL);
    const hostile = ' | '.repeat(100_000) + '.'.repeat(100_000) + ' …';
    suggestTeasers(`Title\n${hostile}\n${hostile}`, emptySuggestContext());
    expect(performance.now() - started).toBeLessThan(3000);
  });
});
