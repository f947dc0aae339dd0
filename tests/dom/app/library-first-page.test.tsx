/**
 * The library's first page asked for as the app starts (library/first-page.ts): the view shows that
 * answer instead of asking again, and asks for itself whenever its first request is another one.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LibraryView } from '../../../src/renderer/library/LibraryView';
import { askFirstPageEarly } from '../../../src/renderer/library/first-page';
import { MY_QUEUE_STORAGE_KEY } from '../../../src/renderer/library/my-queue';
import { ToastProvider } from '../../../src/renderer/ui/Toasts';
import { doc, FakeApi } from './fakeApi';
import { installScrollBox, viewport } from './viewport';
import { cleanup, render, waitFor } from './render';

let api: FakeApi;

installScrollBox('library-scroll', 2100);

beforeEach(() => {
  localStorage.removeItem(MY_QUEUE_STORAGE_KEY);
  window.location.hash = '';
  api = new FakeApi().install();
  api.documents = Array.from({ length: 120 }, (_, i) => doc({ id: `d${i}`, title: `Wire story ${i}` }));
});
afterEach(() => {
  cleanup();
  localStorage.removeItem(MY_QUEUE_STORAGE_KEY);
});

async function library() {
  const rendered = await render(
    <ToastProvider>
      <LibraryView refreshKey={0} onOpen={() => {}} onImport={() => {}} virtual={viewport()} />
    </ToastProvider>,
  );
  await waitFor(() => expect(rendered.container.querySelector('tbody tr.library-row[data-id]')).not.toBeNull());
  return rendered;
}

describe('the first page, asked for as the app starts', () => {
  it('is shown without asking again', async () => {
    askFirstPageEarly();
    expect(api.callsOf('documents:page')).toEqual([{ query: '', sort: 'updated', direction: 'desc', offset: 0, limit: 50 }]);
    const { container } = await library();
    expect(container.querySelector('.library-count')?.textContent).toBe('120 documents');
    expect(api.callsOf('documents:page')).toHaveLength(1);
  });

  it('asks with "My queue" as it was left', async () => {
    localStorage.setItem(MY_QUEUE_STORAGE_KEY, 'on');
    askFirstPageEarly();
    expect(api.callsOf('documents:page')).toEqual([{ query: '', mine: true, sort: 'updated', direction: 'desc', offset: 0, limit: 50 }]);
  });

  it('is not asked for when the app opens on another view', async () => {
    window.location.hash = '#/claims';
    askFirstPageEarly();
    expect(api.callsOf('documents:page')).toHaveLength(0);
  });

  it('is left unused when the library asks for something else first, which it then asks for itself', async () => {
    askFirstPageEarly();
    localStorage.setItem(MY_QUEUE_STORAGE_KEY, 'on'); // the queue switched on after the early request went out
    await library();
    expect(api.callsOf('documents:page')).toHaveLength(2);
    expect(api.callsOf('documents:page')[1]).toMatchObject({ mine: true, offset: 0, limit: 50 });
  });
});
