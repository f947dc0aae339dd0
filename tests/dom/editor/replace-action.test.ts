/**
 * The annotation plugins' `replace` action: many annotations changed in one transaction (accepting
 * every suggestion of a kind), the selection kept on one that is replaced by its new version.
 */
import { describe, expect, it } from 'vitest';
import { annotationActions } from '../../../src/renderer/editor/annotation-plugin';
import { entityFeature } from '../../../src/renderer/editor/entities';
import { add, item, stateOf } from './helpers';

const TEXT = 'Harbin Electric grew 5.8% last year in Jilin.';

describe('replace', () => {
  const base = () => {
    const state = stateOf(TEXT);
    const withTwo = add(state, [item(state, 'a', 'entity', 0, 6, 'PLACE'), item(state, 'b', 'entity', 38, 43, 'PLACE')]);
    return withTwo.apply(entityFeature.act(withTwo.tr, annotationActions.select('a')));
  };

  it('puts the new versions of several annotations in place in one transaction, keeping the selected one selected', () => {
    const state = base();
    const next = state.apply(entityFeature.act(state.tr, annotationActions.replace(['a', 'b'], [item(state, 'a', 'entity', 0, 6, 'ORG'), item(state, 'b', 'entity', 38, 43, 'ORG')])));
    const store = entityFeature.getState(next).store;
    expect(store.size).toBe(2);
    expect([store.get('a')!.data.label, store.get('b')!.data.label]).toEqual(['ORG', 'ORG']);
    expect(entityFeature.getState(next).selected).toBe('a');
  });

  it('lets go of the selection when the selected annotation is removed and not put back', () => {
    const state = base();
    const next = state.apply(entityFeature.act(state.tr, annotationActions.replace(['a', 'b'], [item(state, 'b', 'entity', 38, 43, 'ORG')])));
    expect(entityFeature.getState(next).store.size).toBe(1);
    expect(entityFeature.getState(next).selected).toBeNull();
  });
});
