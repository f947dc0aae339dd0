/**
 * When typing at an annotation's edge grows it. Annotations cover whole words (see word-snap.ts),
 * so text inserted at an edge joins the annotation when it continues the word there: it is made
 * only of word characters (letters, digits, combining marks; apostrophes only between them) and
 * the annotation's character at that edge is a word character. Fixing "Harbni" by selecting "ni"
 * and typing "i", "n" ends with the entity over "Harbin"; "Harbin" + "s" gives "Harbins"; but
 * " Group", "," or a new word after a space stay outside, and so does anything typed after a claim
 * that ends with "%". Only the end edge joins: a new word typed before an annotation arrives letter
 * by letter before its space ("D", "e", … then " " before "Zhang Wei"), so joining at the start
 * would swallow "Deputy " into the name.
 *
 * In scripts written without spaces (Chinese, Japanese, Thai) letters always follow letters, so
 * the word boundary is `Intl.Segmenter`'s (a dictionary): "北京" + "市" is one word ("北京市") and
 * joins; "北京" + "的" is two and does not.
 */
import type { Node as PMNode } from 'prosemirror-model';
import type { Transaction } from 'prosemirror-state';
import type { JoinTest } from './annotation-store';

/** A run of word characters, apostrophes allowed only inside it ("Harbin's", "d'Artagnan"). */
const WORD_RUN = /^[\p{L}\p{N}\p{M}]+(?:['’][\p{L}\p{N}\p{M}]+)*$/u;
const segmenter = new Intl.Segmenter(undefined, { granularity: 'word' });
/** How much of the text before an insertion the segmenter sees (a word is shorter than this). */
const CONTEXT = 24;

/**
 * The join tests for a transaction's step maps, for `AnnotationStore.map`: the i-th reads the
 * document after step i. None when the mapping is not the steps' own (nothing joins then).
 */
export function wordJoins(tr: Transaction): (mapIndex: number) => JoinTest | undefined {
  if (tr.mapping.maps.length !== tr.steps.length) return () => undefined;
  return (i) => {
    const doc = i + 1 < tr.docs.length ? tr.docs[i + 1] : tr.doc;
    return (edge, from, to) => continuesWord(doc, edge, from, to);
  };
}

/**
 * Whether the text `doc` has at [from, to) — just inserted at an annotation's `edge` — continues
 * the word at that edge: it is the end edge, it lies in one textblock, and the annotation's last
 * character followed by the inserted text is one run of word characters.
 */
export function continuesWord(doc: PMNode, edge: 'start' | 'end', from: number, to: number): boolean {
  if (from >= to || from < 0 || to > doc.content.size) return false;
  const $from = doc.resolve(from);
  if (!$from.parent.isTextblock || to > $from.end()) return false;
  const inserted = doc.textBetween(from, to, undefined, '\ufffc');
  if (edge !== 'end') return false;
  const before = $from.nodeBefore;
  if (before?.isText !== true || !WORD_RUN.test(lastChar(before.text!) + inserted)) return false;
  const text = before.text!;
  const line = text.lastIndexOf('\n') + 1;
  return sameWord(text.slice(Math.max(line, text.length - CONTEXT)), inserted);
}

/** Whether the segmenter puts the end of `before` and the start of `inserted` in one word. */
function sameWord(before: string, inserted: string): boolean {
  const at = before.length;
  for (const { index, segment } of segmenter.segment(before + inserted)) {
    if (index >= at) return false;
    if (index + segment.length > at) return true;
  }
  return false;
}

function lastChar(text: string): string {
  const low = text.charCodeAt(text.length - 1);
  return low >= 0xdc00 && low <= 0xdfff && text.length >= 2 ? text.slice(-2) : text.slice(-1);
}
