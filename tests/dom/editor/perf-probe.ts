/**
 * Manual perf probe (not a test): `npx tsx tests/dom/editor/perf-probe.ts`.
 * Builds a 1,000,000-character document of 18,000 paragraphs with 50,000 annotations and times,
 * at the editor-state level (no DOM, so no painting — that is `npm run bench` in Chromium):
 * opening, adding one annotation, typing one character, splitting a paragraph, selecting.
 * The paint plugin's fallback path is off (it would build decorations for the first blocks only).
 */
import { EditorState, TextSelection } from 'prosemirror-state';
import { annotationActions, type AnnotationItem } from '../../../src/renderer/editor/annotation-plugin';
import { blockIndex, getBlockIndex } from '../../../src/renderer/editor/block-index';
import { claims } from '../../../src/renderer/editor/claims';
import { entities, entityFeature } from '../../../src/renderer/editor/entities';
import { featureFor, annotationsAt } from '../../../src/renderer/editor/features';
import { notes } from '../../../src/renderer/editor/notes';
import { docFromText } from '../../../src/renderer/editor/schema';
import { snappedSelection } from '../../../src/renderer/editor/selection';
import { teasers } from '../../../src/renderer/editor/teasers';

const WORDS = ['the', 'regional', 'GDP', 'of', '2.7', 'trillion', 'yuan,', 'a', 'year-on-year', 'increase', '5.8%.', 'Harbin', 'Electric'];
let seed = 42;
const rnd = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);

function makeText(chars: number, blocks: number): string {
  const per = Math.floor(chars / blocks) - 1;
  const out: string[] = [];
  for (let b = 0; b < blocks; b++) {
    let line = '';
    while (line.length < per) line += WORDS[rnd(WORDS.length)] + ' ';
    out.push(line.slice(0, per));
  }
  return out.join('\n');
}

function time<T>(label: string, fn: () => T, repeat = 1): T {
  let result!: T;
  const t0 = performance.now();
  for (let i = 0; i < repeat; i++) result = fn();
  console.log(`${label.padEnd(44)} ${((performance.now() - t0) / repeat).toFixed(2)} ms${repeat > 1 ? ` (mean of ${repeat})` : ''}`);
  return result;
}

const text = makeText(1_000_000, 18_000);
const kinds = ['entity', 'entity', 'entity', 'claim', 'teaser', 'note'] as const;
let state = time('create state (docFromText + plugins)', () =>
  EditorState.create({ doc: docFromText(text), plugins: [blockIndex(), teasers(), notes(), claims(), entities()] }),
);
const index = getBlockIndex(state);
const items = new Map<string, AnnotationItem[]>();
for (let i = 0; i < 50_000; i++) {
  const kind = kinds[i % kinds.length];
  const start = rnd(text.length - 2200);
  const end = Math.min(text.length, start + 1 + rnd(kind === "teaser" ? 2000 : kind === "claim" ? 150 : 20));
  const list = items.get(kind) ?? [];
  list.push({ id: `a${i}`, from: index.offsetToPos(start), to: index.offsetToPos(end), orphaned: false, data: { kind, label: kind === 'entity' ? 'ORG' : null } });
  items.set(kind, list);
}
state = time('open: set 50,000 annotations', () => {
  const tr = state.tr;
  for (const [kind, list] of items) featureFor(kind as (typeof kinds)[number]).act(tr, annotationActions.set(list));
  return state.apply(tr);
});
let n = 0;
time('add one annotation', () => {
  const from = index.offsetToPos(rnd(text.length - 50));
  const item: AnnotationItem = { id: `new${n++}`, from, to: from + 5, orphaned: false, data: { kind: 'entity', label: 'PERSON' } };
  state = state.apply(entityFeature.act(state.tr, annotationActions.add([item])));
}, 50);
time('type one character (maps 50k ranges)', () => {
  state = state.apply(state.tr.insertText('x', getBlockIndex(state).offsetToPos(rnd(getBlockIndex(state).textLength))));
}, 200);
time('split a paragraph (Enter)', () => {
  state = state.apply(state.tr.split(getBlockIndex(state).offsetToPos(rnd(getBlockIndex(state).textLength))));
}, 50);
time('delete 2,000 characters', () => {
  const from = getBlockIndex(state).offsetToPos(rnd(getBlockIndex(state).textLength - 5000));
  state = state.apply(state.tr.delete(from, from + 2000));
}, 10);
const len = () => getBlockIndex(state).textLength;
time('annotations at a point (click)', () => annotationsAt(state, getBlockIndex(state).offsetToPos(rnd(len()))), 200);
time('snap a selection to words', () => {
  const from = getBlockIndex(state).offsetToPos(rnd(len() - 100));
  return snappedSelection(state.apply(state.tr.setSelection(TextSelection.create(state.doc, from, from + 30))));
}, 200);
