/**
 * The import panel's "Open “…”" after a single import names the document by its short title: a
 * scraped article's title can be hundreds of characters (the shared sample's is 205), and the whole
 * of it in one button ran far out of the panel, across the library. The full title is its tooltip.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act } from 'react';
import { App } from '../../../src/renderer/App';
import { FakeApi } from './fakeApi';
import { cleanup, render, waitFor } from './render';

vi.mock('../../../src/renderer/review/ReviewWorkspace', () => ({
  ReviewWorkspace: ({ documentId }: { documentId: string }) => <div data-testid="workspace">{documentId}</div>,
}));

beforeEach(() => {
  window.location.hash = '';
  new FakeApi().install();
});
afterEach(cleanup);

const TITLE =
  'Accumulate Revitalization Momentum and Write a New Development Chapter - From the Perspective of Five Years of Development to See the New Achievements of Comprehensive Revitalization in Northeast China';

describe('opening a document just imported', () => {
  it('names a long title shortened at a word, with the whole title as the tooltip', async () => {
    const { container } = await render(<App />);
    await waitFor(() => expect(container.textContent).toContain('Your library is empty'));
    const input = container.querySelector<HTMLInputElement>('input[type="file"]')!;
    Object.defineProperty(input, 'files', { configurable: true, value: [new File(['Some wire copy'], `${TITLE}.txt`)] });
    await act(async () => {
      input.dispatchEvent(new Event('change', { bubbles: true }));
    });
    const open = await waitFor(() => {
      const found = [...container.querySelectorAll<HTMLButtonElement>('.import-single button')][0];
      expect(found).toBeDefined();
      return found;
    });
    const text = open.textContent!;
    expect(text.startsWith('Open “Accumulate Revitalization Momentum')).toBe(true);
    expect(text.endsWith('…”')).toBe(true);
    expect(text.length).toBeLessThanOrEqual(70);
    expect(open.title).toBe(TITLE);
  });
});
