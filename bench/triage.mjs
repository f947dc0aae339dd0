// `node bench/triage.mjs [--pending=5000]`: how long the review workspace takes to answer the triage
// keys with thousands of pending suggestions (issue 8: ≤ 16 ms), in the real web mode and Chromium.
// Builds a document of sentences, stores one pending entity suggestion per sentence through the API,
// opens it, and times in the page, from the key event to the next painted frame: ] (next suggestion)
// and Enter (accept, until the tab's count shows it; includes the API round trip) — median and worst.
// ] is also split: the key's handler (finding the next one, the editor's outline and scroll), the
// panel's update (React's commit, in the microtask after it), and the rest up to the painted frame.
import { chromium } from '@playwright/test';
import { startWebMode } from './web-mode.mjs';

/** Times the triage keys; answers the lines to print. */
export async function benchTriage({ pending = 5000 } = {}) {
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
    const run = async (key, wait) => {
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
        if (wait) await page.waitForTimeout(wait);
      }
      const med = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
      const stat = (xs) => `median ${med(xs).toFixed(1)} ms, worst ${Math.max(...xs).toFixed(1)} ms`;
      return (
        `${stat(frames)} (the key's handler ${med(handlers).toFixed(1)} ms, the panel's update ${med(commits).toFixed(1)} ms, ` +
        `then the wait for the display's next frame, and the frame's own work — style, layout, paint — ${med(renders).toFixed(1)} ms)`
      );
    };
    await time(']');
    lines.push(`triage, ${specs.length.toLocaleString('en')} pending suggestions in a ${text.length.toLocaleString('en')}-character document:`);
    // Accept, until the Suggestions tab's count shows it: key handling, the API round trip, the store and the repaint.
    const accept = () =>
      page.evaluate(async () => {
        const before = document.querySelector('.rv-suggestion-count')?.textContent;
        const t0 = performance.now();
        window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }));
        for (let i = 0; i < 2000; i++) {
          await new Promise((r) => setTimeout(r, 1));
          if (document.querySelector('.rv-suggestion-count')?.textContent !== before) break;
        }
        return performance.now() - t0;
      });
    const accepted = [];
    for (let i = 0; i < 15; i++) accepted.push(await accept());
    accepted.sort((a, b) => a - b);
    lines.push(`  ]      (next suggestion, to the next painted frame; target ≤ 16 ms): ${await run(']', 0)}`);
    lines.push(`  Enter  (accept, until the count shows it; API round trip included): median ${accepted[7].toFixed(1)} ms, worst ${accepted[14].toFixed(1)} ms`);
    await browser.close();
  } finally {
    stop();
  }
  return lines;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const pending = Number(process.argv.find((a) => a.startsWith('--pending='))?.split('=')[1] ?? 5000);
  for (const line of await benchTriage({ pending })) console.log(line);
}
