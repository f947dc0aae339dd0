import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../../src/renderer/App';
import { ExportDialog } from '../../../src/renderer/export/ExportDialog';
import { ApiError } from '../../../src/shared/result';
import { doc, FakeApi } from '../app/fakeApi';
import { button, cleanup, click, press, render, typeInto, waitFor } from '../app/render';

vi.mock('../../../src/renderer/review/ReviewWorkspace', () => ({
  ReviewWorkspace: ({ documentId }: { documentId: string }) => <div data-testid="workspace">{documentId}</div>,
}));

function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

let api: FakeApi;
beforeEach(() => {
  localStorage.clear();
  window.location.hash = '';
  api = new FakeApi().install();
  api.documents = [
    doc({ id: 'd1', title: 'Northeast revitalization' }),
    doc({ id: 'd2', title: 'Parasite wins Palme d’Or' }),
    doc({ id: 'd3', title: 'Surgical masks' }),
  ];
  api.overrides['export:toFolder'] = ({ ids, formats, dir }) => ({
    written: (formats as string[]).map((f) => `${dir}/${ids[0]}.${f}`),
    failed: [],
    notes: [],
  });
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const dialog = () => document.querySelector<HTMLElement>('[role="dialog"]')!;
const format = (name: string) => dialog().querySelector<HTMLInputElement>(`#export-format-${name}`)!;
const folderField = () => dialog().querySelector<HTMLInputElement>('input[aria-label="Destination folder"]')!;
const results = () => Array.from(dialog().querySelectorAll<HTMLElement>('.export-result'));

/** Open the library, check documents by title, and open the export dialog from the toolbar. */
async function openFromLibrary(titles: string[]) {
  const rendered = await render(<App />);
  await waitFor(() => expect(rendered.container.querySelectorAll('tbody tr')).toHaveLength(3));
  for (const title of titles) await click(rendered.container.querySelector(`input[aria-label="Select “${title}”"]`));
  await click(button(rendered.container, titles.length > 0 ? `Export ${titles.length}…` : 'Export all…'));
  await waitFor(() => expect(dialog().querySelector('.export-formats')).not.toBeNull());
  return rendered;
}

/** Choose exactly these formats and "write to a folder" with this path (web mode). */
async function chooseFormatsAndFolder(formats: string[], dir: string) {
  for (const input of Array.from(dialog().querySelectorAll<HTMLInputElement>('.export-formats input'))) {
    const want = formats.includes(input.id.replace('export-format-', ''));
    if (input.checked !== want) await click(input);
  }
  await click(Array.from(dialog().querySelectorAll<HTMLInputElement>('input[type="radio"]'))[1]);
  await typeInto(folderField(), dir);
}

describe('batch export to a folder', () => {
  it('exports the two selected documents one call each with the chosen formats, with progress and results', async () => {
    const gates = [deferred<void>(), deferred<void>()];
    let n = 0;
    api.overrides['export:toFolder'] = async ({ ids, formats, dir }) => {
      await gates[n++].promise;
      return { written: (formats as string[]).map((f) => `${dir}/${ids[0]}.${f}`), failed: [], notes: [] };
    };
    await openFromLibrary(['Northeast revitalization', 'Surgical masks']);
    expect(dialog().querySelector('h2')?.textContent).toBe('Export 2 documents');
    expect(dialog().textContent).toContain('One row per claim with status, verdict and sources, for spreadsheets.');
    await chooseFormatsAndFolder(['w3c', 'csv'], '/tmp/exports');
    await click(button(dialog(), 'Export 2 documents'));

    await waitFor(() => expect(dialog().querySelector('.export-status')?.textContent).toBe('Exporting 1 of 2: Northeast revitalization'));
    expect(dialog().querySelector('[role="progressbar"]')?.getAttribute('aria-valuetext')).toBe('0 of 2 documents');
    await act(async () => gates[0].resolve());
    await waitFor(() => expect(dialog().querySelector('.export-status')?.textContent).toBe('Exporting 2 of 2: Surgical masks'));
    expect(results()).toHaveLength(1);
    expect(results()[0].textContent).toContain('/tmp/exports/d1.w3c');
    await act(async () => gates[1].resolve());
    await waitFor(() => expect(dialog().querySelector('.export-status')?.textContent).toBe('4 files written for 2 documents.'));

    const batchId = api.callsOf('export:toFolder')[0].batchId;
    expect(batchId).toEqual(expect.any(String)); // one batch: same-titled documents are numbered, not replaced
    expect(api.callsOf('export:toFolder')).toEqual([
      { ids: ['d1'], formats: ['w3c', 'csv'], dir: '/tmp/exports', batchId },
      { ids: ['d3'], formats: ['w3c', 'csv'], dir: '/tmp/exports', batchId },
    ]);
    expect(dialog().querySelector('[role="progressbar"]')?.getAttribute('aria-valuenow')).toBe('2');
    expect(results().map((r) => r.querySelector('.export-result-title')?.firstChild?.textContent)).toEqual(['Northeast revitalization', 'Surgical masks']);
    expect(Array.from(results()[1].querySelectorAll('.export-files li')).map((li) => li.textContent)).toEqual([
      '/tmp/exports/d3.w3c',
      '/tmp/exports/d3.csv',
    ]);
  });

  it('shows the error of a failing document and carries on with the rest', async () => {
    api.overrides['export:toFolder'] = ({ ids, formats, dir }) => {
      if (ids[0] === 'd2') throw new ApiError('internal', 'Could not write “parasite-wins-palme-d-or.report.html”: permission denied.');
      return { written: (formats as string[]).map((f) => `${dir}/${ids[0]}.${f}`), failed: [], notes: [] };
    };
    await openFromLibrary([]);
    expect(dialog().querySelector('h2')?.textContent).toBe('Export the library (3 documents)');
    // Only ids and titles are fetched: the full summaries cost seconds on a library of 100,000.
    expect(api.callsOf('documents:list')).toEqual([]);
    expect(api.callsOf('documents:titles')).toEqual([{}]);
    await chooseFormatsAndFolder(['report'], '/srv/out');
    await click(button(dialog(), 'Export 3 documents'));
    await waitFor(() => expect(results()).toHaveLength(3));
    expect(api.callsOf('export:toFolder').map((c) => c.ids)).toEqual([['d1'], ['d2'], ['d3']]);
    const [first, failed, last] = results();
    expect(first.className).toContain('export-ok');
    expect(failed.className).toContain('export-failed');
    expect(failed.textContent).toContain('Parasite wins Palme d’Or');
    expect(failed.querySelector('.export-error')?.textContent).toBe('Could not write “parasite-wins-palme-d-or.report.html”: permission denied.');
    expect(last.className).toContain('export-ok');
    expect(last.textContent).toContain('/srv/out/d3.report');
    expect(dialog().querySelector('.export-status')?.textContent).toBe('2 files written for 2 documents; 1 document failed.');
  });

  it('stops between documents when asked', async () => {
    const gate = deferred<void>();
    api.overrides['export:toFolder'] = async ({ ids, dir }) => {
      if (ids[0] === 'd1') await gate.promise;
      return { written: [`${dir}/${ids[0]}.json`], failed: [], notes: [] };
    };
    await openFromLibrary([]);
    await chooseFormatsAndFolder(['copydesk-json'], '/tmp/x');
    await click(button(dialog(), 'Export 3 documents'));
    await waitFor(() => expect(dialog().querySelector('.export-status')?.textContent).toContain('Exporting 1 of 3'));
    await click(button(dialog(), 'Stop after this document'));
    expect(dialog().querySelector('.export-status')?.textContent).toContain('stopping after this document');
    await act(async () => gate.resolve());
    await waitFor(() => expect(dialog().querySelector('.export-status')?.textContent).toBe('1 file written for 1 document; stopped with 2 documents not exported.'));
    expect(api.callsOf('export:toFolder')).toHaveLength(1);
  });

  it('remembers the formats and folder for next time', async () => {
    const { container } = await openFromLibrary(['Surgical masks']);
    await chooseFormatsAndFolder(['brat', 'conll'], '/home/ed/nlp');
    await click(button(dialog(), 'Export 1 document'));
    await waitFor(() => expect(results()).toHaveLength(1));
    await click(button(dialog(), 'Close'));
    expect(document.querySelector('[role="dialog"]')).toBeNull();

    await click(button(container, 'Export 1…'));
    await waitFor(() => expect(dialog().querySelector('.export-formats')).not.toBeNull());
    const checked = Array.from(dialog().querySelectorAll<HTMLInputElement>('.export-formats input:checked')).map((i) => i.id);
    expect(checked).toEqual(['export-format-brat', 'export-format-conll']);
    expect(folderField().value).toBe('/home/ed/nlp');
    expect(dialog().querySelectorAll<HTMLInputElement>('input[type="radio"]')[1].checked).toBe(true);
  });

  it('will not start without a format or a folder', async () => {
    await openFromLibrary(['Surgical masks']);
    await chooseFormatsAndFolder([], '');
    expect(dialog().textContent).toContain('Choose at least one format.');
    expect(button(dialog(), 'Export 1 document').disabled).toBe(true);
    await click(format('csv'));
    expect(dialog().textContent).toContain('Choose the folder to write to.');
    await typeInto(folderField(), '/tmp');
    expect(button(dialog(), 'Export 1 document').disabled).toBe(false);
  });

  it('opens for the whole library with Ctrl+E', async () => {
    const { container } = await render(<App />);
    await waitFor(() => expect(container.querySelectorAll('tbody tr')).toHaveLength(3));
    await press(document.body, 'e', { ctrlKey: true, metaKey: /Mac/.test(navigator.platform) });
    await waitFor(() => expect(dialog().querySelector('h2')?.textContent).toBe('Export the library (3 documents)'));
  });
});

describe('other destinations', () => {
  it('downloads each format of each document in web mode', async () => {
    api.overrides['export:document'] = ({ id, format }) => [{ name: `${id}.${format}`, mediaType: 'text/plain', content: `${id} as ${format}` }];
    const created: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      created.push(blob as Blob);
      return `blob:${created.length}`;
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    const downloads: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      downloads.push(this.download);
    });
    await render(<ExportDialog documentIds={['d1', 'd2']} onClose={() => {}} platform="web" downloadGapMs={0} />);
    await waitFor(() => expect(dialog().querySelector('.export-formats')).not.toBeNull());
    for (const input of Array.from(dialog().querySelectorAll<HTMLInputElement>('.export-formats input:checked'))) await click(input);
    await click(format('text'));
    await click(format('csv'));
    expect(dialog().querySelectorAll<HTMLInputElement>('input[type="radio"]')[0].checked).toBe(true);
    await click(button(dialog(), 'Export 2 documents'));
    await waitFor(() => expect(dialog().querySelector('.export-status')?.textContent).toBe('4 files downloaded for 2 documents.'));
    expect(api.callsOf('export:document')).toEqual([
      { id: 'd1', format: 'csv' },
      { id: 'd1', format: 'text' },
      { id: 'd2', format: 'csv' },
      { id: 'd2', format: 'text' },
    ]);
    expect(downloads).toEqual(['d1.csv', 'd1.text', 'd2.csv', 'd2.text']);
    expect(await created[0].text()).toBe('d1 as csv');
    expect(api.callsOf('export:toFolder')).toEqual([]);
  });

  it('picks the folder with the desktop folder dialog in Electron', async () => {
    const chooseFolder = vi.fn(async () => '/Users/ed/Exports');
    await render(<ExportDialog documentIds={['d2']} onClose={() => {}} platform="electron" chooseFolder={chooseFolder} />);
    await waitFor(() => expect(dialog().querySelector('h2')?.textContent).toBe('Export “Parasite wins Palme d’Or”'));
    expect(dialog().querySelector('input[type="radio"]')).toBeNull();
    await click(button(dialog(), 'Choose folder…'));
    await waitFor(() => expect(folderField().value).toBe('/Users/ed/Exports'));
    // Only a picked folder is accepted by the desktop app, so the field shows it rather than taking typing.
    expect(folderField().readOnly).toBe(true);
    await click(button(dialog(), 'Export 1 document'));
    await waitFor(() => expect(results()).toHaveLength(1));
    expect(api.callsOf('export:toFolder')).toEqual([{ ids: ['d2'], formats: ['copydesk-json', 'report'], dir: '/Users/ed/Exports', batchId: expect.any(String) }]);
  });
});
