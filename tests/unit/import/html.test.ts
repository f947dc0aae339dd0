import { afterEach, describe, expect, it } from 'vitest';
import { parseImport, toCanonicalText } from '../../../src/main/core/import/index';
import { LIMIT, covered, fixture, utf8 } from './helpers';

const globals = globalThis as { copydeskPwned?: unknown };
afterEach(() => {
  delete globals.copydeskPwned;
});

async function harbourPage() {
  return parseImport('harbour-page.html', fixture('harbour-page.html'), LIMIT);
}

/** The article part: the text before the first teaser candidate. */
function articlePart(text: string, annotations: Array<{ start: number }>): string {
  return text.slice(0, Math.min(text.length, ...annotations.map((a) => a.start)));
}

describe('HTML import', () => {
  it('puts the article first, one block per paragraph, with the page title and language', async () => {
    const parsed = await harbourPage();
    expect(parsed.format).toBe('html');
    expect(parsed.title).toBe('Port traffic hits record as new berths open');
    expect(parsed.language).toBe('en-GB');
    const article = articlePart(parsed.text, parsed.annotations);
    expect(article).toContain('Container traffic through the port of Valemouth reached a record 1.2 million units');
    expect(article).toContain('begin calling at the port in the autumn.');
    expect(article.split('\n')).toContain(
      'Shipping lines have welcomed the expansion. "We can now plan our calls at Valemouth around our customers instead of around the tide," said Marta Keller, regional director of one of the largest carriers using the port.',
    );
    expect(toCanonicalText(parsed.text)).toBe(parsed.text);
  });

  it('offers what the extractor left out as teaser candidates after the article', async () => {
    const parsed = await harbourPage();
    const article = articlePart(parsed.text, parsed.annotations);
    for (const teaser of ['Harbour workers vote to accept new pay offer', 'Storm warning issued for the whole coast', 'Council delays coast road transport plan']) {
      expect(article).not.toContain(teaser);
      expect(parsed.text).toContain(teaser);
    }
    expect(parsed.annotations.length).toBeGreaterThanOrEqual(2);
    expect(parsed.annotations.length).toBeLessThanOrEqual(6);
    for (const a of parsed.annotations) {
      expect(a).toMatchObject({ kind: 'teaser', label: null, origin: 'suggested', attrs: { candidate: true } });
      expect(['related_teaser', 'boilerplate']).toContain(a.attrs.reason);
      expect(a.start).toBeGreaterThanOrEqual(article.length);
    }
    const related = parsed.annotations.filter((a) => a.attrs.reason === 'related_teaser').map((a) => covered(parsed, a));
    expect(related.some((t) => t.includes('Related stories') && t.includes('Why the river dredging plan has been delayed again'))).toBe(true);
    expect(related.some((t) => t.includes('Most popular') && t.includes('New ferry timetable cuts crossing times'))).toBe(true);
    const footer = parsed.annotations.find((a) => covered(parsed, a).includes('All rights reserved'));
    expect(footer?.attrs.reason).toBe('boilerplate');
  });

  it('merges neighbouring left-out blocks into one candidate and skips navigation words', async () => {
    const parsed = await harbourPage();
    const popular = parsed.annotations.filter((a) => covered(parsed, a).includes('fish market'));
    expect(popular).toHaveLength(1);
    expect(covered(parsed, popular[0])).toContain('Storm warning issued');
    expect(parsed.text.split('\n')).not.toContain('Home');
    expect(parsed.text).not.toContain('Privacy Terms');
    // the headline is the title; it is not offered again as a teaser
    expect(parsed.text).not.toContain('Port traffic hits record as new berths open');
  });

  it('never runs scripts or handlers, and leaves script, style, iframe and noscript text out', async () => {
    const parsed = await harbourPage();
    expect(globals.copydeskPwned).toBeUndefined();
    for (const hidden of ['copydeskPwned', 'WRITTEN BY SCRIPT', 'STYLE TEXT', 'IFRAME TEXT', 'NOSCRIPT TEXT', 'SCRIPT RAN', 'javascript:']) {
      expect(parsed.text).not.toContain(hidden);
    }
    expect(parsed.title).not.toBe('SCRIPT RAN');
  });

  it('keeps the text of a page without a <title>, titled by its first block', async () => {
    const parsed = await parseImport('bare.htm', utf8('<html><body><div>Only a line</div><div>and another</div></body></html>'), LIMIT);
    expect(parsed.text).toBe('Only a line\nand another');
    expect(parsed.annotations).toEqual([]);
    expect(parsed.title).toBe('Only a line');
  });

  it('falls back to the whole page text with a warning when no article is found', async () => {
    const page = '<html><head><title>Front page</title></head><body><h1>Front page</h1></body></html>';
    const parsed = await parseImport('front.html', utf8(page), LIMIT);
    expect(parsed.text).toBe('Front page');
    expect(parsed.annotations).toEqual([]);
    expect(parsed.warnings).toEqual(['No article was found in “front.html”, so the whole page text was imported.']);
  });

  it('refuses a page with no text at all', async () => {
    const page = '<html><head><title></title><script>var a = 1;</script></head><body><img src="x"><div>  </div></body></html>';
    await expect(parseImport('blank.html', utf8(page), LIMIT)).rejects.toMatchObject({ code: 'bad_file', message: expect.stringContaining('no text') });
  });

  it('honours a legacy charset declared in a meta tag', async () => {
    const head = utf8('<html><head><meta charset="windows-1252"><title>Caf');
    const tail = utf8('</title></head><body><p>Na\u00efve text</p></body></html>'.replace('\u00ef', 'i'));
    const bytes = new Uint8Array([...head, 0xe9, ...tail]);
    const parsed = await parseImport('legacy.html', bytes, LIMIT);
    expect(parsed.title).toBe('Café');
    expect(parsed.warnings.filter((w) => w.includes('UTF-8'))).toEqual([]);
  });
});
