import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { exportDocument } from '../../../src/main/core/export';
import type { DocumentBundle } from '../../../src/shared/types';
import { CTX, LABELS, LINES, annotation, find, makeBundle } from '../../fixtures/export/bundle';

function report(bundle: DocumentBundle = makeBundle(), ctx = CTX) {
  const [file] = exportDocument(bundle, 'report', ctx);
  expect(file.mediaType).toBe('text/html; charset=utf-8');
  return { html: file.content, doc: new JSDOM(file.content).window.document, name: file.name };
}

/** The document view's text per paragraph, without the claim/note reference markers. */
function paragraphs(doc: Document): string[] {
  return [...doc.querySelectorAll('.doc p')].map((p) => {
    const copy = p.cloneNode(true) as Element;
    copy.querySelectorAll('sup.ref').forEach((s) => s.remove());
    return copy.textContent!.replace(/\u200b/g, '');
  });
}

const HOSTILE = '<script>alert("x")</script><img src=x onerror=alert(1)>';

function hostileBundle(): DocumentBundle {
  const text = `Intro ${HOSTILE} end.\nSecond "line" & more`;
  const bundle = makeBundle({ text, importedText: text, title: `</title>${HOSTILE}`, source: 'javascript:alert(1)' });
  bundle.annotations = [
    annotation('entity', find(text, '<script>'), { label: '<b>LBL</b>', attrs: { canonical: '"><script>x</script>' } }, text),
    annotation('claim', find(text, `${HOSTILE} end`), {}, text),
  ];
  bundle.claims = [{ annotationId: bundle.annotations[1].id, status: 'false', verdict: '</div><script>bad()</script>', assignee: '<i>me</i>', checklist: {}, updatedAt: '2024-05-04T00:00:00Z' }];
  bundle.sources = [{ ...makeBundle().sources[0], annotationId: bundle.annotations[1].id, url: 'javascript:alert(2)', title: '<script>t</script>' }];
  return bundle;
}

describe('HTML review report', () => {
  it('is one self-contained page: CSP meta, inline CSS, no scripts, nothing loaded', () => {
    const { html, doc, name } = report();
    expect(name).toBe('growth-in-harbin-5-8-cafe-more.report.html');
    expect(doc.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content')).toBe("default-src 'none'; style-src 'unsafe-inline'");
    expect(doc.querySelectorAll('script, link, img, iframe, object, embed')).toHaveLength(0);
    expect(html).not.toMatch(/<script|@import|url\(/i);
    expect(doc.querySelector('style')?.textContent).toContain('@media print');
  });

  it('escapes everything the document contains, so hostile text stays text', () => {
    const labels = [...LABELS, { ...LABELS[0], id: 'x', name: '<b>LBL</b>', color: 'red;}</style><script>alert(1)</script>' }];
    const { html, doc } = report(hostileBundle(), { ...CTX, reviewer: '<svg onload=alert(1)>', labels });
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<(img|svg)[\s>]/i);
    expect(doc.body.textContent).toContain('Assigned to: <i>me</i>');
    expect(doc.querySelectorAll('script, img, svg')).toHaveLength(0);
    expect(doc.querySelector('h1')?.textContent).toBe(`</title>${HOSTILE}`);
    expect(paragraphs(doc)[0]).toBe(`Intro ${HOSTILE} end.`);
    expect(doc.body.textContent).toContain('</div><script>bad()</script>');
    expect(doc.body.textContent).toContain('<svg onload=alert(1)>');
    expect(doc.querySelector('style')?.textContent).not.toContain('</style>');
    // javascript: URLs are shown, never linked
    expect([...doc.querySelectorAll('a[href]')].every((a) => /^(https?:|#)/.test(a.getAttribute('href')!))).toBe(true);
  });

  it('shows the whole text, overlapping annotations split into segments at every boundary', () => {
    const { doc } = report();
    expect(paragraphs(doc)).toEqual(LINES);
    const claim = [...doc.querySelectorAll('.doc .claim.st-misleading')].map((e) => e.textContent).join('');
    expect(claim).toBe('Electric said regional GDP reached 2.7 trillion yuan, a year-on-year increase of 5.8%');
    const org = [...doc.querySelectorAll('.doc .ent[title^="ORG"]')].map((e) => e.textContent).join('');
    expect(org).toBe('Harbin Electric'); // half inside the claim, half outside, still whole
    expect(doc.querySelector('.doc .claim.st-misleading .ent.l-4')?.textContent).toBe('2.7 trillion yuan');
    const teaser = [...doc.querySelectorAll('.doc .teaser')].map((e) => e.textContent).join('');
    expect(teaser).toBe(LINES[3] + LINES[4]);
    expect(doc.querySelector('.doc .teaser .ent')?.textContent).toBe('Harbin'); // an entity inside a teaser
  });

  it('colours entities by label colour and links claim markers to their entries', () => {
    const { doc } = report();
    const css = doc.querySelector('style')!.textContent!;
    expect(css).toContain('.l-1 { background-color: #77aadd40; }'); // ORG's colour
    expect(doc.querySelector('.doc .ent.l-2')?.textContent).toBe('𝐇arbin');
    const marker = doc.querySelector('.doc sup.ref a[href="#claim-2"]');
    expect(marker).not.toBeNull();
    expect(doc.getElementById('claim-2')?.textContent).toContain('Misleading');
  });

  it('tables entities with label, text, canonical name and count', () => {
    const { doc } = report();
    const rows = [...doc.querySelectorAll('table tbody tr')].map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent));
    expect(rows).toContainEqual(['ORG', 'Harbin Electric', 'Harbin Electric Power Group', '1']);
    expect(rows).toContainEqual(['PERCENT', '5.8%', '—', '2']);
    expect(rows[0][0]).toBe('PERSON'); // taxonomy order
  });

  it('lists every claim with status, verdict and sources, teasers removed, reviewer, date and status', () => {
    const { doc } = report();
    const claims = [...doc.querySelectorAll('ol.claims > li')];
    expect(claims.map((li) => li.querySelector('.badge')?.textContent)).toEqual(['Verified', 'Misleading', 'Unverified', 'False']);
    const links = [...claims[1].querySelectorAll('a')];
    expect(links.map((a) => [a.getAttribute('href'), a.getAttribute('rel'), a.textContent])).toEqual([
      ['https://stats.example.gov/hlj/2023', 'noopener noreferrer', 'Statistical communiqué 2023'],
      ['https://example.org/a?x=1&y=%222%22', 'noopener noreferrer', '<b>Bureau</b> & friends'],
    ]);
    expect(claims[3].textContent).toContain('deleted from the document');
    expect(doc.querySelector('ol.teasers')?.textContent).toContain('Related-article teaser');
    const meta = doc.querySelector('dl.meta')!.textContent!;
    expect(meta).toContain('Dana Editor');
    expect(meta).toContain('2024-05-06 12:00 UTC');
    expect(meta).toContain('In review');
  });

  it('lists a teaser still marked candidate: true (only an API client writes one now) as a plain teaser, and no pending suggestion', () => {
    const bundle = makeBundle();
    const teaser = bundle.annotations.find((a) => a.kind === 'teaser')!;
    teaser.attrs = { ...teaser.attrs, candidate: true };
    bundle.annotations.push(annotation('teaser', { start: 0, end: LINES[0].length }, { attrs: { reason: 'boilerplate', pending: true } }));
    const { doc } = report(bundle);
    const items = [...doc.querySelectorAll('ol.teasers > li')];
    expect(items).toHaveLength(1);
    expect(items[0].textContent).toContain('Related-article teaser');
    expect(items[0].textContent).not.toMatch(/suggested|not confirmed/i);
    // As the cleaned text treats it: removed, as a teaser.
    const [cleaned] = exportDocument(bundle, 'text', CTX);
    expect(cleaned.content).not.toContain(LINES[3]);
    expect(cleaned.content).toContain(LINES[0]);
  });
});
