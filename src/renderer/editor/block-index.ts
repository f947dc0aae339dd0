/**
 * The block index as plugin state: every transaction that changes the document updates it
 * incrementally (see `BlockIndex.update`), so offset ⇄ position conversion is always O(log n).
 * It must come before the annotation plugins, which read it while applying a transaction.
 */
import { Plugin, PluginKey, type EditorState } from 'prosemirror-state';
import { BlockIndex } from './offsets';

const blockIndexKey = new PluginKey<BlockIndex>('cd-block-index');

/** The plugin that keeps a `BlockIndex` of the document. */
export function blockIndex(): Plugin<BlockIndex> {
  return new Plugin<BlockIndex>({
    key: blockIndexKey,
    state: {
      init: (_config, state) => BlockIndex.fromDoc(state.doc),
      apply: (tr, index) => (tr.docChanged ? index.update(tr.before, tr.doc, tr.mapping) : index),
    },
  });
}

/** The block index of a state. Throws a RangeError if the state has no `blockIndex()` plugin. */
export function getBlockIndex(state: EditorState): BlockIndex {
  const index = blockIndexKey.getState(state);
  if (!index) throw new RangeError('This editor state has no blockIndex() plugin');
  return index;
}
