import { describe, expect, it } from 'vitest';
import { exportDocument } from '../../../src/main/core/export';
import type { DocumentBundle } from '../../../src/shared/types';
import { CTX, LINES, annotation, find, makeBundle } from '../../fixtures/export/bundle';

function cleaned(bundle: DocumentBundle = makeBundle()) {
  const [file] = exportDocument(bundle, 'text', CTX);
  expect(file.name).toBe('growth-in-harbin-5-8-cafe-more.clean.txt');
  return file.content;
}

function withText(text: string, teasers: Array<{ start: number; end: number }>, candidate = false): DocumentBundle {
  const bundle = makeBundle({ text, importedText: text });
  bundle.annotations = teasers.map((r) => annotation('teaser', r, { attrs: { reason: 'related_teaser', candidate } }, text));
  bundle.claims = [];
  bundle.sources = [];
  return bundle;
}

describe('cleaned text export', () => {
  it('drops the teaser lines and keeps the article, blocks joined by \\n', () => {
    expect(cleaned()).toBe(LINES.slice(0, 3).join('\n'));
    expect(cleaned()).not.toContain('RELATED');
  });

  it('cuts a teaser out of the middle of a line, without leaving double spaces', () => {
    const text = 'First block.\nThe article goes on. Read more: Other story. And ends here.\nLast block.';
    expect(cleaned(withText(text, [find(text, 'Read more: Other story.')]))).toBe('First block.\nThe article goes on. And ends here.\nLast block.');
  });

  it('removes candidates too, and overlapping teasers once', () => {
    const text = 'Keep 😀 this.\nTeaser one\nTeaser two\nKeep that.';
    const bundle = withText(text, [find(text, 'Teaser one\nTeaser'), find(text, 'one\nTeaser two')], true);
    expect(cleaned(bundle)).toBe('Keep 😀 this.\nKeep that.');
  });

  it('ignores orphaned teasers and keeps a document without teasers as it is', () => {
    const text = 'Only\nlines';
    const bundle = withText(text, [{ start: 0, end: 4 }]);
    bundle.annotations[0].orphaned = true;
    expect(cleaned(bundle)).toBe(text);
  });
});
