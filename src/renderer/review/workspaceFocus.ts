/**
 * Keys that act on controls drawn elsewhere in the workspace: move focus into the verdict field of
 * the claim panel, press a button a key stands for ("Mark reviewed"), find where the selected
 * annotation is on screen. They go through the page as a user would (the field's label, the
 * button's `data-command`), so the key does exactly what the control does.
 */
import type { Anchor, ReviewEditor } from '../editor';

/** Focuses the open claim panel's verdict field (found by its label); false when it is not shown. */
export function focusVerdictField(): boolean {
  const panel = document.querySelector('.rv-inspector');
  const label = Array.from(panel?.querySelectorAll('label') ?? []).find((l) => l.textContent?.trim() === 'Verdict');
  const field = label?.htmlFor ? document.getElementById(label.htmlFor) : null;
  if (!(field instanceof HTMLTextAreaElement || field instanceof HTMLInputElement)) return false;
  field.focus();
  field.scrollIntoView?.({ block: 'nearest' });
  return true;
}

/** Clicks the enabled button marked `data-command="<name>"`; false when there is none. */
export function pressCommandButton(name: string): boolean {
  const button = document.querySelector<HTMLButtonElement>(`button[data-command="${name}"]:not([disabled])`);
  button?.click();
  return button !== null;
}

/**
 * Where the selected annotation's outline is on screen (its first line), or null. The outline is
 * drawn beside the text in the editor's mount (its first box is the first line); a selected orphan's
 * marker is in the text.
 */
export function selectedAnchor(editor: ReviewEditor | null): Anchor | null {
  const outline = (editor?.view.dom.parentElement ?? editor?.view.dom)?.querySelector('.cd-selected');
  if (!outline) return null;
  const box = outline.getClientRects()[0] ?? outline.getBoundingClientRect();
  return { left: box.left, top: box.top, bottom: box.bottom };
}
