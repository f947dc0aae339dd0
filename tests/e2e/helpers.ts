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
 * Where the `occurrence`-th `text` (0-based) is in the review text, found in each section's text
 * as the editor shows it (its text nodes in order, leaving out widgets), so a match may cross a
 * decoration's span or a line break. `act` runs in the page on the matching DOM Range: 'select'
 * makes it the DOM selection (as a mouse drag would), 'rect' answers the box of its first character.
 */
async function onText(page: Page, text: string, occurrence: number, act: 'select' | 'rect'): Promise<{ x: number; y: number } | null> {
  return page.evaluate(
    ({ text, occurrence, act }) => {
      const root = document.querySelector('.ProseMirror') as HTMLElement;
      let seen = 0;
      for (const section of Array.from(root.children) as HTMLElement[]) {
        const nodes: Text[] = [];
        const walker = document.createTreeWalker(section, NodeFilter.SHOW_TEXT, {
          acceptNode: (node) =>
            node.parentElement?.closest('[contenteditable="false"]') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT,
        });
        for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
        const value = nodes.map((n) => n.data).join('');
        // The text node and offset of a section-relative offset (the end of a node at its end).
        const at = (offset: number, end: boolean): [Text, number] => {
          for (const node of nodes) {
            if (offset < node.length || (end && offset === node.length)) return [node, offset];
            offset -= node.length;
          }
          const last = nodes[nodes.length - 1];
          return [last, last.length];
        };
        for (let index = value.indexOf(text); index >= 0; index = value.indexOf(text, index + 1)) {
          if (seen++ !== occurrence) continue;
          const range = document.createRange();
          range.setStart(...at(index, false));
          if (act === 'select') {
            range.setEnd(...at(index + text.length, true));
            root.focus();
            const selection = window.getSelection()!;
            selection.removeAllRanges();
            selection.addRange(range);
            return { x: 0, y: 0 };
          }
          range.setEnd(...at(index + 1, true));
          // Scroll the character to the middle of the window if it is not in view (the text's scroll
          // container is the nearest ancestor that scrolls).
          let r = range.getClientRects()[0];
          if (r && (r.top < 0 || r.bottom > window.innerHeight)) {
            let scroller: HTMLElement | null = root;
            while (scroller && !/auto|scroll/.test(getComputedStyle(scroller).overflowY)) scroller = scroller.parentElement;
            (scroller ?? document.scrollingElement ?? document.documentElement).scrollTop += r.top - window.innerHeight / 2;
            r = range.getClientRects()[0];
          }
          return r ? { x: r.left + r.width / 4, y: r.top + r.height / 2 } : null;
        }
      }
      return null;
    },
    { text, occurrence, act },
  );
}

/**
 * Select `text` in the review text as a mouse drag would (the `occurrence`-th match, 0-based):
 * the DOM selection is set and the editor picks it up from the browser's selectionchange event.
 */
export async function selectText(page: Page, text: string, occurrence = 0): Promise<void> {
  // The editor reads the selection (selectionchange) and shows a toolbar naming these words. A
  // fixed wait was not always enough on a loaded machine, and a selection set while the text was
  // being redrawn (a claim just marked gets its highlight) can be lost with the nodes it was in; a
  // digit then set the selected claim's status instead of tagging. So wait for the toolbar that
  // names these words, and select again if the browser no longer holds them. Where the mode shows
  // no toolbar (while correcting the text), the words still selected are enough.
  const flat = text.replace(/\s+/g, ' ').trim();
  const toolbar = page.getByLabel(new RegExp(`^Annotate “${flat.slice(0, 30).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
  for (let attempt = 0; attempt < 3; attempt++) {
    if (!(await onText(page, text, occurrence, 'select'))) throw new Error(`"${text}" is not in the review text`);
    await page.waitForTimeout(50);
    if (await toolbar.waitFor({ state: 'visible', timeout: 1500 }).then(() => true, () => false)) return;
    const kept = await page.evaluate((words) => (window.getSelection()?.toString() ?? '').replace(/\s+/g, ' ').includes(words), flat);
    if (kept) return;
  }
}

/** Put the caret just before `text` (the first match): a click on the left of its first character. */
export async function placeCaret(page: Page, text: string): Promise<void> {
  const point = await onText(page, text, 0, 'rect');
  if (!point) throw new Error(`"${text}" is not shown in the review text`);
  await page.mouse.click(point.x, point.y);
  await page.waitForTimeout(100);
}

/**
 * The review text as the browser shows it, line by line: the editor's rendered text (`innerText`,
 * which leaves out what is hidden and keeps the line breaks that are shown) split at line breaks.
 * Lines wrapped by the window's width are not split.
 */
export async function shownLines(page: Page): Promise<string[]> {
  const text = await page.locator('.ProseMirror').innerText();
  return text.replace(/\n$/, '').split('\n');
}

/**
 * Where each line (block) of the review text starts on screen: the box of its first character,
 * for every non-empty block shown, in document order.
 */
export async function lineStarts(page: Page): Promise<Array<{ text: string; left: number; top: number; sectionLeft: number }>> {
  return page.evaluate(() => {
    const root = document.querySelector('.ProseMirror') as HTMLElement;
    const out: Array<{ text: string; left: number; top: number; sectionLeft: number }> = [];
    for (const section of Array.from(root.children) as HTMLElement[]) {
      const walker = document.createTreeWalker(section, NodeFilter.SHOW_TEXT, {
        acceptNode: (node) =>
          node.parentElement?.closest('[contenteditable="false"]') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT,
      });
      let lineStart = true;
      for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
        for (let i = 0; i < node.length; i++) {
          const ch = node.data[i];
          if (ch === '\n') {
            lineStart = true;
            continue;
          }
          if (!lineStart) continue;
          lineStart = false;
          const range = document.createRange();
          range.setStart(node, i);
          range.setEnd(node, i + 1);
          const r = range.getClientRects()[0];
          if (!r) continue; // hidden
          const text = node.data.slice(i).split('\n')[0];
          out.push({ text, left: r.left, top: r.top, sectionLeft: section.getBoundingClientRect().left });
        }
      }
    }
    return out;
  });
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
  origin?: string;
}
