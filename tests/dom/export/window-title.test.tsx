/** The window's (or browser tab's) title names the open document, cut at a word. */
import { afterEach, beforeEach, expect, it } from 'vitest';
import { DocumentBar } from '../../../src/renderer/review/DocumentBar';
import { ToastProvider } from '../../../src/renderer/ui/Toasts';
import { FakeApi } from '../app/fakeApi';
import { cleanup, render } from '../app/render';

const TITLE = `Northeast revitalization: ${'regional output climbs as investment returns to the rust belt, '.repeat(4)}officials say`;

beforeEach(() => {
  new FakeApi().install();
});
afterEach(cleanup);

it('names the document in the window title, cut at a word with "…"', async () => {
  const noop = () => {};
  await render(
    <ToastProvider>
      <DocumentBar
        documentId="d1"
        title={TITLE}
        status="in_review"
        onStatus={noop}
        onClose={noop}
        undoLabel={null}
        redoLabel={null}
        onUndo={noop}
        onRedo={noop}
        clean={false}
        onToggleClean={noop}
        editing={false}
        onToggleEdit={noop}
        textState={null}
        onShowOriginal={noop}
        onHelp={noop}
      />
    </ToastProvider>,
  );
  expect(document.title).toMatch(/… · Copydesk$/);
  const shown = document.title.slice(0, -'… · Copydesk'.length);
  expect(shown.length).toBeLessThanOrEqual(60);
  expect(TITLE.startsWith(shown)).toBe(true);
  expect(TITLE[shown.length]).toMatch(/[\s,]/);
  expect(document.querySelector('h1')?.getAttribute('title')).toBe(TITLE); // the full title on hover
});
