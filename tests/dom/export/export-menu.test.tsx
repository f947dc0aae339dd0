/** The document's Export menu says why nothing was downloaded, and what a file leaves out. */
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { ExportMenu } from '../../../src/renderer/review/ExportMenu';
import { ToastProvider } from '../../../src/renderer/ui/Toasts';
import { FakeApi } from '../app/fakeApi';
import { button, cleanup, click, render, waitFor } from '../app/render';

let api: FakeApi;
const downloads: string[] = [];
beforeEach(() => {
  api = new FakeApi().install();
  downloads.length = 0;
  vi.spyOn(URL, 'createObjectURL').mockImplementation(() => 'blob:1');
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    downloads.push(this.download);
  });
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

async function exportAs(name: RegExp) {
  const { container } = await render(
    <ToastProvider>
      <ExportMenu documentId="d1" />
    </ToastProvider>,
  );
  await click(button(container, 'Export ▾'));
  const item = Array.from(container.querySelectorAll<HTMLButtonElement>('[role="menuitem"]')).find((b) => name.test(b.textContent ?? ''))!;
  await click(item);
}

it('says why no ClaimReview was downloaded for a document without verdicts', async () => {
  api.overrides['export:document'] = () => [];
  await exportAs(/ClaimReview/);
  await waitFor(() => expect(document.body.textContent).toContain('Nothing downloaded. No ClaimReview file: no claims with a verdict.'));
  expect(downloads).toEqual([]);
});

it('says how many nested entities the CoNLL file left out', async () => {
  api.overrides['export:document'] = () => [
    { name: 'a.conll', mediaType: 'text/plain', content: '-DOCSTART-\tO\n', notice: '2 nested entities were left out of CoNLL (CoNLL holds one label per token).' },
  ];
  await exportAs(/CoNLL/);
  await waitFor(() => expect(document.body.textContent).toContain('2 nested entities were left out of CoNLL'));
  expect(downloads).toEqual(['a.conll']);
});
