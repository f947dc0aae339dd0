/** The review report as a PDF from the document's Export menu: desktop app only. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { button, cleanup, click, type EditorSpy, editorSpy as spy, mountWorkspace, waitFor } from './harness';
import { FakeCore } from './fakeCore';

let core: FakeCore;
beforeEach(() => {
  core = new FakeCore('Harbin is cold.');
  core.install();
});
afterEach(() => {
  cleanup();
  delete (window as { copydesk?: unknown }).copydesk;
});

/** Installs the two desktop calls the PDF export uses. */
function desktop(chosen: string | null, print: (id: string, dir: string) => Promise<string>) {
  const bridge = { platform: 'electron', chooseFolder: vi.fn(async () => chosen), printReportPdf: vi.fn(print), onMenu: () => () => {} };
  (window as { copydesk?: unknown }).copydesk = bridge;
  return bridge;
}

async function openExportMenu(): Promise<Element> {
  await click(button(document.body, /Export/));
  return document.querySelector('[role="menu"][aria-label="Export formats"]')!;
}

const toasts = () => document.body.textContent ?? '';

describe('review report as PDF', () => {
  it('is not offered in web mode', async () => {
    await mountWorkspace(core, spy as EditorSpy);
    const menu = await openExportMenu();
    expect(menu.textContent).not.toContain('PDF');
  });

  it('asks for a folder, prints there and shows the path written', async () => {
    const bridge = desktop('/home/ed/reports', async (id, dir) => `${dir}/${id}.report.pdf`);
    await mountWorkspace(core, spy as EditorSpy);
    await click(button(await openExportMenu(), /Review report \(PDF\)/));
    await waitFor(() => expect(toasts()).toContain('Saved the review report: /home/ed/reports/doc-1.report.pdf'));
    expect(bridge.printReportPdf).toHaveBeenCalledWith('doc-1', '/home/ed/reports');
  });

  it('does nothing when the folder dialog is cancelled', async () => {
    const bridge = desktop(null, async () => 'never');
    await mountWorkspace(core, spy as EditorSpy);
    await click(button(await openExportMenu(), /Review report \(PDF\)/));
    expect(bridge.chooseFolder).toHaveBeenCalled();
    expect(bridge.printReportPdf).not.toHaveBeenCalled();
  });

  it('shows why the report could not be saved', async () => {
    desktop('/read-only', async () => {
      throw new Error('The folder /read-only cannot be written to.');
    });
    await mountWorkspace(core, spy as EditorSpy);
    await click(button(await openExportMenu(), /Review report \(PDF\)/));
    await waitFor(() => expect(toasts()).toContain('The review report was not saved: The folder /read-only cannot be written to.'));
  });
});
