// `node bench/triage.mjs [--pending=5000] [--trace]`: how long the review workspace takes to answer
// the triage keys with thousands of pending suggestions (issue 8: ≤ 16 ms), in the real web mode and
// Chromium. Builds a document of sentences, stores one pending entity suggestion per sentence through
// the API, opens it, and times in the page, from the key event to the next painted frame:
// ] and [ (next / previous suggestion) — median and worst, split into the key's handler (finding the
// next one, the editor's outline and scroll), the panel's update (React's commit, in the microtask
// after it), and the rest up to the painted frame; Enter (accept) and D (reject), until the tab's
// count shows it (the API round trip included), and to the key's own painted frame (the next
// suggestion is shown there). --trace adds the main thread's CPU time per key from a Chromium trace
// (devtools.timeline), split into script, style, layout and paint (bench/trace.mjs).
import { chromium } from '@playwright/test';
import { startWebMode } from './web-mode.mjs';
import { TRACE_CATEGORIES, windowsFromTrace } from './trace.mjs';

const med = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
const ms = (x) => `${x.toFixed(1)} ms`;

/** Times the triage keys; answers the lines to print. */
export async function benchTriage({ pending = 5000, trace = false } = {}) {
  const lines = [];
  const { url, api, stop } = await startWebMode();
  try {
    await api('suggestions:setSettings', { suggestOnImport: false });
    await api('settings:set', { reviewerName: 'Bench' }); // else the first change asks for a name
    const sentence = (i) => `Harbin exports rose ${i % 90}.${i % 10}% in the quarter, the bureau said.`;
    const paragraphs = [];
    for (let i = 0; i < pending; i += 10) paragraphs.push(Array.from({ length: 10 }, (_, j) => sentence(i + j)).join(' '));
    const text = paragraphs.join('\n');
    const imported = await api('documents:import', { name: 'triage.txt', data: Buffer.from(text).toString('base64') });
    const id = imported.document.id;
    const stored = await api('documents:get', { id });
    const specs = [];
    for (let at = stored.text.indexOf('Harbin'); at >= 0 && specs.length < pending; at = stored.text.indexOf('Harbin', at + 1)) {
      specs.push({ kind: 'entity', label: 'PLACE', start: at, end: at + 6, origin: 'suggested', attrs: { pending: true, reasons: ['gazetteer: city'], score: 0.8 } });
    }
    for (let i = 0; i < specs.length; i += 5000) await api('annotations:create', { documentId: id, annotations: specs.slice(i, i + 5000) });

    const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(`${url}#/doc/${id}`);
    await page.locator('.ProseMirror').waitFor();
    await page.getByRole('tab', { name: /Suggestions/ }).click();
    await page.waitForTimeout(500);
    // One key, timed in the page from dispatch to the frame after its work (React commits, highlight repaint).
    const time = (key) =>
      page.evaluate(
        (k) =>
          new Promise((resolve) => {
            const t0 = performance.now();
            window.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true }));
            const handled = performance.now() - t0;
            let committed = handled;
            queueMicrotask(() => (committed = performance.now() - t0)); // after React's sync render, queued by the key
            // The frame starts (rAF) after waiting for the display's next tick; style, layout and paint follow.
            requestAnimationFrame(() => {
              const started = performance.now() - t0;
              setTimeout(() => resolve([performance.now() - t0, handled, committed, started]), 0);
            });
          }),
        key,
      );
    const run = async (key) => {
      const frames = [];
      const handlers = [];
      const commits = [];
      const renders = [];
      for (let i = 0; i < 60; i++) {
        const [frame, handled, committed, started] = await time(key);
        frames.push(frame);
        handlers.push(handled);
        commits.push(committed - handled);
        renders.push(frame - started);
      }
      return (
        `median ${ms(med(frames))}, worst ${ms(Math.max(...frames))} (the key's handler ${ms(med(handlers))}, the panel's update ${ms(med(commits))}, ` +
        `then the wait for the display's next frame, and the frame's own work — style, layout, paint — ${ms(med(renders))})`
      );
    };
    // Accept or reject, until the Suggestions tab's count shows it: key handling, the API round trip, the store and the repaint.
    const decide = (key) =>
      page.evaluate(async (k) => {
        const before = document.querySelector('.rv-suggestion-count')?.textContent;
        const t0 = performance.now();
        window.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true }));
        // The key's own frame: the next suggestion is shown there, before the library answers.
        const framed = new Promise((resolve) => requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - t0), 0)));
        for (let i = 0; i < 2000; i++) {
          await new Promise((r) => setTimeout(r, 1));
          if (document.querySelector('.rv-suggestion-count')?.textContent !== before) break;
        }
        const counted = performance.now() - t0;
        await new Promise((r) => setTimeout(r, 50)); // let the answer's repaint settle before the next key
        return [counted, await framed];
      }, key);
    const decideAll = async (key) => {
      const counted = [];
      const framed = [];
      for (let i = 0; i < 15; i++) {
        const [count, frame] = await decide(key);
        counted.push(count);
        framed.push(frame);
      }
      return `median ${ms(med(counted))}, worst ${ms(Math.max(...counted))} (the key's painted frame: median ${ms(med(framed))})`;
    };
    await time(']');
    lines.push(`triage, ${specs.length.toLocaleString('en')} pending suggestions in a ${text.length.toLocaleString('en')}-character document:`);
    const enter = await decideAll('Enter');
    const reject = await decideAll('d');
    lines.push(`  ]      (next suggestion, to the next painted frame; target ≤ 16 ms): ${await run(']')}`);
    lines.push(`  [      (previous suggestion): ${await run('[')}`);
    lines.push(`  Enter  (accept, until the count shows it; API round trip included): ${enter}`);
    lines.push(`  D      (reject, likewise): ${reject}`);
    if (trace) lines.push(...(await traced(page)));
    await browser.close();
  } finally {
    stop();
  }
  return lines;
}

/**
 * The main thread's CPU time per key from a Chromium trace: 30 presses each of ], [, Enter and D,
 * each window from the key to the frame after its work (Enter and D: after the answer came back and
 * the next suggestion was selected), split as DevTools does (bench/trace.mjs). Tracing slows Chromium
 * down: compare these figures with each other, not with the timings above.
 */
async function traced(page) {
  const cdp = await page.context().newCDPSession(page);
  const events = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...e.value));
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: TRACE_CATEGORIES, recordMode: 'recordAsMuchAsPossible' } });
  const keys = [']', '[', 'Enter', 'd'];
  let k = 0;
  const windowsOf = new Map(keys.map((key) => [key, []]));
  for (const key of keys) {
    for (let i = 0; i < 30; i++, k++) {
      windowsOf.get(key).push(k);
      await page.evaluate(
        ([key, k]) =>
          new Promise((resolve) => {
            performance.mark(`bench:s:${k}`);
            window.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
            const settle = key === ']' || key === '[' ? 0 : 120; // the answer, then the next suggestion selected
            setTimeout(() => requestAnimationFrame(() => setTimeout(() => (performance.mark(`bench:e:${k}`), resolve()), 0)), settle);
          }),
        [key, k],
      );
      await page.waitForTimeout(20);
    }
  }
  await cdp.send('Tracing.end');
  await complete;
  const windows = windowsFromTrace(events);
  const lines = [`  main-thread ${windows.cpu ? 'CPU' : 'wall'} time per key in a Chromium trace (median of 30; tracing on):`];
  for (const key of keys) {
    const ws = windowsOf.get(key).map((i) => windows.get(i)).filter(Boolean);
    const f = (field) => ms(med(ws.map((w) => w[field])));
    lines.push(`    ${key.padEnd(6)} total ${f('total')}: script ${f('script')}, style ${f('style')}, layout ${f('layout')}, paint ${f('paint')}, other ${f('other')}`);
  }
  return lines;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const pending = Number(process.argv.find((a) => a.startsWith('--pending='))?.split('=')[1] ?? 5000);
  for (const line of await benchTriage({ pending, trace: process.argv.includes('--trace') })) console.log(line);
}
