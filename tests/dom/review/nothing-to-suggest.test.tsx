/**
 * A document suggestions cannot be made for (only numbers or symbols) says so in the Suggestions tab
 * as soon as it is opened. The background run after the import had already found nothing to do, but
 * the tab said "Press Suggest (G) to have Copydesk look for teasers, claims and entities" — as if
 * nobody had looked — and only pressing G told why.
 */
import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, type EditorSpy, editorSpy as spy, mountWorkspace, sidePanel, waitFor } from './harness';
import { FakeCore } from './fakeCore';

afterEach(cleanup);

async function openSuggestions(text: string) {
  await mountWorkspace(new FakeCore(text).install(), spy as EditorSpy);
  await act(async () => sidePanel().querySelector<HTMLElement>('[data-tab="suggestions"]')!.click());
}

describe('a document with nothing to suggest', () => {
  it('says a text of only numbers has no words, without being asked', async () => {
    await openSuggestions('17611 74606 8271 33432\n15455 64937 99740 58915\n61898 85405 49756 27519');
    await waitFor(() => expect(sidePanel().textContent).toContain('The document has no words (only numbers or symbols), so there is nothing to suggest.'));
    expect(sidePanel().textContent).not.toContain('Press Suggest (G)');
  });

  it('still offers Suggest on a text with words and nothing suggested yet', async () => {
    await openSuggestions('Harbin Electric grew 5.8% last year, the ministry said.');
    await waitFor(() => expect(sidePanel().textContent).toContain('Press Suggest (G)'));
  });
});
