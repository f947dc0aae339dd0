/**
 * Accepting or rejecting a suggestion in the open document renders the workspace, not the whole app:
 * the shell (top bar, import machinery) is not rendered again, and the change still reaches the
 * library when the editor goes back to it.
 */
import { createElement } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../../src/renderer/App';
import type * as TopBarModule from '../../../src/renderer/app/TopBar';
import { click, cleanup, type EditorSpy, editorSpy as spy, inspector, press, waitFor } from './harness';
import { render } from '../app/render';
import { FakeCore } from './fakeCore';

// The shell renders the top bar every time it renders: counting the top bar's renders counts the shell's.
const shell = vi.hoisted(() => ({ renders: 0 }));
vi.mock('../../../src/renderer/app/TopBar', async (importOriginal) => {
  const real = await importOriginal<typeof TopBarModule>();
  return {
    ...real,
    TopBar: (props: Parameters<typeof real.TopBar>[0]) => {
      shell.renders++;
      return createElement(real.TopBar, props);
    },
  };
});

const PENDING = 200;
const sentence = (i: number) => `Harbin exports rose ${i % 90}.${i % 10}% in the quarter, the bureau said.`;
const TEXT = Array.from({ length: PENDING / 10 }, (_, p) => Array.from({ length: 10 }, (_, j) => sentence(p * 10 + j)).join(' ')).join('\n');

let core: FakeCore;
let ids: string[];
beforeEach(() => {
  core = new FakeCore(TEXT).install();
  ids = [];
  for (let at = TEXT.indexOf('Harbin'); at >= 0; at = TEXT.indexOf('Harbin', at + 1)) {
    ids.push(core.seed({ kind: 'entity', label: 'PLACE', origin: 'suggested', attrs: { pending: true, reasons: ['gazetteer: city'], score: 0.8 }, start: at, end: at + 6 }).id);
  }
  // What the library asks for once the document is closed: its row, counted from what is stored now.
  let version = 0;
  core.overrides['library:version'] = () => ({ version: String(version++) });
  core.overrides['documents:page'] = () => {
    const { text, importedText, language, revision, ...summary } = core.document;
    const row = { document: { ...summary, annotationCount: core.annotations.size } };
    return { rows: [row], total: 1, libraryTotal: 1, offset: 0, nextCursor: null };
  };
  window.location.hash = `#/doc/${core.document.id}/a/${ids[0]}`;
  shell.renders = 0;
});
afterEach(() => {
  cleanup();
  window.location.hash = '';
});

/** The suggestions count the Suggestions tab shows. */
const pendingShown = () => document.querySelector('.rv-suggestion-count')?.textContent ?? '';

describe('triage in the app', () => {
  it('D and Enter leave the app shell alone, and the library shows the change afterwards', async () => {
    await render(<App />);
    await waitFor(() => expect(spy.editor).not.toBeNull());
    await waitFor(() => expect(inspector()).not.toBeNull());
    await click(Array.from(document.querySelectorAll('[role="tab"]')).find((t) => /Suggestions/.test(t.textContent ?? '')));
    await waitFor(() => expect(pendingShown()).toContain(String(PENDING)));
    const before = shell.renders;

    await press('d');
    await waitFor(() => expect(core.annotations.has(ids[0])).toBe(false));
    await waitFor(() => expect(pendingShown()).toContain(String(PENDING - 1)));
    await press('Enter');
    await waitFor(() => expect(core.annotations.get(ids[1])!.attrs.pending).toBeUndefined());
    await waitFor(() => expect(pendingShown()).toContain(String(PENDING - 2)));
    expect((spy as EditorSpy).editor.getSelectedAnnotation()).toBe(ids[2]);
    expect(shell.renders).toBe(before);

    // Back in the library, the document's row counts the annotations as they are stored now.
    await click(document.querySelector('button[title="Back to the library"]'));
    await waitFor(() => expect(document.querySelector('.library-table tbody tr .col-num')?.textContent).toBe((PENDING - 1).toLocaleString()));
  });
});
