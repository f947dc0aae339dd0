/** What an editor does with the mouse and keyboard, expressed once for the end-to-end tests. */
import type { Page } from '@playwright/test';
import type { CopydeskServer } from './fixtures';

interface Imported {
  status: string;
  document: { id: string; title: string };
}

/** Import a file through the API (the UI import path has its own test) and open it in the app. */
export async function importAndOpen(page: Page, copydesk: CopydeskServer, name: string, content: string): Promise<string> {
  const result = await copydesk.api<Imported>('documents:import', { name, data: Buffer.from(content).toString('base64') });
  if (result.status !== 'imported') throw new Error(`could not import ${name}`);
  await page.goto(`${copydesk.url}#/doc/${result.document.id}`);
  await page.locator('.ProseMirror').waitFor();
  return result.document.id;
}

/**
 * Select `text` in the review text as a mouse drag would (the `occurrence`-th match, 0-based):
 * the DOM selection is set and the editor picks it up from the browser's selectionchange event.
 */
export async function selectText(page: Page, text: string, occurrence = 0): Promise<void> {
  const found = await page.evaluate(
    ({ text, occurrence }) => {
      const root = document.querySelector('.ProseMirror') as HTMLElement;
      root.focus();
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      let seen = 0;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const value = node.nodeValue ?? '';
        let index = value.indexOf(text);
        while (index >= 0) {
          if (seen++ === occurrence) {
            const range = document.createRange();
            range.setStart(node, index);
            range.setEnd(node, index + text.length);
            const selection = window.getSelection()!;
            selection.removeAllRanges();
            selection.addRange(range);
            return true;
          }
          index = value.indexOf(text, index + 1);
        }
      }
      return false;
    },
    { text, occurrence },
  );
  if (!found) throw new Error(`"${text}" is not in the review text`);
  // Let the editor read the selection (selectionchange) and show its toolbar.
  await page.waitForTimeout(150);
}

/** Put the caret inside `text` (a click into the paragraph). */
export async function placeCaret(page: Page, text: string): Promise<void> {
  await page.locator('.ProseMirror p', { hasText: text }).first().click();
  await page.waitForTimeout(100);
}

/** The strings the browser is painting as highlights right now (CSS Custom Highlight API), by highlight name. */
export async function paintedHighlights(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(() => {
    const out: Record<string, string[]> = {};
    const registry = (CSS as unknown as { highlights?: Map<string, Set<AbstractRange>> }).highlights;
    if (!registry) return out;
    // The painter may use StaticRanges (cheaper), which have no toString: read them through a live Range.
    const textOf = (r: AbstractRange) => {
      const live = document.createRange();
      live.setStart(r.startContainer, r.startOffset);
      live.setEnd(r.endContainer, r.endOffset);
      return live.toString();
    };
    registry.forEach((highlight, name) => {
      out[name] = Array.from(highlight).map(textOf);
    });
    return out;
  });
}

/** Every painted highlight string, whatever its name. */
export async function allPainted(page: Page): Promise<string[]> {
  return Object.values(await paintedHighlights(page)).flat();
}

export interface StoredAnnotation {
  id: string;
  kind: string;
  label: string | null;
  start: number;
  end: number;
  quote: string;
  attrs: Record<string, unknown>;
  orphaned: boolean;
}
