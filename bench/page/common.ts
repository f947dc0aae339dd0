/**
 * Shared page side of `npm run bench`: loads the generated data, times the open, positions the
 * viewport, brackets actions with User Timing marks (read back from a Chromium trace by the runner)
 * and scrolls the whole document. `ours.ts` and `peer.ts` plug in an `Impl`.
 */

export interface BenchLabel {
  id: string;
  name: string;
  kind: 'entity';
  color: string;
  hotkey: string | null;
  position: number;
}

export interface DocData {
  text: string;
  labels: BenchLabel[];
  /** Canonical offset where each block starts. */
  blockStarts: number[];
}

export interface ActionsData {
  /** Annotations to add one at a time (Copydesk shape) … */
  adds: unknown[];
  /** … and the same in the peer's own format (canonical offsets). */
  addsPeer: unknown[];
  /** Caret offsets (canonical) for typing one character. */
  types: number[];
}

export interface Impl {
  readonly name: 'ours' | 'peer';
  /** One line describing how this side is driven (printed by the runner). */
  readonly method: string;
  /** Untimed, before "data loaded": the parsed annotations in the form this side loads them. */
  prepare?(doc: DocData, annotations: unknown[]): unknown[];
  /** Put the text and the annotations on screen (parsed data; timing runs around this). */
  open(doc: DocData, annotations: unknown[]): void;
  /** True once highlights are painted in the viewport. */
  painted(): boolean;
  /** Add the i-th prepared annotation (with `idSuffix` appended to its id when given). */
  add(i: number, actions: ActionsData, idSuffix: string): void;
  /** Client rectangle of the character at a canonical offset (to scroll there). */
  rectAt(offset: number): { top: number; bottom: number } | null;
  /** Switch to text editing (untimed). */
  enterTypeMode(): void;
  /** Put a collapsed caret at a canonical offset and focus (untimed). */
  placeCaret(offset: number): void;
  /** Untimed check after open: a description of what is wrong (annotations misplaced or missing), or null. */
  verify?(): string | null;
  /** The element whose content the editor renders (to look for an inner scroller). */
  root(): HTMLElement;
}

export const raf = (): Promise<number> => new Promise((r) => requestAnimationFrame(r));
export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** Index of the block containing a canonical offset. */
export function blockOf(blockStarts: number[], offset: number): number {
  let lo = 0;
  let hi = blockStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (blockStarts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

export function blockStartsOf(text: string): number[] {
  const out = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) out.push(i + 1);
  return out;
}

declare global {
  interface Window {
    bench: ReturnType<typeof install>;
  }
}

/** The element that scrolls the document: the page, or the editor's own scroller if it has one. */
function scroller(impl: Impl): HTMLElement {
  const page = document.scrollingElement as HTMLElement;
  if (page.scrollHeight > window.innerHeight * 2) return page;
  let best: HTMLElement = page;
  for (const el of [impl.root(), ...impl.root().querySelectorAll<HTMLElement>('*')]) {
    const oy = getComputedStyle(el).overflowY;
    if ((oy === 'auto' || oy === 'scroll') && el.scrollHeight > el.clientHeight * 2 && el.scrollHeight > best.scrollHeight) best = el;
    if (el.childElementCount > 50) break; // reached the block list; scrollers sit above it
  }
  return best;
}

export function install(impl: Impl) {
  let docRaw: string | null = null;
  let annRaw: string | null = null;
  let actions: ActionsData | null = null;
  let doc: DocData | null = null;

  const bench = {
    name: impl.name,
    method: impl.method,
    /** Fetch the data (untimed). */
    async load(n: number): Promise<void> {
      const get = (p: string) => fetch(p).then((r) => {
        if (!r.ok) throw new Error(`${p}: HTTP ${r.status}`);
        return r.text();
      });
      [docRaw, annRaw] = await Promise.all([get('/data/doc.json'), get(`/data/${impl.name}-${n}.json`)]);
      actions = JSON.parse(await get('/data/actions.json')) as ActionsData;
    },
    /** Parse (= "data loaded"), open, wait until text and highlights are painted. */
    async open(timeoutMs = 180_000): Promise<{ openMs: number; callMs: number; painted: boolean }> {
      const parsedDoc = JSON.parse(docRaw!) as { text: string; labels: BenchLabel[] };
      let annotations = JSON.parse(annRaw!) as unknown[];
      docRaw = annRaw = null;
      doc = { ...parsedDoc, blockStarts: blockStartsOf(parsedDoc.text) }; // bench bookkeeping, untimed
      if (impl.prepare) annotations = impl.prepare(doc, annotations);
      const t0 = performance.now(); // data loaded
      performance.mark('bench:open:start');
      impl.open(doc, annotations);
      const callMs = performance.now() - t0;
      annotations = [];
      let painted = false;
      for (;;) {
        await raf();
        await raf();
        painted = impl.painted();
        if (painted || performance.now() - t0 > timeoutMs) break;
      }
      performance.mark('bench:open:end');
      return { openMs: performance.now() - t0, callMs, painted };
    },
    /** Untimed, after a type action: is `ch` the character just before the DOM caret (did the key press reach the text)? */
    typedOk(ch: string): boolean {
      const sel = document.getSelection();
      const node = sel?.anchorNode;
      if (!node) return false;
      if (node.nodeType === Node.TEXT_NODE) return (node.textContent ?? '').slice(0, sel!.anchorOffset).endsWith(ch);
      const before = node.childNodes[sel!.anchorOffset - 1];
      return (before?.textContent ?? '').endsWith(ch);
    },
    verify(): string | null {
      return impl.verify ? impl.verify() : null;
    },
    counts(): { elements: number; highlights: number; painted: boolean } {
      const cssHighlights = typeof CSS !== 'undefined' && 'highlights' in CSS ? (CSS as unknown as { highlights: Map<string, unknown> }).highlights.size : 0;
      return {
        elements: document.getElementsByTagName('*').length,
        highlights: cssHighlights + document.querySelectorAll('[data-annotation-id], .r6o-annotation').length,
        painted: impl.painted(),
      };
    },
    /** Scroll so that the character at `offset` sits a third down the viewport, then let it settle. */
    async goTo(offset: number, settleMs = 60): Promise<boolean> {
      const sc = scroller(impl);
      for (let i = 0; i < 3; i++) {
        const r = impl.rectAt(offset);
        if (!r) return false;
        const top = sc === document.scrollingElement ? 0 : sc.getBoundingClientRect().top;
        const delta = r.top - top - window.innerHeight / 3;
        if (Math.abs(delta) < 4) break;
        sc.scrollTop += delta;
        await raf();
        await raf();
      }
      await sleep(settleMs);
      await raf();
      await raf();
      return true;
    },
    /** Start of a measured window; runs the action (if any) in the same task. */
    begin(k: number, action: 'noop' | 'add', i = 0, idSuffix = ''): void {
      performance.mark(`bench:s:${k}`);
      if (action === 'add') impl.add(i, actions!, idSuffix);
    },
    /** End of a measured window: `windowMs` after begin (catches debounced work), then two frames. */
    async finish(k: number, windowMs: number): Promise<void> {
      const start = performance.getEntriesByName(`bench:s:${k}`)[0]?.startTime ?? performance.now();
      const left = windowMs - (performance.now() - start);
      if (left > 0) await sleep(left);
      await raf();
      await raf();
      performance.mark(`bench:e:${k}`);
      performance.clearMarks();
    },
    enterTypeMode(): void {
      impl.enterTypeMode();
    },
    async placeCaret(offset: number): Promise<void> {
      impl.placeCaret(offset);
      await raf();
      await raf();
      await sleep(60);
    },
    /** Scroll top to bottom in `steps` equal steps, one per frame; frame intervals from rAF timestamps. */
    async scrollThrough(steps: number, maxMs = 120_000) {
      const sc = scroller(impl);
      sc.scrollTop = 0;
      await sleep(200);
      await raf();
      const step = Math.ceil((sc.scrollHeight - sc.clientHeight) / steps);
      const frames: number[] = [];
      let last = await raf();
      const t0 = last;
      for (;;) {
        if (sc.scrollTop + sc.clientHeight >= sc.scrollHeight - 1 || last - t0 > maxMs) break;
        sc.scrollTop += step;
        const now = await raf();
        frames.push(now - last);
        last = now;
      }
      const sorted = [...frames].sort((a, b) => a - b);
      const budget = 1000 / 60;
      return {
        totalMs: last - t0,
        frames: frames.length,
        avgFrameMs: frames.reduce((s, f) => s + f, 0) / Math.max(1, frames.length),
        p95FrameMs: sorted[Math.floor(sorted.length * 0.95)] ?? 0,
        maxFrameMs: sorted[sorted.length - 1] ?? 0,
        dropped: frames.reduce((s, f) => s + Math.max(0, Math.round(f / budget) - 1), 0),
        scrollHeight: sc.scrollHeight,
        step,
        complete: sc.scrollTop + sc.clientHeight >= sc.scrollHeight - 1,
        stepsPlanned: Math.ceil((sc.scrollHeight - sc.clientHeight) / step),
        scroller: sc === document.scrollingElement ? 'page' : `${sc.tagName.toLowerCase()}.${sc.className}`,
      };
    },
  };
  window.bench = bench;
  return bench;
}
