import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act } from 'react';
import { App } from '../../../src/renderer/App';
import { ApiError } from '../../../src/shared/result';
import { doc, FakeApi } from './fakeApi';
import { cleanup, click, press, render, settle, waitFor } from './render';

vi.mock('../../../src/renderer/review/ReviewWorkspace', () => ({
  ReviewWorkspace: ({ documentId, onClose }: { documentId: string; onClose(): void }) => (
    <div data-testid="workspace">
      {documentId}
      <button type="button" onClick={onClose}>
        Close document
      </button>
    </div>
  ),
}));

let api: FakeApi;
beforeEach(() => {
  window.location.hash = '';
  api = new FakeApi().install();
  api.documents = [doc({ id: 'doc-1', title: 'Harbin power', annotationCount: 3 })];
});
afterEach(cleanup);

const nav = (container: HTMLElement, name: string) =>
  Array.from(container.querySelectorAll<HTMLAnchorElement>('nav a')).find((a) => a.textContent === name)!;

describe('app shell', () => {
  it('has a top bar with Library, Claims and Settings, and routes between them', async () => {
    const { container } = await render(<App />);
    expect(container.querySelector('.brand')?.textContent).toContain('Copydesk');
    expect(Array.from(container.querySelectorAll('nav a')).map((a) => a.textContent)).toEqual(['Library', 'Claims', 'Settings']);
    expect(nav(container, 'Library').getAttribute('aria-current')).toBe('page');
    await click(nav(container, 'Settings'));
    await waitFor(() => expect(container.querySelector('main')?.getAttribute('aria-label')).toBe('Settings'));
    expect(window.location.hash).toBe('#/settings');
  });

  it('keeps the open document in the hash so a reload reopens it', async () => {
    window.location.hash = '#/doc/doc-1';
    const { container } = await render(<App />);
    await waitFor(() => expect(container.querySelector('[data-testid="workspace"]')?.textContent).toContain('doc-1'));
    await click(Array.from(container.querySelectorAll('button')).find((b) => b.textContent === 'Close document'));
    await waitFor(() => expect(container.querySelector('.library-table')).not.toBeNull());
    expect(window.location.hash).toBe('#/');
  });

  it('opens a document from the library into the hash route', async () => {
    const { container } = await render(<App />);
    await waitFor(() => expect(container.querySelector('tbody tr')).not.toBeNull());
    await press(container.querySelector('tbody tr')!, 'Enter');
    await settle(10);
    await waitFor(() => expect(container.querySelector('[data-testid="workspace"]')).not.toBeNull());
    expect(window.location.hash).toBe('#/doc/doc-1');
  });

  it('"/" focuses the library search and Ctrl+O opens the import picker', async () => {
    const { container } = await render(<App />);
    await waitFor(() => expect(container.querySelector('#library-search')).not.toBeNull());
    await press(document.body, '/');
    expect(document.activeElement?.id).toBe('library-search');
    const picker = container.querySelector<HTMLInputElement>('input[type="file"]')!;
    const clicked = vi.spyOn(picker, 'click').mockImplementation(() => {});
    await press(document.body, 'o', { ctrlKey: true, metaKey: /Mac/.test(navigator.platform) });
    expect(clicked).toHaveBeenCalledOnce();
    expect(picker.accept).toBe('.txt,.md,.markdown,.html,.htm,.docx,.json,.ann');
    expect(picker.multiple).toBe(true);
  });

  it('shows API errors as readable toasts', async () => {
    const { container } = await render(<App />);
    await act(async () => {
      const event = new Event('unhandledrejection', { cancelable: true }) as PromiseRejectionEvent;
      Object.defineProperty(event, 'reason', { value: new ApiError('database', 'The library file is read-only.') });
      window.dispatchEvent(event);
    });
    expect(container.querySelector('.toasts')?.getAttribute('aria-live')).toBe('polite');
    expect(container.querySelector('.toast-error')?.textContent).toContain('The library file is read-only.');
  });

  it('says so when the library cannot be loaded, and retries', async () => {
    let fail = true;
    api.overrides['documents:page'] = (request) => {
      if (fail) throw new ApiError('database', 'The library file is locked by another program.');
      return { rows: api.matching(request), total: api.documents.length, libraryTotal: api.documents.length, offset: 0, nextCursor: null };
    };
    const { container } = await render(<App />);
    await waitFor(() => expect(container.querySelector('.error-banner')?.textContent).toContain('locked by another program'));
    fail = false;
    await click(Array.from(container.querySelectorAll('.error-banner button'))[0]);
    await waitFor(() => expect(container.querySelector('tbody tr')?.textContent).toContain('Harbin power'));
  });
});
