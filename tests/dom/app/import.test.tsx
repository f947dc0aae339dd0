import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act } from 'react';
import { App } from '../../../src/renderer/App';
import { bytesToBase64 } from '../../../src/renderer/import/base64';
import { IMPORT_ACCEPT, planImport } from '../../../src/renderer/import/plan';
import { ApiError } from '../../../src/shared/result';
import { doc, FakeApi } from './fakeApi';
import { button, cleanup, click, render, settle, waitFor } from './render';

vi.mock('../../../src/renderer/review/ReviewWorkspace', () => ({
  ReviewWorkspace: ({ documentId }: { documentId: string }) => <div data-testid="workspace">{documentId}</div>,
}));

let api: FakeApi;
beforeEach(() => {
  window.location.hash = '';
  api = new FakeApi().install();
});
afterEach(cleanup);

function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

/** Choose files in the (hidden) import picker, as the native dialog would. */
async function pick(container: HTMLElement, files: File[]) {
  const input = container.querySelector<HTMLInputElement>('input[type="file"]')!;
  Object.defineProperty(input, 'files', { configurable: true, value: files });
  await act(async () => {
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

const decode = (b64: string) => new TextDecoder().decode(Uint8Array.from(atob(b64), (c) => c.charCodeAt(0)));

describe('importing files', () => {
  it('imports one file at a time with progress, pairs brat .txt + .ann, and lists how each file went', async () => {
    const gates = [deferred<void>(), deferred<void>(), deferred<void>()];
    let n = 0;
    api.overrides['documents:import'] = async ({ name }) => {
      await gates[n++].promise;
      if (name === 'broken.docx') throw new ApiError('bad_file', 'broken.docx is not a Word document Copydesk can read.');
      const d = doc({ id: `new-${n}`, title: name.replace(/\.\w+$/, ''), source: name });
      api.documents.push(d);
      return { status: 'imported', document: d, warnings: name.endsWith('.html') ? ['2 related-article teasers were left out and offered as teaser candidates.'] : [] };
    };
    const { container } = await render(<App />);
    await waitFor(() => expect(container.textContent).toContain('Your library is empty'));

    await pick(container, [
      new File(['Harbin — GDP of 2.7 trillion yuan 🙂'], 'story.txt', { type: 'text/plain' }),
      new File(['<html><body><p>Masks</p></body></html>'], 'page.html', { type: 'text/html' }),
      new File(['T1\tORG 0 6\tHarbin\n'], 'story.ann'),
      new File([new Uint8Array([1, 2, 3])], 'broken.docx'),
    ]);

    const panel = () => container.querySelector('.import-panel')!;
    await waitFor(() => expect(panel().textContent).toContain('Importing 1 of 3: story.txt'));
    expect(panel().querySelector('[aria-live]')).not.toBeNull();
    expect(panel().querySelector('[role="progressbar"]')?.getAttribute('aria-valuenow')).toBe('0');

    await act(async () => gates[0].resolve());
    await waitFor(() => expect(panel().textContent).toContain('Importing 2 of 3: page.html'));
    expect(panel().querySelector('[role="progressbar"]')?.getAttribute('aria-valuenow')).toBe('1');
    // The library refreshes as files land.
    await waitFor(() => expect(container.querySelector('.library-table')?.textContent).toContain('story'));

    await act(async () => gates[1].resolve());
    await waitFor(() => expect(panel().textContent).toContain('Importing 3 of 3: broken.docx'));
    await act(async () => gates[2].resolve());
    await waitFor(() => expect(panel().textContent).toContain('Import finished: 2 imported, 1 not imported.'));

    const sent = api.callsOf('documents:import');
    expect(sent.map((c) => c.name)).toEqual(['story.txt', 'page.html', 'broken.docx']);
    expect(decode(sent[0].data)).toBe('Harbin — GDP of 2.7 trillion yuan 🙂');
    expect(sent[0].companions).toHaveLength(1);
    expect(sent[0].companions[0].name).toBe('story.ann');
    expect(decode(sent[0].companions[0].data)).toBe('T1\tORG 0 6\tHarbin\n');
    expect(sent[1].companions).toEqual([]);

    const results = Array.from(panel().querySelectorAll('.import-result'));
    expect(results).toHaveLength(3);
    expect(results[0].textContent).toContain('story.txt + story.ann');
    expect(results[0].className).toContain('import-imported');
    expect(results[1].textContent).toContain('teaser candidates');
    expect(results[2].className).toContain('import-failed');
    expect(results[2].textContent).toContain('broken.docx is not a Word document Copydesk can read.');
    await waitFor(() => expect(container.querySelectorAll('.library-table tbody tr')).toHaveLength(2));
  });

  it('offers to open the document after a single-file import', async () => {
    const { container } = await render(<App />);
    await waitFor(() => expect(container.textContent).toContain('Your library is empty'));
    await pick(container, [new File(['Some wire copy'], 'wire.txt')]);
    await waitFor(() => button(container, 'Open “wire”'));
    await act(async () => button(container, 'Open “wire”').click());
    await settle(20);
    await waitFor(() => expect(container.querySelector('[data-testid="workspace"]')?.textContent).toBe('imported-1'));
    expect(window.location.hash).toBe('#/doc/imported-1');
  });

  it('shows why the core skipped a file', async () => {
    api.overrides['documents:import'] = () => ({ status: 'skipped', reason: 'The file is empty.' });
    const { container } = await render(<App />);
    await pick(container, [new File([''], 'empty.txt')]);
    await waitFor(() => expect(container.querySelector('.import-result')?.textContent).toContain('The file is empty.'));
    expect(container.querySelector('.import-result')?.className).toContain('import-skipped');
  });
});

describe('a file whose text is already in the library', () => {
  const SAME = 'Harbin — GDP of 2.7 trillion yuan';

  /** The core's answer: a file holding SAME is a duplicate of doc-1 unless allowed; anything else is imported. */
  function coreWithDuplicates(gate?: Promise<void>) {
    api.documents.push(doc({ id: 'doc-1', title: 'Harbin GDP' }));
    api.overrides['documents:import'] = async ({ name, data, allowDuplicate }) => {
      if (decode(data) === SAME && !allowDuplicate) {
        return { status: 'skipped', reason: 'Already in the library as “Harbin GDP” (the same text).', duplicateOf: 'doc-1' };
      }
      if (allowDuplicate) await gate;
      const d = doc({ id: `new-${api.documents.length + 1}`, title: name.replace(/\.\w+$/, '') });
      api.documents.push(d);
      return { status: 'imported', document: d, warnings: [] };
    };
  }

  const panel = (container: HTMLElement) => container.querySelector<HTMLElement>('.import-panel')!;
  const rows = (container: HTMLElement) => Array.from(panel(container).querySelectorAll<HTMLElement>('.import-result'));

  it('shows the reason with "Open" and "Import anyway", keyboard-reachable buttons', async () => {
    coreWithDuplicates();
    const { container } = await render(<App />);
    await waitFor(() => expect(container.querySelectorAll('.library-table tbody tr')).toHaveLength(1));
    await pick(container, [new File([SAME], 'again.txt'), new File(['Another story'], 'other.txt')]);
    await waitFor(() => expect(panel(container).textContent).toContain('Import finished: 1 imported, 1 not imported.'));
    expect(api.callsOf('documents:import').map((c) => c.allowDuplicate)).toEqual([false, false]);

    const [duplicate, other] = rows(container);
    expect(duplicate.className).toContain('import-skipped');
    expect(duplicate.className).toContain('import-duplicate');
    expect(duplicate.querySelector('.import-reason')?.textContent).toBe('Already in the library as “Harbin GDP” (the same text).');
    const actions = Array.from(duplicate.querySelectorAll('button'));
    expect(actions.map((b) => b.textContent)).toEqual(['Open', 'Import anyway']);
    for (const action of actions) {
      expect(action.type).toBe('button');
      expect(action.disabled).toBe(false);
      expect(action.tabIndex).toBe(0);
      action.focus();
      expect(document.activeElement).toBe(action);
      // Which file and which document each button is about, for a screen reader in a list of many.
      const described = document.getElementById(action.getAttribute('aria-describedby')!);
      expect(described?.textContent).toBe(action.textContent === 'Open' ? duplicate.querySelector('.import-reason')!.textContent : 'again.txt');
    }
    expect(other.querySelector('.import-actions')).toBeNull();
  });

  it('"Open" opens the document that has the text and keeps the results', async () => {
    coreWithDuplicates();
    const { container } = await render(<App />);
    await pick(container, [new File([SAME], 'again.txt'), new File(['Another story'], 'other.txt')]);
    await waitFor(() => expect(panel(container).textContent).toContain('Import finished'));
    await click(button(rows(container)[0], 'Open'));
    await waitFor(() => expect(container.querySelector('[data-testid="workspace"]')?.textContent).toBe('doc-1'));
    expect(window.location.hash).toBe('#/doc/doc-1');
    expect(rows(container)).toHaveLength(2);
    expect(button(rows(container)[0], 'Import anyway')).toBeTruthy();
  });

  it('"Import anyway" sends the same file again with allowDuplicate and updates its row in place', async () => {
    const gate = deferred<void>();
    coreWithDuplicates(gate.promise);
    const { container } = await render(<App />);
    await pick(container, [new File([SAME], 'again.txt'), new File(['Another story'], 'other.txt')]);
    await waitFor(() => expect(panel(container).textContent).toContain('Import finished: 1 imported, 1 not imported.'));

    const anyway = button(rows(container)[0], 'Import anyway');
    anyway.focus();
    await click(anyway);
    await waitFor(() => expect(panel(container).textContent).toContain('Importing anyway: again.txt'));
    const pending = button(rows(container)[0], 'Importing…');
    expect(pending.getAttribute('aria-disabled')).toBe('true');
    expect(document.activeElement).toBe(pending);
    await click(pending); // a second press while it runs sends nothing more
    const sent = api.callsOf('documents:import');
    expect(sent).toHaveLength(3);
    expect(sent[2]).toMatchObject({ name: 'again.txt', allowDuplicate: true, companions: [] });
    expect(decode(sent[2].data)).toBe(SAME);

    await act(async () => gate.resolve());
    await waitFor(() => expect(panel(container).textContent).toContain('Import finished: 2 imported.'));
    const updated = rows(container);
    expect(updated).toHaveLength(2);
    expect(updated[0].className).toContain('import-imported');
    expect(updated[0].className).not.toContain('import-duplicate');
    expect(updated[0].querySelector('.import-reason')).toBeNull();
    expect(updated[0].querySelector('.import-actions')).toBeNull();
    // The row's own "Open" takes the focus its button had, and opens the new copy.
    const open = button(updated[0], 'Open');
    expect(document.activeElement).toBe(open);
    expect(api.callsOf('documents:import')).toHaveLength(3);
    await waitFor(() => expect(container.querySelectorAll('.library-table tbody tr')).toHaveLength(3));
    await click(open);
    await waitFor(() => expect(window.location.hash).toBe('#/doc/new-3'));
  });

  it('after a single duplicate is imported anyway, its "Open" is offered', async () => {
    coreWithDuplicates();
    const { container } = await render(<App />);
    await pick(container, [new File([SAME], 'again.txt')]);
    await waitFor(() => button(rows(container)[0], 'Import anyway'));
    expect(panel(container).querySelector('.import-single')).toBeNull();
    const anyway = button(rows(container)[0], 'Import anyway');
    anyway.focus();
    await click(anyway);
    await waitFor(() => button(container, 'Open “again”'));
    expect(document.activeElement).toBe(button(container, 'Open “again”'));
    expect(panel(container).textContent).toContain('Import finished: 1 imported.');
  });
});

describe('planning an import', () => {
  const f = (name: string) => new File(['x'], name);

  it('sends a .ann with the .txt of the same name, whatever the order', () => {
    const jobs = planImport([f('a.ann'), f('b.md'), f('a.txt')]);
    expect(jobs.map((j) => (j.kind === 'send' ? [j.file.name, j.companions.map((c) => c.name)] : j.name))).toEqual([
      ['b.md', []],
      ['a.txt', ['a.ann']],
    ]);
  });

  it('pairs like the CLI and the core: any case, .markdown accepted, only *.copydesk.json', () => {
    const jobs = planImport([f('Harbin.TXT'), f('harbin.ann'), f('notes.markdown'), f('data.json'), f('backup.copydesk.json')]);
    expect(jobs.map((j) => (j.kind === 'send' ? [j.file.name, j.companions.map((c) => c.name)] : ['skip', j.name]))).toEqual([
      ['Harbin.TXT', ['harbin.ann']],
      ['notes.markdown', []],
      ['skip', 'data.json'],
      ['backup.copydesk.json', []],
    ]);
    const skipped = jobs.find((j) => j.kind === 'skip');
    expect(skipped?.kind === 'skip' && skipped.reason).toContain('*.copydesk.json');
    expect(IMPORT_ACCEPT.split(',')).toEqual(expect.arrayContaining(['.txt', '.md', '.markdown', '.html', '.htm', '.docx', '.json', '.ann']));
  });

  it('explains an .ann without its text and an unsupported type instead of dropping them', () => {
    const jobs = planImport([f('lonely.ann'), f('scan.pdf')]);
    expect(jobs).toHaveLength(2);
    expect(jobs[0]).toMatchObject({ kind: 'skip', name: 'lonely.ann' });
    expect(jobs[0].kind === 'skip' && jobs[0].reason).toContain('lonely.txt');
    expect(jobs[1]).toMatchObject({ kind: 'skip', name: 'scan.pdf' });
  });
});

/** A plain reference encoder, three bytes at a time. */
function referenceBase64(bytes: Uint8Array): string {
  const abc = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i] << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    out += abc[(n >> 18) & 63] + abc[(n >> 12) & 63];
    out += i + 1 < bytes.length ? abc[(n >> 6) & 63] : '=';
    out += i + 2 < bytes.length ? abc[n & 63] : '=';
  }
  return out;
}

describe('base64 encoding', () => {
  it('matches the standard encoding for large binary input of every length mod 3', () => {
    for (const size of [0, 1, 2, 3, 49151, 49152, 49153, 300001]) {
      const bytes = new Uint8Array(size);
      for (let i = 0; i < size; i++) bytes[i] = (i * 7919 + (i >> 3)) & 0xff;
      expect(bytesToBase64(bytes)).toBe(referenceBase64(bytes));
    }
  });
});
