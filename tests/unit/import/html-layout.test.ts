/**
 * Page layout that is neither article nor teaser (issue 11, item 10): CSS breakpoint markers, read-time
 * badges and gallery counters are dropped; a dateline standing before the article stays with it
 * instead of being offered as a teaser. Small inline pages shaped like the Reuters and Japan Times
 * samples.
 */
import { describe, expect, it } from 'vitest';
import { parseImport } from '../../../src/main/core/import/index';
import { isDateline, isLayoutLine } from '../../../src/main/core/import/layout-lines';
import { LIMIT, covered, utf8 } from './helpers';

const PARAGRAPHS = [
  'South Korean thriller “Parasite” was the upset winner at the Screen Actors Guild awards on Sunday, taking the top prize for best ensemble cast.',
  'The Korean language social satire about the wealth gap was the first film in a foreign language to win the award in its 26-year history.',
  'Despite an unknown cast, it beat homegrown Hollywood movies and boosted its chances of an upset at the Academy Awards next month.',
  'The awards, which focus entirely on performances, are closely watched as an indicator of Oscar success because actors form the largest voting group.',
  'The director said backstage that no one could predict what might happen at the Oscars, but that the momentum was building.',
];

const article = (extra: { top?: string; middle?: string } = {}) =>
  `<article><h1>Parasite scores historic upset</h1>${extra.top ?? ''}${PARAGRAPHS.slice(0, 3).map((p) => `<p>${p}</p>`).join('')}${extra.middle ?? ''}${PARAGRAPHS.slice(3).map((p) => `<p>${p}</p>`).join('')}</article>`;

async function importPage(body: string) {
  return parseImport('page.html', utf8(`<!doctype html><html lang="en"><head><title>Parasite scores historic upset</title></head><body>${body}</body></html>`), LIMIT);
}

describe('layout lines on imported pages', () => {
  it('drops CSS breakpoint markers, read-time badges and slideshow counters from the article and the candidates', async () => {
    const breakpoints = ['for-phone-only', 'for-tablet-portrait-up', 'for-tablet-landscape-up', 'for-desktop-up']
      .map((name) => `<span class="BreakpointDetector__${name}" data-name="${name}">${name}</span>`)
      .join('');
    const parsed = await importPage(
      `<nav><a href="/">Home</a> <a href="/world">World</a></nav>${article({
        top: '<p class="ReadTime-read-time">4 Min Read</p>',
        middle: '<div class="Slideshow-inline"><figure><figcaption>Slideshow ( 15 images )</figcaption></figure></div>',
      })}<div class="BreakpointDetector__container">${breakpoints}</div><footer><p>All quotes delayed a minimum of 15 minutes. See here for a complete list.</p></footer>`,
    );
    expect(parsed.text).toContain(PARAGRAPHS[0]);
    expect(parsed.text).toContain(PARAGRAPHS[4]);
    expect(parsed.text).not.toMatch(/for-phone-only|Min Read|Slideshow/);
    // The footer is still offered; nothing else is.
    expect(parsed.annotations.map((a) => covered(parsed, a))).toEqual(['All quotes delayed a minimum of 15 minutes. See here for a complete list.']);
  });

  it('keeps a dateline that stands before the article with the article, once, and offers none of it as a teaser', async () => {
    const parsed = await importPage(
      `<aside class="meta_extras"><ul><li class="post_time"><time>Feb 18, 2020</time><ul><li>Online: <time>Feb 18, 2020</time></li><li>Last Modified: <time>Feb 18, 2020</time></li></ul></li></ul></aside>${article()}<aside class="related-stories"><h2>Related stories</h2><p>Hoarding and price-gouging send mask prices soaring across the country</p><p>LAST UPDATED: Feb 26, 2020</p></aside>`,
    );
    expect(parsed.text.split('\n').slice(0, 3)).toEqual(['Online: Feb 18, 2020', 'Last Modified: Feb 18, 2020', PARAGRAPHS[0]]);
    const offered = parsed.annotations.map((a) => covered(parsed, a)).join('\n');
    expect(offered).not.toContain('Online');
    // A date inside a teaser box after the article stays with the teasers.
    expect(offered).toContain('LAST UPDATED: Feb 26, 2020');
  });
});

describe('isLayoutLine and isDateline', () => {
  it('tell layout from writing', () => {
    for (const line of ['for-phone-onlyfor-tablet-portrait-upfor-desktop-up', '4 Min Read', '12 min read', 'Reading time: 3 minutes', 'Slideshow ( 15 images )', 'Gallery (8 photos)', '12 Photos', 'View slideshow'])
      expect(isLayoutLine(line), line).toBe(true);
    for (const line of ['Read more: Storm warning issued', 'It took 4 min to read the verdict.', 'state of the art', 'Photos of the flood', 'e-mail', 'Harbin'])
      expect(isLayoutLine(line), line).toBe(false);
  });

  it('knows a dateline from a sentence with a date in it', () => {
    for (const line of ['Online: Feb 18, 2020', 'Last Modified: Feb 18, 2020', 'Updated February 18, 2020 10:30 a.m. JST', '18 February 2020', 'Published 2020-02-18'])
      expect(isDateline(line), line).toBe(true);
    for (const line of ['The festival opened on Feb 18, 2020 in Harbin.', 'Feb 18', 'Prices rose 5.8% in 2020'])
      expect(isDateline(line), line).toBe(false);
  });
});
