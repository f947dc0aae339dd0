import { describe, expect, it } from 'vitest';
import { exportDocument } from '../../../src/main/core/export';
import { resolveEntityOverlaps, toConllSentences } from '../../../src/main/core/export/conll';
import type { DocumentBundle } from '../../../src/shared/types';
import { CTX, TEXT, annotation, find, makeBundle } from '../../fixtures/export/bundle';

/** The file read back as sentences of [token, tag]. */
function read(bundle: DocumentBundle = makeBundle()): { header: string; sentences: string[][][] } {
  const [file] = exportDocument(bundle, 'conll', CTX);
  expect(file.name).toBe('growth-in-harbin-5-8-cafe-more.conll');
  const [header, ...blocks] = file.content.split('\n\n');
  const sentences = blocks.filter((b) => b.trim() !== '').map((b) => b.split('\n').filter(Boolean).map((l) => l.split('\t')));
  return { header, sentences };
}

describe('CoNLL IOB2 export', () => {
  it('starts with -DOCSTART- and has token<TAB>tag lines with valid IOB2 tags', () => {
    const { header, sentences } = read();
    expect(header).toBe('-DOCSTART-\tO');
    for (const sentence of sentences) {
      let previous = 'O';
      for (const cells of sentence) {
        expect(cells).toHaveLength(2);
        expect(cells[0]).not.toMatch(/\s/);
        expect(cells[1]).toMatch(/^(O|[BI]-[^\s]+)$/);
        if (cells[1].startsWith('I-')) expect(['B-', 'I-'].map((p) => p + cells[1].slice(2))).toContain(previous);
        previous = cells[1];
      }
    }
  });

  it('tags entity tokens B-/I- and keeps punctuation as tokens', () => {
    const { sentences } = read();
    expect(sentences[0]).toEqual([
      ['Growth', 'O'],
      ['📈', 'O'],
      ['of', 'O'],
      ['5.8', 'B-PERCENT'],
      ['%', 'I-PERCENT'],
      ['in', 'O'],
      ['𝐇arbin', 'B-PLACE'],
      ['—', 'O'],
      ['cafe\u0301', 'O'],
    ]);
    const tagged = sentences[1].filter(([, tag]) => tag !== 'O');
    expect(tagged).toEqual([
      ['Harbin', 'B-ORG'],
      ['Electric', 'I-ORG'],
      ['2.7', 'B-MONEY'],
      ['trillion', 'I-MONEY'],
      ['yuan', 'I-MONEY'],
      ['5.8', 'B-PERCENT'],
      ['%', 'I-PERCENT'],
    ]);
    expect(sentences[2].slice(0, 3)).toEqual([
      ['Zoe\u0308', 'B-PERSON'],
      ['Li', 'I-PERSON'],
      [',', 'O'],
    ]);
  });

  it('token offsets point at the token text, so tags align with the document', () => {
    for (const sentence of toConllSentences(makeBundle())) {
      for (const token of sentence) expect(TEXT.slice(token.start, token.end)).toBe(token.text);
    }
  });

  it('leaves out teaser content, entities inside it included', () => {
    const { sentences } = read();
    const tokens = sentences.flat().map(([token]) => token);
    expect(tokens).not.toContain('RELATED');
    expect(tokens).not.toContain('reforms');
    expect(sentences).toHaveLength(3);
  });

  it('splits sentences inside a line and restarts an entity cut by a sentence break with B-', () => {
    const text = 'Prices rose. The Bank of Ireland said so.\nNew line here';
    const bundle = makeBundle({ text, importedText: text });
    bundle.annotations = [
      annotation('entity', find(text, 'Bank of Ireland'), { label: 'ORG' }, text),
      annotation('entity', { start: find(text, 'so.').start, end: find(text, 'New line').end }, { label: 'EVENT' }, text),
    ];
    const sentences = toConllSentences(bundle).map((s) => s.map((t) => `${t.text}/${t.tag}`));
    expect(sentences).toEqual([
      ['Prices/O', 'rose/O', './O'],
      ['The/O', 'Bank/B-ORG', 'of/I-ORG', 'Ireland/I-ORG', 'said/O', 'so/B-EVENT', './I-EVENT'],
      ['New/B-EVENT', 'line/I-EVENT', 'here/O'],
    ]);
  });

  it('on overlapping entities the longer wins, then the earlier', () => {
    const text = 'Harbin Electric Power Group and Alpha Beta Gamma';
    const e = (needle: string, label: string) => annotation('entity', find(text, needle), { label }, text);
    const longer = e('Harbin Electric Power Group', 'ORG');
    const inner = e('Harbin', 'PLACE');
    const earlier = e('Alpha Beta', 'ORG'); // same length as the later one
    const later = e('Beta Gamma', 'ORG');
    expect(resolveEntityOverlaps([inner, later, earlier, longer]).map((a) => a.id)).toEqual([longer.id, earlier.id]);
    const bundle = makeBundle({ text, importedText: text });
    bundle.annotations = [inner, longer];
    expect(toConllSentences(bundle)[0].map((t) => t.tag)).toEqual(['B-ORG', 'I-ORG', 'I-ORG', 'I-ORG', 'O', 'O', 'O', 'O']);
  });
});
