import { describe, expect, it } from 'vitest';
import { suggestEntities } from '../../../src/main/core/suggest/entities';
import { emptySuggestContext } from '../../../src/main/core/suggest/types';

/** What the editor would see: each suggestion as its text and label. */
function suggested(text: string) {
  return suggestEntities(text, emptySuggestContext()).map((s) => ({ text: text.slice(s.start, s.end), label: s.label }));
}

function labelOf(text: string, span: string): string | null | undefined {
  return suggested(text).find((s) => s.text === span)?.label;
}

describe('entity suggester on English news: people', () => {
  it('finds first name + surname, with names from beyond English lists', () => {
    expect(labelOf('Nadia Mohamed won the vote in St. Louis Park.', 'Nadia Mohamed')).toBe('PERSON');
    expect(labelOf('Donald Trump spoke on Tuesday.', 'Donald Trump')).toBe('PERSON');
  });

  it('reads first names with an inner capital', () => {
    expect(labelOf('LeBron James scored again.', 'LeBron James')).toBe('PERSON');
  });

  it('keeps hyphenated, Mc- and particle names whole', () => {
    const text = 'Filed under Jean-Paul Claverie, Laurence des Cars, Alexandra Tremayne-Pengelly and Melanie McFarland.';
    for (const name of ['Jean-Paul Claverie', 'Laurence des Cars', 'Alexandra Tremayne-Pengelly', 'Melanie McFarland']) expect(labelOf(text, name)).toBe('PERSON');
    expect(labelOf('Israel-Hamas fighting went on.', 'Israel')).toBe('PLACE');
  });

  it('reads a town\'s name as the family name of a person named in full', () => {
    const text = 'Andrew Hartley, 37, fitted the boiler. The jury convicted Hartley of manslaughter.';
    expect(suggested(text).filter((s) => s.text === 'Hartley')).toEqual([{ text: 'Hartley', label: 'PERSON' }]);
  });

  it('finds the first name alone after the full name, and a relative by the family name', () => {
    const text = 'Zoe Anderson died in 2010. Zoe had flown to New York. Donald Trump left. Ivanka Trump stayed.';
    expect(suggested(text).filter((s) => s.label === 'PERSON').map((s) => s.text)).toEqual(['Zoe Anderson', 'Zoe', 'Donald Trump', 'Ivanka Trump']);
  });

  it('leaves titles and letters after the name out, and a headline\'s verb too', () => {
    expect(labelOf('His Honour Judge Neil Ford QC sentenced him.', 'Neil Ford')).toBe('PERSON');
    expect(labelOf('Acting US Attorney Joshua Levy spoke.', 'Joshua Levy')).toBe('PERSON');
    expect(labelOf('President Biden Meets With Coaches', 'Biden')).toBe('PERSON');
  });

  it('reads a title word after a first name as the surname', () => {
    expect(labelOf('Gayle King and Norah O\'Donnell reckon with it.', 'Gayle King')).toBe('PERSON');
    expect(labelOf('King Charles spoke.', 'Charles')).toBe('PERSON');
  });

  it('takes no nationality for a name ("the German Empire", "North African")', () => {
    const text = 'The Berlin conference met (picture). The German Empire grew. German troops and North African traders came.';
    expect(suggested(text).map((s) => s.text)).not.toContain('German');
    expect(suggested(text).filter((s) => s.label === 'PERSON')).toEqual([]);
  });

  it('does not take a day for a surname, nor a street for a person', () => {
    expect(suggested('Best Sephora Black Friday deals').filter((s) => s.label === 'PERSON')).toEqual([]);
    expect(suggested('The crash was near Miller Drive.')).toEqual([]);
  });

  it('suggests nothing inside a facility\'s name, and the town alone elsewhere', () => {
    const text = 'He was last seen at Fort Lauderdale Executive Airport. Fort Lauderdale is hot.';
    expect(suggested(text)).toEqual([{ text: 'Fort Lauderdale', label: 'PLACE' }]);
    expect(suggestEntities(text, emptySuggestContext())[0].start).toBe(text.lastIndexOf('Fort Lauderdale'));
  });

  it('does not find names inside e-mail addresses', () => {
    expect(suggested('Emma Whitford edits. Write to Emma@citylimits.org.').map((s) => s.text)).toEqual(['Emma Whitford']);
  });
});

describe('entity suggester on English news: organisations and places', () => {
  it('knows organisations that carry no suffix, and newspapers and museums by theirs', () => {
    expect(labelOf('Patriots fans cheered as Reuters reported.', 'Patriots')).toBe('ORG');
    expect(labelOf('Patriots fans cheered as Reuters reported.', 'Reuters')).toBe('ORG');
    expect(labelOf('He told the Boston Herald about the Kimbell Art Museum.', 'Boston Herald')).toBe('ORG');
    expect(labelOf('He told the Boston Herald about the Kimbell Art Museum.', 'Kimbell Art Museum')).toBe('ORG');
  });

  it('reads a broadcaster by its letters and place, and organisations named in French first', () => {
    expect(labelOf('Watch KXAN Austin tonight.', 'KXAN Austin')).toBe('ORG');
    expect(labelOf('He launched the Fondation Louis Vuitton in 2014.', 'Fondation Louis Vuitton')).toBe('ORG');
    expect(labelOf('She was forced onto the defensive in the House of Commons today.', 'House of Commons')).toBe('ORG');
  });

  it('reads an outlet named by its web address, but not an e-mail or a link', () => {
    const text = 'Ad free access to Salon.com, or write to desk@Salon.com, or open www.Salon.com/news.';
    expect(suggested(text)).toEqual([{ text: 'Salon.com', label: 'ORG' }]);
  });

  it('takes the holder of a copyright line for an organisation, and finds its name elsewhere', () => {
    const text = 'This City Limits video explains the vote.\n© Copyright 2023, City Limits\nCopyright © 2016 The Associated Press. All rights reserved.';
    expect(suggested(text).filter((s) => s.label === 'ORG').map((s) => s.text)).toEqual(['City Limits', 'City Limits', 'Associated Press']);
  });

  it('reads a publication from "appeared on" and a team inside a headline', () => {
    expect(labelOf('This post originally appeared on Grist.', 'Grist')).toBe('ORG');
    expect(labelOf('Nets Fans Chant While Harden Waits', 'Nets')).toBe('ORG');
  });

  it('makes "the Trump administration" an organisation', () => {
    expect(labelOf('Donald Trump won. The Trump administration acted.', 'Trump administration')).toBe('ORG');
  });

  it('reads a direction with a place, a district of a state, and US in mixed case only', () => {
    expect(labelOf('A crash in South Texas killed eight.', 'South Texas')).toBe('PLACE');
    expect(labelOf('He is attorney for the District of Massachusetts now.', 'District of Massachusetts')).toBe('PLACE');
    expect(labelOf('Mobile and resilient, the US military moved.', 'US')).toBe('PLACE');
    expect(suggested('TELL US WHAT YOU THINK')).toEqual([]);
  });

  it('finds known names inside a title-case headline and after a label', () => {
    const text = 'Lakers Make Unfortunate NBA History\nKXAN: FCC Public File';
    expect(suggested(text).filter((s) => s.label === 'ORG').map((s) => s.text)).toEqual(['Lakers', 'NBA', 'KXAN', 'FCC']);
  });

  it('reads "St." and "Ft." places and hyphenated counties whole', () => {
    const text = 'He won in St. Louis Park and St. Paul. A crash in Southwest Miami-Dade, Miami-Dade Police said.';
    expect(labelOf(text, 'St. Louis Park')).toBe('PLACE');
    expect(labelOf(text, 'St. Paul')).toBe('PLACE');
    expect(labelOf(text, 'Southwest Miami-Dade')).toBe('PLACE');
    expect(labelOf(text, 'Miami-Dade Police')).toBe('ORG');
  });

  it('finds an organisation by its name alone after the name with its suffix, and a title with "The"', () => {
    const text = 'She studied at Rutgers University. Rutgers is open. More from The Telegraph today.';
    expect(suggested(text).filter((s) => s.text === 'Rutgers')).toEqual([{ text: 'Rutgers', label: 'ORG' }]);
    expect(labelOf(text, 'Telegraph')).toBe('ORG');
    expect(suggested('He read the Boston Herald. Boston is cold.').filter((s) => s.text === 'Boston')).toEqual([{ text: 'Boston', label: 'PLACE' }]);
  });

  it('asks more of a title-case menu or headline than of running text', () => {
    expect(suggested('Sign Up For Breaking News Alerts\nHow to Tackle Land Degradation Now')).toEqual([]);
    expect(suggested('WSVN 7News | Miami News, Weather, Sports | Fort Lauderdale').map((s) => s.text)).not.toContain('Weather');
    expect(labelOf('The grant goes to the Teacher Retirement System for a raise.', 'Teacher Retirement System')).toBe('ORG');
  });

  it('knows rivers, mountains and regions, and "the Amazon" from Amazon the company', () => {
    expect(suggested('Fires in the Amazon spread as Amazon shares fell.')).toEqual([{ text: 'Amazon', label: 'PLACE' }, { text: 'Amazon', label: 'ORG' }]);
    expect(labelOf('Snow fell across the Midwest and the Alps.', 'Alps')).toBe('PLACE');
  });

  it('does not take a small town named by a common word for a place', () => {
    expect(suggested('Police in Schools Continue to Target Students')).toEqual([]);
    expect(suggested('Young people who are recommended for diversion')).toEqual([]);
  });
});

describe('entity suggester on English news: dates and money', () => {
  it.each([
    ['It grew last year.', 'last year'],
    ['It fell earlier this year.', 'earlier this year'],
    ['Vote between Nov. 8 and Nov. 28.', 'Nov. 8'],
    ['Vote between Nov. 8 and Nov. 28.', 'Nov. 28'],
    ['It runs until February 2024.', 'February 2024'],
    ['Thursday, November 9th 2023', 'Thursday, November 9th 2023'],
    ['Copyright © 2023 MediaNews Group', '2023'],
    ['Join our panel on 11/9 at noon.', '11/9'],
  ])('reads "%s" with the date "%s"', (text, span) => {
    expect(labelOf(text, span)).toBe('DATE');
  });

  it('leaves a day with no name out ("the middle of the day", "her last day")', () => {
    expect(suggested('In the middle of the day on Monday, her last day.')).toEqual([{ text: 'Monday', label: 'DATE' }]);
  });

  it('leaves holidays, seasons alone, story time and counts out', () => {
    const text = 'Best Black Friday deals. She came for Christmas over the summer and left the next day, 12 days earlier than 2000 people.';
    expect(suggested(text).filter((s) => s.label === 'DATE')).toEqual([]);
  });

  it('reads money without a trailing comma, with a capital M, and in words', () => {
    expect(labelOf('Rent up to $3,664, and more.', '$3,664')).toBe('MONEY');
    expect(labelOf('Winning $1M ticket', '$1M')).toBe('MONEY');
    expect(labelOf('It will grant billions of dollars to teachers.', 'billions of dollars')).toBe('MONEY');
  });
});

describe('entity suggester: words spelled like a date’s short form', () => {
  it('does not take the lower-case "sun" or "may" for a day or a month, but keeps "Sun." and "yesterday"', () => {
    const text = 'The whale rose toward the sun. Ahab said we may yet see him. We sailed yesterday. Talks resume Sun., Nov. 3.';
    const dates = suggested(text).filter((s) => s.label === 'DATE').map((s) => s.text);
    expect(dates).not.toContain('sun');
    expect(dates).not.toContain('sun.');
    expect(dates).not.toContain('may');
    expect(dates).toContain('yesterday');
  });
});
