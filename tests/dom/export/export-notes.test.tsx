/** The export dialog tells what the files leave out, and offers one claims.csv for a batch. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ExportDialog } from '../../../src/renderer/export/ExportDialog';
import { doc, FakeApi } from '../app/fakeApi';
import { button, cleanup, click, render, typeInto, waitFor } from '../app/render';

let api: FakeApi;
beforeEach(() => {
  localStorage.clear();
  api = new FakeApi().install();
  api.documents = [doc({ id: 'd1', title: 'Northeast revitalization' }), doc({ id: 'd2', title: 'Weather report' })];
  api.overrides['export:toFolder'] = ({ ids, formats, dir }) => ({
    written: (formats as string[]).map((f) => `${dir}/${ids[0]}.${f}`),
    failed: [],
    notes: ids[0] === 'd2' ? [{ documentId: 'd2', title: 'Weather report', message: 'No ClaimReview file: no claims with a verdict.' }] : [],
  });
  api.overrides['export:claimsCsv'] = ({ dir }) => ({ written: `${dir}/claims.csv`, file: null, claims: 3, documents: 1, failed: [] });
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const dialog = () => document.querySelector<HTMLElement>('[role="dialog"]')!;
const format = (name: string) => dialog().querySelector<HTMLInputElement>(`#export-format-${name}`)!;
const combined = () => Array.from(dialog().querySelectorAll<HTMLLabelElement>('label')).find((l) => l.textContent?.startsWith('One claims.csv'))?.querySelector('input') ?? null;

async function openForFolder() {
  await render(<ExportDialog documentIds={['d1', 'd2']} onClose={() => {}} platform="web" />);
  await waitFor(() => expect(dialog().querySelector('.export-formats')).not.toBeNull());
  for (const input of Array.from(dialog().querySelectorAll<HTMLInputElement>('.export-formats input:checked'))) await click(input);
  await click(dialog().querySelectorAll<HTMLInputElement>('input[type="radio"]')[1]); // to a folder
  await typeInto(dialog().querySelector<HTMLInputElement>('input[aria-label="Destination folder"]')!, '/exports');
}

describe('export dialog', () => {
  it('shows, under the document, why a file was not written', async () => {
    await openForFolder();
    await click(format('claimreview'));
    await click(button(dialog(), 'Export 2 documents'));
    await waitFor(() => expect(dialog().querySelectorAll('.export-result')).toHaveLength(2));
    const weather = Array.from(dialog().querySelectorAll('.export-result')).find((r) => r.textContent?.includes('Weather report'))!;
    expect(weather.querySelector('.export-note')?.textContent).toBe('No ClaimReview file: no claims with a verdict.');
  });

  it('writes one claims.csv for the batch instead of a CSV per document when asked', async () => {
    await openForFolder();
    expect(combined()).toBeNull(); // offered with the CSV format only
    await click(format('csv'));
    await click(format('text'));
    await click(combined()!);
    await click(button(dialog(), 'Export 2 documents'));
    await waitFor(() => expect(dialog().textContent).toContain('claims.csv holds 3 claims from 1 document.'));
    const calls = api.callsOf('export:toFolder');
    expect(calls.map((c) => c.formats)).toEqual([['text'], ['text']]);
    expect(calls[1].batchId).toBe(calls[0].batchId); // one batch: same-titled documents get numbered names
    expect(api.callsOf('export:claimsCsv')).toEqual([{ ids: ['d1', 'd2'], dir: '/exports', batchId: calls[0].batchId }]);
    expect(dialog().querySelector('.export-status')?.textContent).toBe('3 files written for 2 documents.');
  });

  it('says nothing was downloaded for a document whose claims have no verdict', async () => {
    api.overrides['export:document'] = ({ id }) => (id === 'd2' ? [] : [{ name: `${id}.claimreview.jsonld`, mediaType: 'application/ld+json', content: '{}' }]);
    vi.spyOn(URL, 'createObjectURL').mockImplementation(() => 'blob:1');
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    await render(<ExportDialog documentIds={['d1', 'd2']} onClose={() => {}} platform="web" downloadGapMs={0} />);
    await waitFor(() => expect(dialog().querySelector('.export-formats')).not.toBeNull());
    for (const input of Array.from(dialog().querySelectorAll<HTMLInputElement>('.export-formats input:checked'))) await click(input);
    await click(format('claimreview'));
    await click(button(dialog(), 'Export 2 documents'));
    await waitFor(() => expect(dialog().querySelectorAll('.export-result')).toHaveLength(2));
    expect(dialog().querySelector('.export-note')?.textContent).toBe('No ClaimReview file: no claims with a verdict.');
  });

  it('with only the combined claims.csv chosen, writes just that file and counts the documents', async () => {
    await openForFolder();
    await click(format('csv'));
    await click(combined()!);
    await click(button(dialog(), 'Export 2 documents'));
    await waitFor(() => expect(dialog().querySelector('.export-status')?.textContent).toBe('1 file written for 2 documents.'));
    expect(api.callsOf('export:toFolder')).toEqual([]);
    expect(api.callsOf('export:claimsCsv')).toHaveLength(1);
  });
});
