/** A long title is shown cut at a word in the export dialog, and exported whole. */
import { afterEach, beforeEach, expect, it } from 'vitest';
import { ExportDialog } from '../../../src/renderer/export/ExportDialog';
import { doc, FakeApi } from '../app/fakeApi';
import { cleanup, render, waitFor } from '../app/render';

const TITLE = `Northeast revitalization: ${'regional output climbs as investment returns to the rust belt, '.repeat(5)}officials say`;

let api: FakeApi;
beforeEach(() => {
  localStorage.clear();
  api = new FakeApi().install();
  api.documents = [doc({ id: 'd1', title: TITLE })];
});
afterEach(cleanup);

it('heads the dialog with the title cut at a word, with "…"', async () => {
  await render(<ExportDialog documentIds={['d1']} onClose={() => {}} platform="web" />);
  const heading = () => document.querySelector('[role="dialog"] h2')?.textContent ?? '';
  await waitFor(() => expect(heading()).toMatch(/^Export “.+…”$/));
  const shown = heading().slice('Export “'.length, -'…”'.length);
  expect(shown.length).toBeLessThanOrEqual(80);
  expect(TITLE.startsWith(shown)).toBe(true);
  expect(TITLE[shown.length]).toMatch(/[\s,]/); // cut between words, not inside one
});
