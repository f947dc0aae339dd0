/**
 * Cleaned text: the canonical text with every teaser span removed.
 *
 * Every teaser in the bundle is removed. Suggested teasers not yet accepted never reach it
 * (exportDocument leaves pending suggestions out of every format, and says how many stayed in the
 * text). Orphaned teasers have no position and are ignored.
 * Blocks left empty (or only whitespace) disappear; inside a block the whitespace either side of a
 * removed span is collapsed to one, and a block's ends are trimmed where something was cut away.
 * The remaining blocks are joined by "\n", like the canonical text.
 */
import type { DocumentBundle, ExportFile } from '../../../shared/types';
import type { ExportContext } from './context';
import { exportFileBaseName } from './filename';
import { placeAnnotations } from './model';

/** The canonical text without its teaser spans (see the module note for the rules). */
export function cleanText(bundle: DocumentBundle): string {
  const text = bundle.document.text;
  const removed = mergeRanges(
    placeAnnotations(bundle)
      .placed.filter((a) => a.kind === 'teaser' && a.end > a.start)
      .map((a) => [a.start, a.end] as const),
  );
  const blocks: Array<string | null> = [];
  let blockStart = 0;
  let cursor = 0; // index into `removed`
  while (blockStart <= text.length) {
    const newline = text.indexOf('\n', blockStart);
    const blockEnd = newline === -1 ? text.length : newline;
    while (cursor < removed.length && removed[cursor][1] <= blockStart) cursor++;
    blocks.push(cleanBlock(text, blockStart, blockEnd, removed, cursor));
    blockStart = blockEnd + 1;
  }
  return blocks.filter((block): block is string => block !== null && block.trim() !== '').join('\n');
}

/** One block with the removed ranges cut out; null when nothing of it is left. */
function cleanBlock(text: string, start: number, end: number, removed: ReadonlyArray<readonly [number, number]>, from: number): string | null {
  const pieces: string[] = [];
  let touched = false;
  let at = start;
  for (let i = from; i < removed.length && removed[i][0] < end; i++) {
    const [cutStart, cutEnd] = removed[i];
    if (cutEnd <= start) continue;
    touched = true;
    if (cutStart > at) pieces.push(text.slice(at, cutStart));
    at = Math.max(at, cutEnd);
  }
  if (at < end) pieces.push(text.slice(at, end));
  if (!touched) return text.slice(start, end);
  let block = '';
  for (const piece of pieces) block += /\s$/u.test(block) ? piece.replace(/^\s+/u, '') : piece;
  block = block.trim();
  return block === '' ? null : block;
}

/** Sorted, non-overlapping union of the ranges. */
function mergeRanges(ranges: ReadonlyArray<readonly [number, number]>): Array<[number, number]> {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: Array<[number, number]> = [];
  for (const [start, end] of sorted) {
    const last = merged[merged.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}

/** `<base>.clean.txt`: the cleaned text, UTF-8. */
export function exportText(bundle: DocumentBundle, _ctx: ExportContext): ExportFile[] {
  return [{ name: `${exportFileBaseName(bundle.document.title)}.clean.txt`, mediaType: 'text/plain; charset=utf-8', content: cleanText(bundle) }];
}
