/**
 * `npm run bench:library [-- --n 10000] [--claims N] [--db PATH] [--renderer DIR] [--no-browser]`: the library at scale.
 *
 * Generates N news-sized documents from Moby Dick (bench/library-data.ts), imports them through the
 * core in batches (`documents:importMany`, one transaction per 200 files), marks N claims (default
 * as many as documents, ten per document, `annotations:create`), times the core's paged list, claims
 * page and searches, then serves the library in web mode and drives headless Chromium (the flags of
 * playwright.config.ts) through what an editor does: first rows, memory and DOM size, typing a
 * search until its true count shows and until its own rows do (five common words searched once each,
 * then "whale" pasted at once and typed key by key, five times each: the core remembers a search
 * until the library changes, so the repeats are answered from memory), scrolling the whole list (frames missed), opening a document,
 * the claims desk's first rows; the browser figures are timed in the page, input event to the frame
 * that shows the result. Prints one `summary:` line on stdout;
 * progress goes to stderr. `--db PATH` keeps the library there and reuses it on the next run.
 * `--renderer DIR` serves that build of the renderer (`vite build --outDir DIR`) instead of building
 * and serving out/renderer: two builds can be measured against each other on the same library.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Page } from '@playwright/test';
import { createCore } from '../src/main/core/service';
import { rememberAnswers } from '../src/main/core/repos/library-memo';
import { dispatch } from '../src/shared/dispatch';
import type { Input, OperationName, Output } from '../src/shared/api';
import { benchDocuments } from './library-data';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BATCH = 200;
const SEARCHES = { common: 'whale', rare: 'ambergris', phrase: '"white whale"' } as const;
/** Common words searched once each in the browser (the core remembers a search until the library changes). */
const FRESH_WORDS = ['ship', 'sea', 'captain', 'boat', 'sail'];

function arg(name: string): string | undefined {
  const at = process.argv.indexOf(`--${name}`);
  if (at !== -1) return process.argv[at + 1];
  return process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
}

const log = (message: string) => process.stderr.write(`${message}\n`);
const ms = (t: number) => Math.round(t);

async function call<K extends OperationName>(core: ReturnType<typeof createCore>, name: K, input: Input<K>): Promise<Output<K>> {
  const result = await dispatch(core.handlers, name, input);
  if (!result.ok) throw new Error(`${name}: ${result.error.message}`);
  return result.value as Output<K>;
}

/** The median of `runs` timings of `fn` (the first run warms the statement cache and is dropped). */
async function timed<T>(fn: () => Promise<T>, runs = 5): Promise<{ ms: number; value: T }> {
  let value = await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    value = await fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { ms: times[Math.floor(times.length / 2)], value };
}

/**
 * Marks `claims` claims through the core (`annotations:create`), ten per document (its first ten
 * sentences) from the oldest document on; a library that has them already is left alone.
 */
async function addClaims(core: ReturnType<typeof createCore>, claims: number): Promise<number> {
  const existing = (await call(core, 'claims:page', { limit: 1 })).libraryTotal;
  if (existing >= claims) return existing;
  let made = existing;
  for (let offset = Math.floor(existing / 10); made < claims; offset += 500) {
    const page = await call(core, 'documents:page', { sort: 'created', direction: 'asc', offset, limit: 500 });
    if (page.rows.length === 0) break;
    for (const { document } of page.rows) {
      const { text } = await call(core, 'documents:get', { id: document.id });
      const ranges: Array<{ start: number; end: number }> = [];
      for (const m of text.matchAll(/[^.!?\n]{20,}[.!?]/g)) {
        if (ranges.length === 10 || made + ranges.length >= claims) break;
        ranges.push({ start: m.index!, end: m.index! + m[0].length });
      }
      if (ranges.length) await call(core, 'annotations:create', { documentId: document.id, annotations: ranges.map((r) => ({ kind: 'claim' as const, ...r })) });
      made += ranges.length;
      if (made >= claims) break;
    }
    log(`claims: ${made.toLocaleString()} / ${claims.toLocaleString()}`);
  }
  return made;
}

async function importLibrary(dbPath: string, n: number, claims: number) {
  // The core's figures are the queries' own work, not answers remembered from the run before.
  rememberAnswers(false);
  // Suggestions are their own work (npm run eval:assist, copydesk suggest): this measures the library.
  const core = createCore({ dbPath, version: 'bench', cpu: 'inline', suggestOnImport: false });
  try {
    const existing = (await call(core, 'documents:page', { limit: 1 })).libraryTotal;
    let rate: number | null = null;
    if (existing < n) {
      const start = performance.now();
      let files: Input<'documents:importMany'>['files'] = [];
      let done = existing;
      const flush = async () => {
        const { results } = await call(core, 'documents:importMany', { files });
        const failed = results.filter((r) => r.status !== 'imported');
        if (failed.length) throw new Error(`import: ${JSON.stringify(failed[0])}`);
        done += files.length;
        files = [];
        if (done % 5000 < BATCH) log(`imported ${done.toLocaleString()} / ${n.toLocaleString()}`);
      };
      let index = 0;
      for (const doc of benchDocuments(n)) {
        if (index++ < existing) continue;
        files.push({ name: doc.name, data: Buffer.from(doc.text, 'utf8').toString('base64') });
        if (files.length === BATCH) await flush();
      }
      if (files.length) await flush();
      rate = (n - existing) / ((performance.now() - start) / 1000);
    }
    const claimCount = await addClaims(core, claims);
    const claimPage = await timed(() => call(core, 'claims:page', { limit: 100 }));
    const list = await timed(() => call(core, 'documents:page', { limit: 100 }));
    const searches = {} as Record<keyof typeof SEARCHES, { ms: number; count: number }>;
    for (const [kind, query] of Object.entries(SEARCHES) as Array<[keyof typeof SEARCHES, string]>) {
      const hit = await timed(() => call(core, 'documents:page', { query, sort: 'relevance', limit: 100 }));
      searches[kind] = { ms: hit.ms, count: hit.value.total };
    }
    return { rate, listMs: list.ms, total: list.value.total, searches, claimCount, claimPageMs: claimPage.ms };
  } finally {
    core.close();
  }
}

function startWeb(dbPath: string, renderer?: string): Promise<{ child: ChildProcess; url: string }> {
  return new Promise((resolvePromise, reject) => {
    // scripts/web.mjs builds out/renderer when stale first; a given build is served as it is.
    const command = renderer
      ? [join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'), 'src/web/main.ts', '--renderer', resolve(renderer)]
      : ['scripts/web.mjs'];
    const child = spawn(process.execPath, [...command, '--db', dbPath, '--port', '0'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const timer = setTimeout(() => reject(new Error(`web mode did not start:\n${output}`)), 300_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /(http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolvePromise({ child, url: match[1] });
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.on('exit', (code) => reject(new Error(`web mode exited with ${code}:\n${output}`)));
  });
}

/** What counts as "on screen" for a timing: an element matching `selector`, with `text` in it or at least `minText` characters. */
interface Shown {
  selector: string;
  text?: string;
  minText?: number;
  /** And no element matches this selector (the rows marked busy: an older request's). */
  absent?: string;
  /** And this holds too. */
  and?: Shown;
}

type TimedWindow = Window & { __timing?: { start: number | null; seen: Array<number | null>; end: Array<number | null> } };

/**
 * Milliseconds from the user's last input (the `startEvent`s that `act` causes, by event timestamp)
 * to the first frame after `shown` holds, measured in the page: a MutationObserver sees the change
 * as React commits it, the next requestAnimationFrame is the frame that paints it. (Playwright's
 * own waits poll at up to 500 ms intervals, which made these figures up to half a second too long.)
 */
async function timeToShown(page: Page, startEvent: 'input' | 'pointerdown', shown: Shown, act: () => Promise<void>): Promise<number> {
  return (await timesToShown(page, startEvent, [shown], act))[0];
}

/** timeToShown for several conditions at once (a search's count, then its rows): one time each. */
async function timesToShown(page: Page, startEvent: 'input' | 'pointerdown', shown: Shown[], act: () => Promise<void>): Promise<number[]> {
  await page.evaluate(
    ({ startEvent, shown }) => {
      const w = window as TimedWindow;
      const timing = { start: null as number | null, seen: shown.map(() => null as number | null), end: shown.map(() => null as number | null) };
      w.__timing = timing;
      // The last such event before the result shows: typing key by key, the clock runs from the last key.
      addEventListener(startEvent, (e) => void (timing.seen[0] === null && (timing.start = e.timeStamp)), { capture: true });
      const holds = (s: Shown): boolean =>
        [...document.querySelectorAll(s.selector)].some((el) => {
          const text = el.textContent ?? '';
          return (s.text === undefined || text.includes(s.text)) && text.length >= (s.minText ?? 0);
        }) &&
        (s.absent === undefined || document.querySelector(s.absent) === null) &&
        (s.and === undefined || holds(s.and));
      const observer = new MutationObserver(() => {
        if (timing.start === null) return;
        shown.forEach((s, i) => {
          if (timing.seen[i] !== null || !holds(s)) return;
          timing.seen[i] = performance.now();
          requestAnimationFrame(() => void (timing.end[i] = performance.now()));
        });
        if (timing.seen.every((t) => t !== null)) observer.disconnect();
      });
      observer.observe(document, { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ['aria-busy'] });
    },
    { startEvent, shown },
  );
  await act();
  await page.waitForFunction(() => (window as TimedWindow).__timing?.end.every((t) => t != null), null, { polling: 'raf', timeout: 120_000 });
  return page.evaluate(() => {
    const t = (window as TimedWindow).__timing!;
    return t.end.map((end) => end! - t.start!);
  });
}

/**
 * Scrolls the library's list from top to bottom in `steps` equal steps, one per frame (as the
 * document bench does), and counts the frames missed on the way from requestAnimationFrame intervals.
 */
async function scrollThroughList(page: Page, steps: number) {
  return page.evaluate(async (steps) => {
    const box = document.querySelector('.library-scroll') as HTMLElement;
    const raf = () => new Promise<number>((r) => requestAnimationFrame(r));
    box.scrollTop = 0;
    await raf();
    await raf();
    const step = Math.ceil((box.scrollHeight - box.clientHeight) / steps);
    const frames: number[] = [];
    let most = 0;
    let last = await raf();
    const t0 = last;
    while (box.scrollTop + box.clientHeight < box.scrollHeight - 1 && frames.length < steps * 2) {
      box.scrollTop += step;
      const now = await raf();
      frames.push(now - last);
      last = now;
      most = Math.max(most, document.getElementsByTagName('*').length);
    }
    const budget = 1000 / 60;
    return {
      frames: frames.length,
      wallMs: last - t0,
      dropped: frames.reduce((n, f) => n + Math.max(0, Math.round(f / budget) - 1), 0),
      longestFrameMs: Math.max(0, ...frames),
      mostNodes: most,
    };
  }, steps);
}

/** When the first element matching `selector` appeared, by performance.now() (an init script watches from the start). */
function watchFirstSeen(selectors: string[]) {
  const seen: Record<string, number> = {};
  (window as unknown as { __firstSeen: Record<string, number> }).__firstSeen = seen;
  const observer = new MutationObserver(() => {
    for (const selector of selectors) if (seen[selector] === undefined && document.querySelector(selector)) seen[selector] = performance.now();
  });
  observer.observe(document, { subtree: true, childList: true });
}

async function firstSeen(page: Page, selector: string): Promise<number> {
  await page.locator(selector).first().waitFor({ timeout: 120_000 });
  return page.evaluate((s) => (window as unknown as { __firstSeen: Record<string, number> }).__firstSeen[s], selector);
}

const LIBRARY_ROW = 'tbody tr.library-row[data-id]';
const CLAIM_ROW = 'tbody tr.claims-row[data-id]';

async function browserFigures(url: string) {
  const browser = await chromium.launch({
    executablePath: existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    // tsx keeps function names with an `__name` helper that the page lacks: functions sent to the page need it.
    await page.addInitScript({ content: 'window.__name = (fn) => fn;' });
    await page.addInitScript(watchFirstSeen, [LIBRARY_ROW, CLAIM_ROW]);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.goto(url);
    const firstRows = await firstSeen(page, LIBRARY_ROW);
    await page.locator('.library-count', { hasText: 'documents' }).waitFor();
    const libraryCount = await page.locator('.library-count').innerText();
    await cdp.send('HeapProfiler.collectGarbage');
    const metrics = (await cdp.send('Performance.getMetrics')).metrics;
    const heapMb = (metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0) / 1024 / 1024;
    const domNodes = await page.evaluate(() => document.getElementsByTagName('*').length);

    // Type a word; stop the clock at the frame that shows the true count of its matches. Each is the
    // median of five tries from the whole library (one try swung 2× with the shared machine's load).
    const search = page.locator('#library-search');
    await search.click();
    // The count may show before the rows (useLibraryPages.ts): both are timed. The rows are the
    // search's own when none is marked busy and they carry snippets.
    const countShown = (word: string): Shown => ({ selector: '.library-count', text: `match “${word}”` });
    const rowsShown = (word: string): Shown => ({ selector: '.library-scroll .doc-snippet', absent: '.library-scroll[aria-busy="true"]', and: countShown(word) });
    const both = (word: string) => [countShown(word), rowsShown(word)];
    const fromWholeLibrary = async () => {
      await search.fill('');
      await page.locator('.library-count', { hasText: libraryCount }).waitFor();
      await page.waitForTimeout(300);
    };
    const pasted: number[][] = [];
    const typed: number[][] = [];
    const fresh: number[][] = [];
    let shownCount = '';
    // Words searched once each, the first time since the web mode started: nothing remembered.
    for (const word of FRESH_WORDS) {
      await fromWholeLibrary();
      fresh.push(await timesToShown(page, 'input', both(word), () => search.fill(word)));
    }
    for (let i = 0; i < 5; i++) {
      await fromWholeLibrary();
      pasted.push(await timesToShown(page, 'input', both(SEARCHES.common), () => search.fill(SEARCHES.common)));
      shownCount = await page.locator('.library-count').innerText();
      // The same word typed key by key, 80 ms apart (a brisk typist), each letter searched as typed:
      // from the last key to its true count, with the one-letter prefix "w" sent first.
      await fromWholeLibrary();
      typed.push(await timesToShown(page, 'input', both(SEARCHES.common), () => search.pressSequentially(SEARCHES.common, { delay: 80 })));
    }
    const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
    /** Median time to the count and to the rows, "count / rows". */
    const medians = (runs: number[][]) => ({ count: median(runs.map((r) => r[0])), rows: median(runs.map((r) => r[1])) });
    const searchMs = medians(pasted);
    const typedMs = medians(typed);
    const freshMs = medians(fresh);
    const list = (runs: number[][]) => runs.map((r) => `${ms(r[0])}/${ms(r[1])}`).join(', ');
    log(`search box → true count / rows, ms: fresh words ${list(fresh)}; "${SEARCHES.common}" pasted ${list(pasted)}; typed ${list(typed)}`);

    // Scroll the whole list top to bottom, one step a frame: frames missed, DOM stays small.
    await search.fill('');
    // The whole library's rows are back when no row carries a search snippet any more.
    await page.waitForFunction(() => document.querySelector('tbody tr.library-row[data-id]') && !document.querySelector('.doc-snippet'));
    await page.locator('.library-count', { hasText: libraryCount }).waitFor();
    const scroll = await scrollThroughList(page, 200);

    // Open a document from the top of the list: click → its text on screen.
    await page.evaluate(() => ((document.querySelector('.library-scroll') as HTMLElement).scrollTop = 0));
    const row = page.locator(`${LIBRARY_ROW} .doc-title`).first();
    await row.waitFor();
    await page.waitForTimeout(1000); // the review chunk is fetched once the window is idle
    const openMs = await timeToShown(page, 'pointerdown', { selector: '.ProseMirror', minText: 100 }, () => row.click());

    // The claims desk: first claim rows and the DOM they take.
    await page.goto(new URL('#/claims', url).toString());
    await page.reload();
    const claimRows = await firstSeen(page, CLAIM_ROW);
    const claimNodes = await page.evaluate(() => document.getElementsByTagName('*').length);
    const claimCount = await page.locator('.claims-count').innerText();
    return { firstRows, heapMb, domNodes, searchMs, typedMs, freshMs, shownCount, scroll, openMs, claimRows, claimNodes, claimCount };
  } finally {
    await browser.close();
  }
}

async function main() {
  const n = Number(arg('n') ?? 100_000);
  if (!Number.isInteger(n) || n < 1) throw new Error('--n must be a whole number of documents, e.g. --n 10000');
  const keep = arg('db');
  const dir = keep ? null : mkdtempSync(join(tmpdir(), 'copydesk-bench-library-'));
  const dbPath = keep ? resolve(keep) : join(dir!, 'library.sqlite');
  try {
    log(`library of ${n.toLocaleString()} documents at ${dbPath}`);
    const claims = Number(arg('claims') ?? n);
    const core = await importLibrary(dbPath, n, claims);
    const parts = [
      `n=${core.total}`,
      `import=${core.rate === null ? 'reused' : `${Math.round(core.rate)} docs/s`}`,
      `list=${core.listMs.toFixed(1)} ms`,
      `claims:page=${core.claimPageMs.toFixed(1)} ms (${core.claimCount} claims)`,
      ...Object.entries(core.searches).map(([kind, s]) => `search ${kind} ${SEARCHES[kind as keyof typeof SEARCHES]}=${s.ms.toFixed(1)} ms (${s.count})`),
    ];
    if (!process.argv.includes('--no-browser')) {
      log('starting web mode (builds the renderer when stale) and Chromium…');
      const web = await startWeb(dbPath, arg('renderer'));
      try {
        const b = await browserFigures(web.url);
        parts.push(
          `first rows=${ms(b.firstRows)} ms`,
          `heap=${b.heapMb.toFixed(1)} MB`,
          `DOM nodes=${b.domNodes} (≤${b.scroll.mostNodes} while scrolling)`,
          `search box→true count / first rows: ${FRESH_WORDS.length} words searched once=${ms(b.freshMs.count)} / ${ms(b.freshMs.rows)} ms (medians)`,
          `“${SEARCHES.common}” pasted=${ms(b.searchMs.count)} / ${ms(b.searchMs.rows)} ms (medians of 5, “${b.shownCount}”)`,
          `typed key by key, last key→true count / rows=${ms(b.typedMs.count)} / ${ms(b.typedMs.rows)} ms (medians of 5)`,
          `scroll whole list=${b.scroll.dropped} dropped frames of ${b.scroll.frames} (${ms(b.scroll.wallMs)} ms, longest frame ${ms(b.scroll.longestFrameMs)} ms)`,
          `open=${ms(b.openMs)} ms`,
          `claims desk first rows=${ms(b.claimRows)} ms (“${b.claimCount}”, ${b.claimNodes} DOM nodes)`,
        );
      } finally {
        web.child.kill('SIGTERM');
      }
    }
    process.stdout.write(`summary: ${parts.join(', ')}\n`);
  } finally {
    if (dir) rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
