import { describe, expect, it } from 'vitest';
import { findCue, reservesRights } from '../../../src/main/core/suggest/teasers-cues';
import { isSiteNotice } from '../../../src/main/core/suggest/teasers-notices';
import { isDateOnly, isTagList } from '../../../src/main/core/suggest/teasers-signals';
import { suggestTeasers } from '../../../src/main/core/suggest/teasers';
import { emptySuggestContext, type SuggestedSpan } from '../../../src/main/core/suggest/types';

/** An invented story about a ferry line, prose throughout. */
const ARTICLE = [
  'Island Ferry Adds a Night Crossing After Record Summer',
  'PORT ELLIS, June 4 (Coast Wire) -- The island ferry will run a night crossing from July, the operator said on Tuesday, after carrying a record number of passengers last summer.',
  'The new sailing leaves Port Ellis at 11 p.m. and reaches the island shortly after one in the morning, a schedule aimed at workers on late shifts at the harbour.',
  'Operator chief Lena Brandt said the company had borrowed a second vessel from a sister line for the season and would decide in October whether to keep it.',
  'Residents have asked for a late crossing for years, and the island council said it would pay part of the crew costs during the first winter.',
  'Fares for the night crossing will match those of the day sailings, the operator said, and bicycles will travel free of charge.',
];

const flaggedTexts = (text: string, spans: SuggestedSpan[]) => spans.map((s) => text.slice(s.start, s.end));
const suggest = (lines: string[]) => {
  const text = lines.join('\n');
  return flaggedTexts(text, suggestTeasers(text, emptySuggestContext()));
};

describe('page furniture: cue phrases', () => {
  it('reads the standard cue phrases of other languages as the English ones', () => {
    expect(findCue('Leia também: Balsa ganha travessia noturna')).toMatchObject({ name: 'Read more', kind: 'related', strong: true });
    expect(findCue('Lire aussi')).toMatchObject({ name: 'Read more', bare: true });
    expect(findCue('Mehr zum Thema')).toMatchObject({ name: 'Read more', bare: true });
    expect(findCue('Leggi anche')).toMatchObject({ name: 'Read more' });
    expect(findCue('Lee también')).toMatchObject({ name: 'Read more' });
    expect(findCue('관련기사')).toMatchObject({ name: 'Read more' });
    expect(findCue('相关新闻')).toMatchObject({ name: 'Read more' });
    expect(findCue('Notícias relacionadas')).toMatchObject({ name: 'Related' });
    expect(findCue('Más leídas')).toMatchObject({ name: 'Most read' });
    expect(findCue('» Publicidade')).toMatchObject({ name: 'Advertisement', kind: 'furniture', strong: true });
    expect(findCue('Anzeige')).toMatchObject({ name: 'Advertisement' });
    // The same word opening a headline is no label.
    expect(findCue('Anzeige gegen den Fährbetreiber erstattet')).toBeNull();
    expect(findCue('Política de Privacidade')).toMatchObject({ name: 'Privacy policy', kind: 'furniture' });
  });

  it('reads share buttons, comment and sign-in forms and newsletter boxes as furniture, not sentences about them', () => {
    expect(findCue('Facebook Twitter Pinterest Email')).toMatchObject({ name: 'Share buttons', strong: true, inline: true });
    expect(findCue('WhatsApp')).toMatchObject({ name: 'Share buttons' });
    expect(findCue('12 shares')).toMatchObject({ name: 'Share buttons' });
    expect(findCue('Facebook said on Tuesday that it would open an office on the island.')).toBeNull();
    expect(findCue('Leave a Comment')).toMatchObject({ name: 'Comments', strong: true });
    expect(findCue('Show more comments (14)')).toMatchObject({ name: 'Comments' });
    expect(findCue('Reply')).toMatchObject({ name: 'Comments' });
    expect(findCue('Reply to the council was swift, and the ferry operator agreed to the new timetable within a week.')).toBeNull();
    expect(findCue('Password:')).toMatchObject({ name: 'Log in', strong: true });
    expect(findCue('Remember me')).toMatchObject({ name: 'Log in' });
    expect(findCue('Harbour Morning Newsletter')).toMatchObject({ name: 'Sign up', inline: true });
    expect(findCue('Thanks for signing up!')).toMatchObject({ name: 'Sign up', strong: true });
    expect(findCue('The newsletter of the island council was printed on recycled paper this year.')).toBeNull();
    expect(findCue('previous post')).toMatchObject({ name: 'Page navigation' });
    expect(findCue('Sharing is caring!')).toMatchObject({ name: 'Share this' });
  });

  it('reads "all rights reserved" in any language as the line that closes the page, and a photo credit not', () => {
    expect(reservesRights('© 2021 Coast Wire. All rights reserved.')).toBe(true);
    expect(reservesRights('@2018 - Harbour Blog. All Right Reserved.')).toBe(true);
    expect(reservesRights('Copyright © 2015 Jornal da Ilha. Todos os direitos reservados.')).toBe(true);
    expect(reservesRights('© Coast Wire 2021, tous droits réservés')).toBe(true);
    expect(findCue('© Coast Wire 2021, tous droits réservés')).toMatchObject({ kind: 'furniture', strong: true });
    expect(reservesRights('© 2021 Lena Brandt / Coast Wire')).toBe(false);
  });
});

describe('page furniture: line shapes', () => {
  it('tells the site speaking to its reader from news prose about the same things', () => {
    expect(isSiteNotice('Keep an eye on your inbox for the morning edition.')).toBe(true);
    expect(isSiteNotice('We use cookies to remember your settings. By continuing to browse you agree to our privacy policy.')).toBe(true);
    expect(isSiteNotice('By ticking this box, I agree to the terms of service of Coast Wire.')).toBe(true);
    expect(isSiteNotice('Comments that insult other users will be removed by the moderators.')).toBe(true);
    expect(isSiteNotice('Comentários ofensivos aos usuários serão removidos pelo moderador.')).toBe(true);
    expect(isSiteNotice('I commenti che offendono gli utenti saranno rimossi dal moderatore.')).toBe(true);
    // News about cookies, accounts and comments reports someone, or names one such thing.
    expect(isSiteNotice('"We take the privacy of our users and their accounts seriously," the company said.')).toBe(false);
    expect(isSiteNotice('The regulator said the ferry operator stored passengers’ personal data on an unprotected website for two years.')).toBe(false);
    expect(isSiteNotice('Islanders can book the night crossing through the operator’s website from Monday.')).toBe(false);
    expect(isSiteNotice('Operator chief Lena Brandt said the company had borrowed a second vessel from a sister line.')).toBe(false);
  });

  it('reads a time counted back from now as a date, in several languages', () => {
    for (const line of ['13 hours ago', 'an hour ago', 'Yesterday', 'há 2 horas', 'hace 3 días', 'vor 5 Minuten', '2시간 전', '5分钟前']) {
      expect(isDateOnly(line), line).toBe(true);
    }
    expect(isDateOnly('The crossing was cancelled 13 hours ago')).toBe(false);
  });

  it('reads a row fenced by pipes as a table row, not a headline with tags', () => {
    expect(isTagList('| 4 | Lena Brandt | 12 | 0 |')).toBe(false);
    expect(isTagList('Island ferry adds a night crossing | Travel | Islands')).toBe(true);
  });
});

describe('suggestTeasers and page furniture', () => {
  it('flags a newsletter box written as sentences after the article, and none of the article', () => {
    const box = [
      'Harbour Morning Newsletter',
      'Please tick the box to confirm that you would like to subscribe.',
      'Thanks for signing up!',
      'Keep an eye on your inbox for the morning edition.',
      'There was an error processing your subscription.',
    ];
    const footer = ['Most Read', 'Storm closes the mountain pass for a week', 'Village choir wins the national final'];
    const flagged = suggest([...ARTICLE, ...box, ...footer]);
    expect(flagged).toEqual([...box, ...footer]);
  });

  it('flags the site rules and forms a scraper found after the page copyright, though they are paragraphs', () => {
    const footer = ['Most Read', 'Storm closes the mountain pass for a week', 'Village choir wins the national final', '© 2021 Coast Wire. All rights reserved.'];
    const rules = [
      'Community rules',
      'Registration on this website means that you accept these rules and the moderation of your comments.',
      'Readers are asked to stay on the subject of the story and to treat one another with respect at all times.',
      'Messages that promote hatred or violence against any group of people will be deleted without further notice.',
      'Repeated violations of the rules above will lead to a block that cannot be lifted by any appeal to the editors.',
      'Contributions written entirely in capital letters are treated as shouting and will be removed by the moderators.',
      'Log in',
      'E-mail:',
      'Password:',
      'Remember me',
    ];
    const flagged = suggest([...ARTICLE, ...footer, ...rules]);
    expect(flagged).toEqual([...footer, ...rules]);
  });

  it('flags a row of share buttons between the last paragraphs without taking those paragraphs for the tail', () => {
    const buttons = ['Facebook', 'Twitter', 'WhatsApp', 'Email'];
    const lines = [...ARTICLE.slice(0, 4), ...buttons, ...ARTICLE.slice(4), 'Related:', 'Storm closes the mountain pass for a week'];
    const flagged = suggest(lines);
    expect(flagged).toEqual([...buttons, 'Related:', 'Storm closes the mountain pass for a week']);
  });

  it('tells the editor that a time counted back in a list of other stories is a date', () => {
    const list = ['Latest news', 'Storm closes the mountain pass for a week', '2 hours ago', 'Village choir wins the national final', '5 hours ago'];
    const text = [...ARTICLE, ...list].join('\n');
    const spans = suggestTeasers(text, emptySuggestContext());
    expect(flaggedTexts(text, spans)).toEqual(list);
    const times = spans.filter((span) => text.slice(span.start, span.end).endsWith('ago'));
    expect(times.map((span) => span.teaserReason)).toEqual(['boilerplate', 'boilerplate']);
    expect(times[0].reasons).toContain('date only');
  });
});
