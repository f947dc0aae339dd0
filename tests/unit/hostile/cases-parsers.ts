/**
 * Hostile HTML, Markdown and .docx files for the corpus runner (hostile.test.ts): deep nesting, huge
 * element counts, pathological inline markup, ZIP bombs that tell the truth or lie about their size,
 * damaged Word XML, XXE and billion laughs. Each is big enough to trip its budget (budgets.ts) and no
 * bigger, so the corpus stays fast.
 */
import type { HostileCase, HostileFile } from './case';
import { docx, documentXml, paragraph } from './zip';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

/** A one-file case whose bytes are built only when it runs. */
function one(name: string, fileName: string, make: () => Uint8Array | string, expect: HostileCase['expect'], mentions?: string | RegExp): HostileCase {
  const file: HostileFile = {
    name: fileName,
    bytes: () => {
      const made = make();
      return typeof made === 'string' ? utf8(made) : made;
    },
  };
  return { name, files: [file], expect, mentions };
}

const nested = (open: string, close: string, n: number, inner = 'A sentence at the bottom of the page.'): string => open.repeat(n) + inner + close.repeat(n);
const page = (body: string, head = '<title>A page</title>'): string => `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;
const ARTICLE = '<article><h1>Harbour traffic rises</h1><p>Container traffic at the harbour rose by 5.8% last year, the port authority said on Tuesday.</p><p>The authority expects growth to continue as new berths open in the spring.</p></article>';

const html: HostileCase[] = [
  one('html: 100,000 nested divs', 'divs.html', () => page(nested('<div>', '</div>', 100_000)), 'refused', /nested 100,000 levels deep/),
  one('html: 50,000 nested <b><i>', 'inline.html', () => page(`<p>${nested('<b><i>', '</i></b>', 50_000)}</p>`), 'refused', 'nested'),
  one('html: 300 nested divs, just over the depth budget', 'deep.html', () => page(nested('<div>', '</div>', 300)), 'refused', /nested 30\d levels deep.*256/),
  one('html: 60 nested divs, within the budget', 'fine.html', () => page(nested('<div>', '</div>', 60, ARTICLE)), 'imported'),
  one('html: 10 chains of 250 nested divs (each within the depth budget)', 'chains.html', () => page(nested('<div>', '</div>', 250).repeat(10)), 'refused', /levels in all/),
  one('html: 1,000 chains of 40 nested divs', 'many-chains.html', () => page(nested('<div>', '</div>', 40).repeat(1000)), 'refused', /20 levels deep on average, 820,001 levels in all/),
  one('html: 100,000 nested <span>s', 'spans.html', () => page(`<p>${nested('<span>', '</span>', 100_000)}</p>`), 'refused', 'nested'),
  one('html: 100,000 nested <blockquote>s', 'quotes.html', () => page(nested('<blockquote>', '</blockquote>', 100_000)), 'refused', 'nested'),
  one('html: 20,000 nested lists', 'lists.html', () => page(nested('<ul><li>', '</li></ul>', 20_000)), 'refused', 'nested'),
  one('html: 10,000 nested tables', 'tables.html', () => page(nested('<table><tr><td>', '</td></tr></table>', 10_000)), 'refused', 'nested'),
  one('html: 100,000 nested <svg><g>', 'svg.html', () => page(`<svg>${nested('<g>', '</g>', 100_000)}</svg>${ARTICLE}`), 'refused', 'nested'),
  one('html: 50,000 nested <template>s', 'templates.html', () => page(nested('<template>', '</template>', 50_000) + ARTICLE), 'refused', 'nested'),
  one('html: 100,000 unclosed <div><span>', 'unclosed.html', () => page('<div><span>'.repeat(50_000) + 'text'), 'refused', 'nested'),
  one('html: 1,000,000 flat elements', 'flat.html', () => page('<p>a</p>'.repeat(1_000_000)), 'refused', /holds 1,000,00\d HTML elements/),
  one('html: 60,000 paragraphs, just over the element budget', 'long.html', () => page(`<article>${'<p>Paragraph text.</p>'.repeat(60_000)}</article>`), 'refused', /holds 60,00\d HTML elements.*50,000/),
  one('html: 200,000 unclosed <p>s (each ends the last)', 'unclosed-p.html', () => page('<p>para'.repeat(200_000)), 'refused', 'elements'),
  one('html: 100,000 unclosed <a>s (each ends the last)', 'links.html', () => page('<a href="#">link'.repeat(100_000)), 'refused', 'elements'),
  one('html: a table of 100,000 cells', 'cells.html', () => page(`<table>${'<tr><td>a</td><td>b</td></tr>'.repeat(50_000)}</table>`), 'refused', 'elements'),
  one('html: 1,000 paragraphs, within the budget', 'report.html', () => page(`<article><h1>Annual report</h1>${Array.from({ length: 1000 }, (_, i) => `<p>Paragraph ${i} of the annual report, with figures.</p>`).join('')}</article>`), 'imported'),
  one('html: one 2 MB attribute', 'attribute.html', () => page(`<div data-x="${'x'.repeat(2 * 1024 * 1024)}"></div>${ARTICLE}`), 'imported'),
  one('html: 2,000 attributes on one element', 'attributes.html', () => page(`<div ${Array.from({ length: 2000 }, (_, i) => `a${i}="${i}"`).join(' ')}></div>${ARTICLE}`), 'imported'),
  one('html: a 5 MB script', 'script.html', () => page(`<script>var x = "${'<div>'.repeat(1_000_000)}";</script>${ARTICLE}`), 'imported'),
  one('html: a 5 MB style sheet', 'style.html', () => page(ARTICLE, `<title>Styled</title><style>${'.a{color:red}'.repeat(400_000)}</style>`), 'imported'),
  one('html: an unclosed script swallowing the page', 'open-script.html', () => `<html><body><script>${'x'.repeat(100_000)}`, 'refused', /no text|empty/),
  one('html: 500,000 entity references', 'entities.html', () => page(`<p>${'&amp;'.repeat(500_000)}</p>${ARTICLE}`), 'imported'),
  one('html: an internal DTD entity bomb', 'dtd.html', () => `<!DOCTYPE html [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]><html><body><p>&c;&c;&c;&c;</p>${ARTICLE}</body></html>`, 'imported'),
  one('html: 500,000 comments', 'comments.html', () => page('<!-- c -->'.repeat(500_000) + ARTICLE), 'imported'),
  one('html: 1,000,000 comment openers, never closed', 'openers.html', () => `<p>Before the comments there is a sentence.</p>${'<!--'.repeat(1_000_000)}`, 'imported'),
  one('html: "<!--" in one script and "-->" in the next, article between', 'script-comment.html', () => page(`<script>var a = "<!--";</script>${ARTICLE}<script>var b = "-->";</script>`), 'imported'),
  one('html: an unclosed comment swallowing the page', 'open-comment.html', () => `<html><body><!--${'<p>hidden</p>'.repeat(2000)}`, 'refused', /no text|empty/),
  one('html: only markup, no text', 'markup.html', () => page('<div></div>'.repeat(1000)), 'refused', /no text|empty/),
  one('html: an empty file', 'empty.html', () => '', 'refused', 'empty'),
  one('html: one 500 KB paragraph', 'paragraph.html', () => page(`<p>${'word '.repeat(100_000)}</p>`), 'imported'),
  one('html: meta charset utf-16 on UTF-8 bytes', 'utf16-meta.html', () => page(ARTICLE, '<meta charset="utf-16"><title>Meta</title>'), 'imported'),
  one('html: an unknown meta charset', 'unknown-charset.html', () => page(ARTICLE, '<meta charset="x-no-such-charset"><title>Meta</title>'), 'either'),
  one('html: two conflicting meta charsets', 'two-charsets.html', () => page(ARTICLE, '<meta charset="windows-1252"><meta charset="shift_jis"><title>Meta</title>'), 'imported'),
  one('html: Shift-JIS bytes declared in a meta', 'sjis.html', () => Buffer.concat([Buffer.from('<html><head><meta charset="shift_jis"></head><body><p>'), Buffer.from([0x93, 0xfa, 0x96, 0x7b, 0x8c, 0xea]), Buffer.from(' Japanese text in a paragraph of the page.</p></body></html>')]), 'imported'),
  one('html: NUL bytes in the page', 'nul.html', () => Buffer.concat([Buffer.from(page(ARTICLE)), Buffer.alloc(64)]), 'either'),
  one('html: an iframe srcdoc payload', 'srcdoc.html', () => page(`<iframe srcdoc="${'&lt;p&gt;inner&lt;/p&gt;'.repeat(10_000)}"></iframe>${ARTICLE}`), 'imported'),
];

const markdown: HostileCase[] = [
  one('md: 100,000 quote levels', 'quotes.md', () => `${'>'.repeat(100_000)} deep\n`, 'refused', 'nested'),
  one('md: 20,000 nested list levels on one line', 'lists.md', () => `${'- '.repeat(20_000)}item\n`, 'refused', 'nested'),
  one('md: 20,000 nested ordered lists', 'ordered.md', () => `${'1. '.repeat(20_000)}item\n`, 'refused', 'nested'),
  one('md: 1,000 list levels by indentation', 'indented.md', () => Array.from({ length: 1000 }, (_, i) => `${'  '.repeat(i)}- item ${i}`).join('\n'), 'refused', 'nested'),
  one('md: quotes and lists mixed, 20,000 deep', 'mixed.md', () => `${'> - '.repeat(10_000)}item\n`, 'refused', 'nested'),
  one('md: 50 nested list levels, within the budget', 'nested-ok.md', () => `# Outline\n\n${Array.from({ length: 50 }, (_, i) => `${'  '.repeat(i)}- level ${i}`).join('\n')}\n`, 'imported'),
  one('md: 50,000 backticks in pairs', 'backticks.md', () => 'a`'.repeat(50_000), 'refused', 'marks'),
  one('md: one run of 50,000 backticks', 'backtick-run.md', () => `Text before ${'`'.repeat(50_000)} and after.`, 'either'),
  one('md: 20,000 alternating emphasis marks', 'emphasis.md', () => `${'*_'.repeat(20_000)}x`, 'refused', 'marks'),
  one('md: 20,000 nested brackets', 'brackets.md', () => `${'['.repeat(20_000)}x${']'.repeat(20_000)}`, 'refused', 'marks'),
  one('md: 20,000 unclosed link openers', 'link-openers.md', () => '[a]('.repeat(20_000), 'refused', 'marks'),
  one('md: link-reference bomb', 'references.md', () => `${Array.from({ length: 10_000 }, (_, i) => `[r${i}]: https://example.com/${i}`).join('\n')}\n\n${'[r1] '.repeat(10_000)}`, 'refused', 'marks'),
  one('md: a table of 10,000 rows', 'table.md', () => `# Table\n\n| a | b |\n|---|---|\n${'| x | y |\n'.repeat(10_000)}`, 'imported'),
  one('md: one 1 MB line', 'long-line.md', () => 'word '.repeat(200_000), 'imported'),
  one('md: an unclosed fence of 20,000 lines full of stars', 'fence.md', () => `# Code\n\n\`\`\`\n${'*_*_`[x]\n'.repeat(20_000)}`, 'imported'),
  one('md: 1,000 short emphasised paragraphs', 'emphasised.md', () => Array.from({ length: 1000 }, (_, i) => `Paragraph *${i}* with _some_ \`code\` and a [link](https://x.test/${i}).`).join('\n\n'), 'imported'),
  one('md: raw HTML of 100,000 nested divs', 'html-in.md', () => `# Title\n\n${nested('<div>', '</div>', 100_000, 'x')}\n`, 'either'),
  one('md: only thematic breaks', 'breaks.md', () => '***\n'.repeat(10_000), 'refused', 'empty'),
];

/** A .docx whose only entry besides the package parts is document.xml declared as `declaredSize`. */
const lying = (body: string, declaredSize: number) =>
  docx('', { 'word/document.xml': { name: 'word/document.xml', data: documentXml(body), declaredSize } });

const LAUGHS =
  '<!DOCTYPE w:document [<!ENTITY lol "lol"><!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;"><!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;"><!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;"><!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;"><!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;"><!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;"><!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">]>';

const word: HostileCase[] = [
  one('docx: a small valid document', 'memo.docx', () => docx(documentXml(paragraph('A memo of the harbour authority.') + paragraph('Traffic rose by 5.8%.'))), 'imported'),
  one('docx: binary parts (an EMF picture, an embedded font) beside the text', 'pictures.docx', () => docx(documentXml(paragraph('A report with a chart and its own font.')), {
    emf: { name: 'word/media/image1.emf', data: new Uint8Array(200_000).map((_, i) => (i < 4 ? [1, 0, 0, 0][i] : i % 7 === 0 ? 0x3c : i % 251)) },
    font: { name: 'word/fonts/font1.odttf', data: new Uint8Array(100_000).map((_, i) => (i * 131 + 7) % 256) },
  }), 'imported'),
  one('docx: zip bomb, truthful sizes (70 MB of images)', 'bomb.docx', () => docx(documentXml(paragraph('Text.')), { media: { name: 'word/media/image1.png', data: new Uint8Array(70 * 1024 * 1024).fill(0x89, 0, 1) } }), 'refused', /unpacks to 70 MB/),
  one('docx: zip bomb, lying size (declares 1 KB, holds 40 MB)', 'liar.docx', () => lying(paragraph('a'.repeat(40 * 1024 * 1024)), 1024), 'refused', /damaged.*size/),
  one('docx: a size declared larger than the content', 'overstated.docx', () => lying(paragraph('short text'), 10_000), 'refused', 'damaged'),
  one('docx: a declared size of 4 GB', 'four-gb.docx', () => lying(paragraph('short text'), 0xfffffff0), 'refused', 'unpacks'),
  one('docx: 3 million paragraphs (18 MB of XML)', 'paragraphs.docx', () => docx(documentXml('<w:p/>'.repeat(3_000_000))), 'refused', /XML that unpacks to more than 10 MB/),
  one('docx: 1.5 million paragraphs (9 MB of XML)', 'paragraphs2.docx', () => docx(documentXml('<w:p/>'.repeat(1_500_000))), 'refused', /more than 50,000 paragraphs/),
  one('docx: 60,000 paragraphs of text', 'long.docx', () => docx(documentXml(paragraph('Text.').repeat(60_000))), 'refused', 'paragraphs'),
  one('docx: one giant run (40 MB)', 'run.docx', () => docx(documentXml(paragraph('word '.repeat(8 * 1024 * 1024)))), 'refused', /Word XML that unpacks to more than 10 MB/),
  one('docx: one 1 MB run, within the budget', 'run-ok.docx', () => docx(documentXml(paragraph('word '.repeat(200_000)))), 'imported'),
  one('docx: 100,000 nested runs', 'runs.docx', () => docx(documentXml(`<w:p>${nested('<w:r>', '</w:r>', 100_000, '<w:t>x</w:t>')}</w:p>`)), 'refused', 'nested'),
  one('docx: 300 nested tables', 'tables.docx', () => docx(documentXml(nested('<w:tbl><w:tr><w:tc>', '</w:tc></w:tr></w:tbl>', 300, paragraph('x')))), 'refused', 'nested'),
  one('docx: 3,000,000 unclosed "<a" in document.xml', 'unclosed-tags.docx', () => docx(documentXml('<a'.repeat(3_000_000))), 'refused', 'damaged'),
  one('docx: corrupt XML (unclosed)', 'corrupt.docx', () => docx('<w:document><w:body><w:p>'), 'refused', /damaged \(its Word XML cannot be read\)/),
  one('docx: corrupt XML (mismatched tags)', 'mismatched.docx', () => docx(documentXml('<w:p><w:r><w:t>a</w:r></w:p>')), 'refused', 'damaged'),
  one('docx: document.xml is binary', 'binary-xml.docx', () => docx(new Uint8Array(4096).map((_, i) => (i * 37) % 256)), 'refused', 'damaged'),
  one('docx: XXE reading /etc/passwd', 'xxe.docx', () => docx(documentXml(paragraph('&xxe;'), '<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>')), 'refused', 'damaged'),
  one('docx: XXE through a parameter entity', 'xxe-param.docx', () => docx(documentXml(paragraph('x'), '<!DOCTYPE w:document [<!ENTITY % p SYSTEM "http://127.0.0.1:9/evil.dtd"> %p;]>')), 'either'),
  one('docx: billion laughs', 'laughs.docx', () => docx(documentXml(paragraph('&lol9;'), LAUGHS)), 'refused', 'damaged'),
  one('docx: missing document.xml', 'no-document.docx', () => docx('', { 'word/document.xml': null }), 'refused', /damaged \(its main text part is missing\)/),
  one('docx: missing [Content_Types].xml', 'no-types.docx', () => docx(documentXml(paragraph('Still readable text.')), { '[Content_Types].xml': null }), 'either'),
  one('docx: a compression method Word never uses', 'bzip.docx', () => docx('', { 'word/document.xml': { name: 'word/document.xml', data: documentXml(paragraph('x')), method: 12 } }), 'refused', 'damaged'),
  one('docx: cut short', 'truncated.docx', () => docx(documentXml(paragraph('Hello there, this is cut.'))).subarray(0, 300), 'refused', 'damaged'),
  one('docx: 12,000 entries', 'entries.docx', () => docx(documentXml(paragraph('x')), Object.fromEntries(Array.from({ length: 12_000 }, (_, i) => [`f${i}`, { name: `customXml/f${i}.xml`, data: '<a/>' }]))), 'refused', 'files'),
  one('docx: not a ZIP at all', 'text.docx', () => 'Just some text saved with the wrong name.', 'refused', 'not a Word document'),
  one('docx: a PDF renamed', 'scan.docx', () => '%PDF-1.7\n1 0 obj <<>> endobj', 'refused', 'not a Word document'),
  one('docx: an empty ZIP', 'empty-zip.docx', () => new Uint8Array([0x50, 0x4b, 0x05, 0x06, ...new Array(18).fill(0)]), 'refused', 'Word'),
  one('docx: a ZIP whose directory lists nothing', 'no-entries.docx', () => new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...new Array(26).fill(0), 0x50, 0x4b, 0x05, 0x06, ...new Array(18).fill(0)]), 'refused', 'damaged'),
  one('docx: an empty file', 'empty.docx', () => new Uint8Array(0), 'refused', 'empty'),
];

export const cases: HostileCase[] = [...html, ...markdown, ...word];
