import { describe, expect, it } from 'vitest';
import { EditorState, TextSelection } from 'prosemirror-state';
import { annotationActions } from '../../../src/renderer/editor/annotation-plugin';
import { getBlockIndex } from '../../../src/renderer/editor/block-index';
import { claimFeature, getClaims, markClaim, setClaimStatus } from '../../../src/renderer/editor/claims';
import { entityFeature, getEntities, tagEntity } from '../../../src/renderer/editor/entities';
import { annotationsAt } from '../../../src/renderer/editor/features';
import { getTeasers, isCleanView, setCleanView, teaserFeature } from '../../../src/renderer/editor/teasers';
import { add, item, offsetsOf, stateOf } from './helpers';

const TEXT = 'Harbin Electric grew 5.8% last year.\nRelated: More news | Economy\nRelated: Other news';

describe('annotation plugins', () => {
  const features = [
    ['entities', entityFeature, 'entity'],
    ['teasers', teaserFeature, 'teaser'],
    ['claims', claimFeature, 'claim'],
  ] as const;

  for (const [name, feature, kind] of features) {
    describe(name, () => {
      const base = () => add(stateOf(TEXT), [item(stateOf(TEXT), 'x', kind, 7, 15)]);

      it('adds and removes annotations through transaction meta', () => {
        const state = base();
        expect(feature.getState(state).store.size).toBe(1);
        const removed = state.apply(feature.act(state.tr, annotationActions.remove(['x'])));
        expect(feature.getState(removed).store.size).toBe(0);
      });

      it('moves an annotation right when text is inserted before it', () => {
        const state = base();
        const next = state.apply(state.tr.insertText('The ', getBlockIndex(state).offsetToPos(0)));
        expect(offsetsOf(next, feature.getState(next).store.get('x'))).toEqual([11, 19]);
      });

      it('keeps text retyped over its last characters inside it', () => {
        const state = base();
        const index = getBlockIndex(state);
        // "Electric" at 7–15: retype "ic" at its end as "ik".
        const next = state.apply(state.tr.insertText('ik', index.offsetToPos(13), index.offsetToPos(15)));
        expect(offsetsOf(next, feature.getState(next).store.get('x'))).toEqual([7, 15]);
      });

      it('keeps text retyped over its first characters inside it', () => {
        const state = base();
        const index = getBlockIndex(state);
        const next = state.apply(state.tr.insertText('EL', index.offsetToPos(7), index.offsetToPos(9)));
        expect(offsetsOf(next, feature.getState(next).store.get('x'))).toEqual([7, 15]);
      });

      it('grows an annotation when text is inserted inside it', () => {
        const state = base();
        const next = state.apply(state.tr.insertText('XX', getBlockIndex(state).offsetToPos(10)));
        expect(offsetsOf(next, feature.getState(next).store.get('x'))).toEqual([7, 17]);
      });

      it('leaves an annotation alone when text is inserted after it', () => {
        const state = base();
        const next = state.apply(state.tr.insertText('!', getBlockIndex(state).offsetToPos(20)));
        expect(offsetsOf(next, feature.getState(next).store.get('x'))).toEqual([7, 15]);
      });

      it('keeps an annotation whose text was deleted, as orphaned', () => {
        const state = base();
        const index = getBlockIndex(state);
        const next = state.apply(state.tr.delete(index.offsetToPos(5), index.offsetToPos(20)));
        const kept = feature.getState(next).store.get('x');
        expect(kept).toMatchObject({ orphaned: true });
        // and it shows as a marker carrying its id
        const deco = feature.getState(next).deco.find();
        expect(deco.some((d) => (d.spec as { id: string; type: string }).id === 'x' && d.spec.type === 'orphan')).toBe(true);
      });

      it('rejects an annotation of another kind with a RangeError', () => {
        const state = stateOf(TEXT);
        const other = item(state, 'y', kind === 'entity' ? 'claim' : 'entity', 0, 3);
        expect(() => state.apply(feature.act(state.tr, annotationActions.add([other])))).toThrow(RangeError);
      });

      it('selects an annotation without decorating or repainting its text (the outline is an overlay)', () => {
        const state = base();
        const next = state.apply(feature.act(state.tr, annotationActions.select('x')));
        expect(feature.getState(next).selected).toBe('x');
        expect(feature.getState(next).deco).toBe(feature.getState(state).deco);
        expect(feature.getState(next).changes).toEqual({ all: false, ranges: [] });
      });

      it('marks the selected orphan’s marker, and unmarks it when the selection moves on', () => {
        const state = base();
        const index = getBlockIndex(state);
        const orphaned = state.apply(state.tr.delete(index.offsetToPos(5), index.offsetToPos(20)));
        const marker = (s: typeof state) => feature.getState(s).deco.find().find((d) => (d.spec as { type: string }).type === 'orphan');
        const selected = orphaned.apply(feature.act(orphaned.tr, annotationActions.select('x')));
        expect(marker(selected)?.spec.key).toBe('orphan-x-1');
        const cleared = selected.apply(feature.act(selected.tr, annotationActions.select(null)));
        expect(marker(cleared)?.spec.key).toBe('orphan-x-0');
      });
    });
  }

  it('reports every overlapping annotation at an offset, innermost first', () => {
    let state = stateOf(TEXT);
    state = add(state, [
      item(state, 'teaser', 'teaser', 0, 36),
      item(state, 'claim', 'claim', 0, 25),
      item(state, 'entity', 'entity', 0, 15),
      item(state, 'pct', 'entity', 21, 25, 'PERCENT'),
    ]);
    const index = getBlockIndex(state);
    expect(annotationsAt(state, index.offsetToPos(3)).map((i) => i.id)).toEqual(['entity', 'claim', 'teaser']);
    expect(annotationsAt(state, index.offsetToPos(22)).map((i) => i.id)).toEqual(['pct', 'claim', 'teaser']);
    expect(annotationsAt(state, index.offsetToPos(30)).map((i) => i.id)).toEqual(['teaser']);
    expect(annotationsAt(state, index.offsetToPos(36))).toEqual([]);
  });

  it('tags the selection snapped to words through a command', () => {
    let state = stateOf(TEXT);
    const index = getBlockIndex(state);
    state = state.apply(state.tr.setSelection(TextSelection.create(state.doc, index.offsetToPos(20), index.offsetToPos(26))));
    expect(tagEntity('p', 'PERCENT')(state)).toBe(true);
    tagEntity('p', 'PERCENT')(state, (tr) => (state = state.apply(tr)));
    expect(offsetsOf(state, getEntities(state).get('p'))).toEqual([21, 25]);
    expect(markClaim('c')(state.apply(state.tr.setSelection(TextSelection.create(state.doc, 2))))).toBe(true);
  });

  it('does not apply a command on a selection with nothing word-like', () => {
    let state = stateOf('a , b');
    const index = getBlockIndex(state);
    state = state.apply(state.tr.setSelection(TextSelection.create(state.doc, index.offsetToPos(1), index.offsetToPos(4)))); // " , "
    expect(markClaim('c')(state)).toBe(false);
  });

  it('changes a claim status through a command, and refuses an unknown claim', () => {
    let state = stateOf(TEXT);
    state = add(state, [item(state, 'c', 'claim', 0, 10)]);
    expect(setClaimStatus('nope', 'verified')(state)).toBe(false);
    setClaimStatus('c', 'verified')(state, (tr) => (state = state.apply(tr)));
    expect(getClaims(state).get('c')?.data.status).toBe('verified');
  });

  it('hides a fully covered teaser block in clean view with its line break, and only the covered part of another', () => {
    let state = stateOf(TEXT); // one section of three lines
    const secondBlock = TEXT.indexOf('Related');
    const thirdBlock = TEXT.lastIndexOf('Related');
    state = add(state, [
      item(state, 't1', 'teaser', secondBlock, TEXT.indexOf('\n', secondBlock)),
      item(state, 't2', 'teaser', 0, 6),
      item(state, 't3', 'teaser', thirdBlock, TEXT.length),
    ]);
    expect(isCleanView(state)).toBe(false);
    setCleanView(true)(state, (tr) => (state = state.apply(tr)));
    expect(isCleanView(state)).toBe(true);
    const hidden = teaserFeature.getState(state).deco.find().filter((d) => d.spec.type === 'hidden');
    const text = (id: string) => {
      const d = hidden.find((h) => h.spec.id === id)!;
      return state.doc.textBetween(d.from, d.to);
    };
    // A whole line inside a section goes with the "\n" after it; the section's last line with the one before it.
    expect(text('t1')).toBe('Related: More news | Economy\n');
    expect(text('t3')).toBe('\nRelated: Other news');
    expect(text('t2')).toBe('Harbin');
    expect(getTeasers(state).size).toBe(3);
    expect(setCleanView(true)(state)).toBe(false);
    setCleanView(false)(state, (tr) => (state = state.apply(tr)));
    expect(teaserFeature.getState(state).deco.find().filter((d) => d.spec.type === 'hidden')).toEqual([]);
  });

  it('hides a section a teaser covers completely with a node decoration', () => {
    let state = stateOf(TEXT, 1); // one section per line
    const secondBlock = TEXT.indexOf('Related');
    state = add(state, [item(state, 't1', 'teaser', secondBlock, TEXT.indexOf('\n', secondBlock))]);
    setCleanView(true)(state, (tr) => (state = state.apply(tr)));
    const hidden = teaserFeature.getState(state).deco.find().filter((d) => d.spec.type === 'hidden');
    const index = getBlockIndex(state);
    // The whole section node, from before it to after it (the next section's start).
    expect(hidden.map((d) => [d.from, d.to])).toEqual([[index.sectionPos(1), index.sectionPos(2)]]);
  });

  it('maps annotations through an undo-free state rebuild of many steps', () => {
    let state: EditorState = stateOf(TEXT);
    state = add(state, [item(state, 'e', 'entity', 21, 25, 'PERCENT')]);
    const tr = state.tr.insertText('A', 2).insertText('B', 4).split(6);
    state = state.apply(tr);
    expect(state.doc.textBetween(...([getEntities(state).get('e')!.from, getEntities(state).get('e')!.to] as [number, number]))).toBe('5.8%');
  });
});
