/**
 * The cheap scans in front of the parsers (budgets.ts): exact at their limits, and no refusal of the
 * ordinary documents they must let through.
 */
import { describe, expect, it } from 'vitest';
import { HTML_MAX_DEPTH, MARKDOWN_MAX_NESTING } from '../../../src/main/core/import/budgets';
import { scanXml } from '../../../src/main/core/import/docx-xml-scan';
import { checkHtmlBudget } from '../../../src/main/core/import/html-budget';
import { checkMarkdownBudget } from '../../../src/main/core/import/markdown-budget';

const nestedDivs = (n: number) => `<html><body>${'<div>'.repeat(n)}x${'</div>'.repeat(n)}</body></html>`;

describe('the HTML budget', () => {
  it('reads a page nested exactly to the limit and refuses one level more, counting inside <body>', () => {
    expect(() => checkHtmlBudget('a.html', nestedDivs(HTML_MAX_DEPTH))).not.toThrow();
    expect(() => checkHtmlBudget('a.html', nestedDivs(HTML_MAX_DEPTH + 1))).toThrow('“a.html” is nested 257 levels deep; Copydesk reads pages nested up to 256 levels.');
  });

  it('measures the tree jsdom builds: implied ends of <p> and <li> do not nest', () => {
    expect(() => checkHtmlBudget('a.html', `<ul>${'<li><p>item'.repeat(5000)}</ul>`)).not.toThrow();
  });

  it('does not count tags written inside scripts, styles or comments', () => {
    const script = `<script>var s = "${'<div>'.repeat(300_000)}";</script><style>/* ${'<p>'.repeat(300_000)} */</style><!-- ${'<b>'.repeat(300_000)} --><p>Text.</p>`;
    expect(() => checkHtmlBudget('a.html', script)).not.toThrow();
  });
});

describe('the Markdown budget', () => {
  it('reads quotes nested exactly to the limit and refuses one level more', () => {
    expect(() => checkMarkdownBudget('a.md', `${'>'.repeat(MARKDOWN_MAX_NESTING)} text`)).not.toThrow();
    expect(() => checkMarkdownBudget('a.md', `${'>'.repeat(MARKDOWN_MAX_NESTING + 1)} text`)).toThrow('nests quotes and lists more than 100 levels deep');
  });

  it('lets ordinary documents through: long flat lists, lists under quotes, code, thematic breaks', () => {
    const doc = [
      '# Notes',
      ...Array.from({ length: 500 }, (_, i) => `- item ${i} with *emphasis* and \`code\``),
      '',
      '> A quote',
      '> - with a list',
      '>   - nested once',
      '',
      '```',
      ...Array.from({ length: 300 }, () => '> > > - - - *_*_ [x]'),
      '```',
      '',
      ...Array.from({ length: 300 }, () => '***'),
      '1. first',
      '   1. second level',
      '      1. third level',
    ].join('\n');
    expect(() => checkMarkdownBudget('a.md', doc)).not.toThrow();
  });

  it('counts lists nested by indentation across lines', () => {
    const deep = Array.from({ length: MARKDOWN_MAX_NESTING + 1 }, (_, i) => `${'  '.repeat(i)}- level ${i}`).join('\n');
    expect(() => checkMarkdownBudget('a.md', deep)).toThrow('nests quotes and lists');
  });
});

describe('the Word XML scan', () => {
  it('measures well-formed XML with comments, CDATA, processing instructions and a DOCTYPE', () => {
    const xml = '<?xml version="1.0"?><!DOCTYPE d [<!ENTITY e "<x>">]><w:document><!-- <w:p> --><w:body><w:p w:rsidR="1"><w:pPr/><w:r><w:t><![CDATA[a < b]]></w:t></w:r></w:p><w:p/><w:p></w:p><w:proofErr/></w:body></w:document>';
    expect(scanXml(xml)).toEqual({ depth: 5, paragraphs: 3, broken: false });
  });

  it('stops at the first broken tag', () => {
    expect(scanXml('<w:document><a<b></w:document>')).toEqual({ broken: true });
    expect(scanXml('<w:document><!-- never closed')).toEqual({ broken: true });
    expect(scanXml('<w:document>< w:p>')).toEqual({ broken: true });
  });
});
