import { describe, expect, it } from 'vitest';
import { suggestEntities } from '../../../src/main/core/suggest/entities';
import { emptySuggestContext } from '../../../src/main/core/suggest/types';

/** What the editor would see: each suggestion as its text, label and reasons. */
function suggested(text: string) {
  return suggestEntities(text, emptySuggestContext()).map((s) => ({ text: text.slice(s.start, s.end), label: s.label, reasons: s.reasons }));
}

function labelOf(text: string, span: string): string | null | undefined {
  return suggested(text).find((s) => s.text === span)?.label;
}

describe('entity suggester: numbers and dates as whole spans', () => {
  const text = 'Output rose 5.8% in the first half of 2023 to US$3.5 million, while sales reached 2.7 trillion yuan and 1.5 million tons were shipped on March 3, 2024.';

  it.each([
    ['US$3.5 million', 'MONEY'],
    ['2.7 trillion yuan', 'MONEY'],
    ['5.8%', 'PERCENT'],
    ['1.5 million tons', 'QUANTITY'],
    ['March 3, 2024', 'DATE'],
    ['the first half of 2023', 'DATE'],
  ])('suggests "%s" as %s', (span, label) => {
    expect(labelOf(text, span)).toBe(label);
  });

  it.each([
    ['It fell this spring.', 'this spring', 'DATE'],
    ['Up from a year earlier.', 'a year earlier', 'DATE'],
    ['By mid-2025 it will.', 'mid-2025', 'DATE'],
    ['In fiscal 2023 it fell.', 'fiscal 2023', 'DATE'],
    ['Sales fell in Q3 2024.', 'Q3 2024', 'DATE'],
    ['It cost €4.2bn.', '€4.2bn', 'MONEY'],
    ['It cost HK$300m in all.', 'HK$300m', 'MONEY'],
  ])('reads "%s" whole where the model does not', (text, span, label) => {
    expect(labelOf(text, span)).toBe(label);
  });

  it('takes a bare year after a preposition but not a count', () => {
    expect(suggested('From 2019 to 2021 it grew.').map((s) => s.text)).toEqual(['2019', '2021']);
    expect(suggested('About 2000 people came.')).toEqual([]);
  });

  it('leaves the preposition out of a date ("by 2023" → "2023")', () => {
    expect(suggested('The plant will close by 2023.').map((s) => s.text)).toContain('2023');
  });

  it('says which pattern fired', () => {
    expect(suggested(text).find((s) => s.text === '2.7 trillion yuan')?.reasons).toEqual(['money pattern: yuan']);
    expect(suggested(text).find((s) => s.text === '5.8%')?.reasons).toEqual(['percentage pattern']);
  });
});

describe('entity suggester: typed proper-noun runs', () => {
  it('types an organisation by its suffix, legal form included', () => {
    const text = 'Li Runyu works for Harbin Electric Power Group Co., Ltd. in the city.';
    const org = suggested(text).find((s) => s.label === 'ORG');
    expect(org).toEqual({ text: 'Harbin Electric Power Group Co., Ltd.', label: 'ORG', reasons: ['organisation suffix: Ltd.'] });
  });

  it('types places from the gazetteer and by place suffix', () => {
    const text = 'Exports from Harbin and Heilongjiang Province reached Canada.';
    expect(suggested(text)).toEqual(
      expect.arrayContaining([
        { text: 'Harbin', label: 'PLACE', reasons: ['gazetteer: city'] },
        { text: 'Heilongjiang Province', label: 'PLACE', reasons: ['place suffix: Province'] },
        { text: 'Canada', label: 'PLACE', reasons: ['gazetteer: country'] },
      ]),
    );
  });

  it('reads a dateline in capitals and a city by its everyday name', () => {
    const text = 'WASHINGTON (Reuters) - Rates stayed put in Frankfurt and NEW YORK.';
    expect(suggested(text)).toEqual([
      { text: 'WASHINGTON', label: 'PLACE', reasons: ['gazetteer: state (in capitals)'] },
      { text: 'Reuters', label: 'ORG', reasons: ['known organisation'] },
      { text: 'Frankfurt', label: 'PLACE', reasons: ['gazetteer: city'] },
      { text: 'NEW YORK', label: 'PLACE', reasons: ['gazetteer: state (in capitals)'] },
    ]);
  });

  it('types people by title, first name and family name', () => {
    const text = 'President Xi Jinping met Terry Pratchett. Later, Li Runyu spoke.';
    expect(suggested(text)).toEqual(
      expect.arrayContaining([
        { text: 'Xi Jinping', label: 'PERSON', reasons: ['title: President'] },
        { text: 'Terry Pratchett', label: 'PERSON', reasons: ['first name: Terry'] },
        { text: 'Li Runyu', label: 'PERSON', reasons: ['family name: Li'] },
      ]),
    );
  });

  it('does not read "General" in a company name as a title', () => {
    expect(suggested('Shares of General Electric fell.')).toContainEqual({ text: 'General Electric', label: 'ORG', reasons: ['organisation suffix: Electric'] });
    expect(suggested('Shares of General Electric fell.').filter((s) => s.label === 'PERSON')).toEqual([]);
  });

  it('does not make the employer after a title into a person', () => {
    const text = 'Li Runyu, Deputy General Manager of Harbin Electric Power Group, said so.';
    expect(labelOf(text, 'Harbin Electric Power Group')).toBe('ORG');
    expect(suggested(text).filter((s) => s.label === 'PERSON').map((s) => s.text)).toEqual(['Li Runyu']);
  });

  it('splits a person from the employer after "of" but keeps "Bank of China" whole', () => {
    const text = 'Li Runyu of Harbin Electric Power Group met the Bank of China.';
    expect(suggested(text).map((s) => [s.text, s.label])).toEqual([
      ['Li Runyu', 'PERSON'],
      ['Harbin Electric Power Group', 'ORG'],
      ['Bank of China', 'ORG'],
    ]);
  });

  it('splits two organisations joined by "and" but keeps one name that holds "and"', () => {
    const text = 'Northern Heavy Industry and Harbin Bearing Group signed with the National Development and Reform Commission.';
    const orgs = suggested(text).filter((s) => s.label === 'ORG').map((s) => s.text);
    expect(orgs).toEqual(['Northern Heavy Industry', 'Harbin Bearing Group', 'National Development and Reform Commission']);
  });

  it('types people by initials, by a verb of saying and by being listed with a person', () => {
    const text = 'J. K. Rowling wrote it. The firm was founded by Larry Page and Zorbek Brin. Later Mwangi Kibaki said no.';
    expect(suggested(text)).toEqual(
      expect.arrayContaining([
        { text: 'J. K. Rowling', label: 'PERSON', reasons: ['initials: J. K.'] },
        { text: 'Zorbek Brin', label: 'PERSON', reasons: ['listed with Larry Page'] },
        { text: 'Mwangi Kibaki', label: 'PERSON', reasons: ['attribution: said'] },
      ]),
    );
  });

  it('types each part of a list of names ("Google and YouTube")', () => {
    expect(suggested('Reporters from Canada and YouTube met.')).toEqual([
      { text: 'Canada', label: 'PLACE', reasons: ['gazetteer: country'] },
      { text: 'YouTube', label: 'ORG', reasons: ['mixed-case brand name'] },
    ]);
  });

  it('gives the members of a list the label of the one it knows', () => {
    const text = 'Analysts compared Zorvex, Quillon Group and Brantly yesterday.';
    expect(suggested(text).filter((s) => s.label === 'ORG')).toEqual([
      { text: 'Zorvex', label: 'ORG', reasons: ['listed with Quillon Group'] },
      { text: 'Quillon Group', label: 'ORG', reasons: ['organisation suffix: Group'] },
      { text: 'Brantly', label: 'ORG', reasons: ['listed with Quillon Group'] },
    ]);
  });

  it('does not take a title after a comma for a second person', () => {
    const text = 'According to Dr. Wang Bin, Chief Physician of the clinic, it helps.';
    expect(suggested(text).filter((s) => s.label === 'PERSON').map((s) => s.text)).toEqual(['Wang Bin']);
  });

  it('does not spread a label along a list that mixes kinds', () => {
    const text = 'Analysts compared Zorvex, Quillon Group and Canada yesterday.';
    expect(suggested(text).map((s) => s.text)).not.toContain('Zorvex');
  });

  it('types a single unknown name by what companies do ("was founded", "acquired")', () => {
    expect(suggested('Zorvex was founded in a garage.')).toContainEqual({ text: 'Zorvex', label: 'ORG', reasons: ['organisation cue: "was founded"'] });
    expect(suggested('The bank acquired Brantlex last week.')).toContainEqual({ text: 'Brantlex', label: 'ORG', reasons: ['organisation cue: "acquired"'] });
    expect(suggested('Shares of Zorvex rose.')).toContainEqual({ text: 'Zorvex', label: 'ORG', reasons: ['organisation cue: "shares of"'] });
  });

  it('types English counties by their ending', () => {
    expect(suggested('He moved from Buckinghamshire.')).toContainEqual({ text: 'Buckinghamshire', label: 'PLACE', reasons: ['place name ending: -shire'] });
  });

  it('suggests nothing for a capitalised word with no evidence', () => {
    expect(suggested('Meanwhile the Committee met. Nothing happened.')).toEqual([]);
    // A Roman numeral is no acronym, a two-letter town no match for a word, "De" no first name.
    expect(suggested('Chapter XIX begins. Un hombre y De Strafschop.')).toEqual([]);
  });
});

describe('entity suggester: short forms and repeats of names found in the document', () => {
  it('finds the family name alone after the full name, with the reason', () => {
    const text = 'Li Runyu spoke first. Li said orders had doubled.';
    const spans = suggested(text);
    expect(spans).toContainEqual({ text: 'Li', label: 'PERSON', reasons: ['short form of Li Runyu'] });
  });

  it('names the full name as the short form\'s canonical name', () => {
    const text = 'Li Runyu spoke first. Li said orders had doubled.';
    const li = suggestEntities(text, emptySuggestContext()).find((s) => text.slice(s.start, s.end) === 'Li');
    expect(li?.canonical).toBe('Li Runyu');
  });

  it('takes the last name for Western order', () => {
    const text = 'Terry Pratchett wrote it. Pratchett was born in England.';
    expect(suggested(text)).toContainEqual({ text: 'Pratchett', label: 'PERSON', reasons: ['short form of Terry Pratchett'] });
  });

  it('takes "Harbin Electric" but not "the Group" from an organisation', () => {
    const text = 'Harbin Electric Power Group built it. Harbin Electric says the Group will hire.';
    const spans = suggested(text);
    const short = spans.find((s) => s.text === 'Harbin Electric');
    expect(short?.label).toBe('ORG');
    expect(short?.reasons).toContain('short form of Harbin Electric Power Group');
    const spans2 = suggestEntities(text, emptySuggestContext());
    expect(spans2.find((s) => text.slice(s.start, s.end) === 'Harbin Electric')?.canonical).toBe('Harbin Electric Power Group');
    expect(spans.map((s) => s.text)).not.toContain('Group');
    expect(spans.map((s) => s.text)).not.toContain('the Group');
  });

  it('finds an organisation by its initials', () => {
    const text = 'The Japan Automobile Manufacturers Association reported it. JAMA expects more.';
    const jama = suggestEntities(text, emptySuggestContext()).find((s) => text.slice(s.start, s.end) === 'JAMA');
    expect(jama).toMatchObject({ label: 'ORG', canonical: 'Japan Automobile Manufacturers Association' });
    expect(jama?.reasons).toContain('short form of Japan Automobile Manufacturers Association');
  });

  it('does not match a short form inside a longer word', () => {
    const text = 'Li Runyu spoke. Lin and Lima are elsewhere.';
    expect(suggested(text).filter((s) => s.label === 'PERSON').map((s) => s.text)).toEqual(['Li Runyu']);
  });
});
