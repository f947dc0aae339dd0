import { describe, expect, it } from 'vitest';
import { collectBlocks } from '../../../src/main/core/import/dom-blocks';
import { parseHtmlDocument } from '../../../src/main/core/import/html';
import { parseImport } from '../../../src/main/core/import/index';
import { LIMIT, covered, fixture, utf8 } from './helpers';

/** The block texts of a body snippet, whitespace collapsed. */
function blocksOf(body: string): string[] {
  const dom = parseHtmlDocument(`<!DOCTYPE html><html><body>${body}</body></html>`);
  try {
    return collectBlocks(dom.window.document.body).map((b) => b.text.replace(/[ \t]+/g, ' ').trim());
  } finally {
    dom.window.close();
  }
}

describe('DOM blocks: text that renders apart is not run together', () => {
  it('separates neighbouring links with no whitespace between them', () => {
    expect(blocksOf('<div><a href="/a">Directory of sites</a><a href="/b">Login</a><a href="/c">Contact</a><a href="/d">Support</a></div>')).toEqual([
      'Directory of sites Login Contact Support',
    ]);
    // links inside wrappers, and a link next to a sibling span
    expect(blocksOf('<div><span><a href="/a">Share</a></span><span><a href="/b">Tweet</a></span></div>')).toEqual(['Share Tweet']);
    expect(blocksOf('<p>By <a href="/m">Meg James</a><span>Staff Writer</span></p>')).toEqual(['By Meg James Staff Writer']);
  });

  it('starts a new block at each block-level element, list item and table cell, and a new line at <br>', () => {
    expect(blocksOf('<ul><li>Home</li><li>News</li></ul><table><tr><td>Cell one</td><td>Cell two</td></tr></table>')).toEqual([
      'Home',
      'News',
      'Cell one',
      'Cell two',
    ]);
    expect(blocksOf('<div>Top<section>Middle</section>Bottom<hr>Last</div>')).toEqual(['Top', 'Middle', 'Bottom', 'Last']);
    expect(blocksOf('<p>First line<br>second line</p>')).toEqual(['First line\nsecond line']);
  });

  it('separates text on either side of an image, icon or control', () => {
    expect(blocksOf('<p>Follow us<img src="x.png" alt="">on our channels</p>')).toEqual(['Follow us on our channels']);
    expect(blocksOf('<p><span>Share</span><svg viewBox="0 0 1 1"></svg><span>Email</span></p>')).toEqual(['Share Email']);
    expect(blocksOf('<div>Search<button>Go</button>results</div>')).toEqual(['Search results']);
  });

  it('separates sibling elements where a capital starts a new word after a lower-case letter, digit or full stop', () => {
    expect(blocksOf('<div><span>Menu</span><span>Sections</span></div>')).toEqual(['Menu Sections']);
    expect(blocksOf('<div><time>21:17 18.11.2019</time><span>Get short URL</span></div>')).toEqual(['21:17 18.11.2019 Get short URL']);
    expect(blocksOf('<figcaption><span>Credit...</span><span>Doug Mills</span></figcaption>')).toEqual(['Credit... Doug Mills']);
    expect(blocksOf('<div><a href="/rules">Community standards</a>Discussion</div>')).toEqual(['Community standards Discussion']);
  });

  it('keeps words split across inline tags in running text whole', () => {
    expect(blocksOf('<p>The <b>Ha</b>rbin ferry</p>')).toEqual(['The Harbin ferry']);
    expect(blocksOf('<p>The <b>Ha</b><i>rbin</i> ferry</p>')).toEqual(['The Harbin ferry']);
    expect(blocksOf('<p>near the Ch<span>â</span>teau</p>')).toEqual(['near the Château']);
    expect(blocksOf('<p><span>Ch</span><span>â</span><span>teau</span></p>')).toEqual(['Château']);
    expect(blocksOf('<p>(<a href="/r">Reuters</a>) - said <a href="/r">Reuters</a>, and <a href="/x">Reuters</a>’s editor</p>')).toEqual([
      '(Reuters) - said Reuters, and Reuters’s editor',
    ]);
    expect(blocksOf('<p>un<a href="/w">believ</a>able <a href="/d">dog</a>s</p>')).toEqual(['unbelievable dogs']);
    expect(blocksOf('<p>E = mc<sup>2</sup>, H<sub>2</sub>O, <a href="/s">Smith</a><sup><a href="#n1">1</a></sup></p>')).toEqual([
      'E = mc2, H2O, Smith1',
    ]);
    expect(blocksOf('<p>“<a href="/q">quoted</a>” and [<a href="/n">note</a>]</p>')).toEqual(['“quoted” and [note]']);
    expect(blocksOf('<p>Ha<!-- comment -->rbin and Har<wbr>bin</p>')).toEqual(['Harbin and Harbin']);
  });

  it('reads characters outside the Basic Multilingual Plane whole', () => {
    expect(blocksOf('<div><a href="/a">Fun 😀</a><a href="/b">𝐁old</a></div>')).toEqual(['Fun 😀 𝐁old']);
    expect(blocksOf('<div><span>go𝐚</span><span>Next</span></div>')).toEqual(['go𝐚 Next']);
  });

  it('does not add a space where the source already has whitespace', () => {
    expect(blocksOf('<div><a href="/a">One</a> <a href="/b">Two</a>\n<a href="/c">Three</a></div>')).toEqual(['One Two Three']);
  });

  it('leaves <pre> and code text as it is', () => {
    expect(blocksOf('<pre><span>a</span><span>B</span>\n  x</pre>')).toEqual(['aB\n x']);
    expect(blocksOf('<p>Call <code><span>obj</span><span>.</span><a href="/m">Method</a><span>Name</span>()</code> once</p>')).toEqual([
      'Call obj.MethodName() once',
    ]);
  });
});

describe('HTML import of a page whose furniture has no whitespace between items', () => {
  async function gluedPage() {
    return parseImport('glued-page.html', fixture('glued-page.html'), LIMIT);
  }

  it('offers navigation and footer items as readable teaser candidates', async () => {
    const parsed = await gluedPage();
    const candidates = parsed.annotations.map((a) => covered(parsed, a));
    expect(candidates).toContain('Directory of sites Login Contact Support');
    expect(candidates.some((t) => t.includes('Menu Sections Subscribe to our daily briefing'))).toBe(true);
    expect(candidates.some((t) => t.includes('Follow us on our channels for more updates'))).toBe(true);
    for (const glued of ['sitesLogin', 'LoginContact', 'MenuSections', 'usonour', 'policyTerms', 'officeHarbour']) {
      expect(parsed.text).not.toContain(glued);
    }
  });

  it('keeps the article text faithful: bylines apart, split words whole', async () => {
    const parsed = await gluedPage();
    const first = Math.min(parsed.text.length, ...parsed.annotations.map((a) => a.start));
    const article = parsed.text.slice(0, first);
    expect(article.split('\n')).toContain('By Lena Park Tom Ashby Staff Writers');
    expect(article).toContain('HARBIN (Reuters) - The Harbin ferry operator');
    expect(article).toContain('near the Château district');
    expect(article).toContain("according to the operator's fleet plan, published last week1.");
    expect(article).toContain('welcomed by the crews\' union, whose members');
    expect(article.split('\n')).toContain('The first vessel is due in service next spring.');
  });

  it('titles a page without <title> or article by its first heading, read the same way', async () => {
    const page = '<html><body><h1><span>Front</span><span>Page</span></h1></body></html>';
    const parsed = await parseImport('front.html', utf8(page), LIMIT);
    expect(parsed.title).toBe('Front Page');
    expect(parsed.text).toBe('Front Page');
  });
});
