// `node bench/triage.mjs [--pending=5000]`: how long the review workspace takes to answer the triage
// keys with thousands of pending suggestions (issue 8: ≤ 16 ms), in the real web mode and Chromium.
// Builds a document of sentences, stores one pending entity suggestion per sentence through the API,
// opens it, and times in the page, from the key event to the next painted frame: ] (next suggestion)
// and Enter (accept, until the tab's count shows it; includes the API round trip) — median and worst.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const pending = Number(process.argv.find((a) => a.startsWith('--pending='))?.split('=')[1] ?? 5000);
const dir = mkdtempSync(join(tmpdir(), 'copydesk-triage-'));
const server = spawn(process.execPath, ['scripts/web.mjs', '--db', join(dir, 'library.sqlite'), '--port', '0'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
const url = await new Promise((resolve, reject) => {
  let out = '';
  const onData = (chunk) => {
    out += chunk;
    const m = /(http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+)/.exec(out);
    if (m) resolve(m[1]);
  };
  server.stdout.on('data', onData);
  server.stderr.on('data', onData);
  server.on('exit', (code) => reject(new Error(`web mode exited with ${code}: ${out}`)));
});
const origin = new URL(url).origin;
const token = new URL(url).searchParams.get('token');
async function api(op, input = {}) {
  const r = await fetch(`${origin}/api/${op}`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify(input) });
  const body = await r.json();
  if (!body.ok) throw new Error(`${op}: ${body.error.message}`);
  return body.value;
}

try {
  await api('suggestions:setSettings', { suggestOnImport: false });
  await api('settings:set', { reviewerName: 'Bench' }); // else the first change asks for a name
  const sentence = (i) => `Harbin exports rose ${i % 90}.${i % 10}% in the quarter, the bureau said.`;
  const lines = [];
  for (let i = 0; i < pending; i += 10) lines.push(Array.from({ length: 10 }, (_, j) => sentence(i + j)).join(' '));
  const text = lines.join('\n');
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
          requestAnimationFrame(() => setTimeout(() => resolve([performance.now() - t0, handled]), 0));
        }),
      key,
    );
  const run = async (key, wait) => {
    const frames = [];
    const handlers = [];
    for (let i = 0; i < 30; i++) {
      const [frame, handled] = await time(key);
      frames.push(frame);
      handlers.push(handled);
      if (wait) await page.waitForTimeout(wait);
    }
    const stat = (xs) => (xs.sort((a, b) => a - b), `median ${xs[15].toFixed(1)} ms, worst ${xs[29].toFixed(1)} ms`);
    return `${stat(frames)} (the key's own work: ${stat(handlers)})`;
  };
  await time(']');
  console.log(`${specs.length} pending suggestions, ${text.length} characters`);
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
  console.log(`]      (next suggestion, to the next frame): ${await run(']', 0)}`);
  console.log(`Enter  (accept, until the count shows it; API round trip included): median ${accepted[7].toFixed(1)} ms, worst ${accepted[14].toFixed(1)} ms`);
  await browser.close();
} finally {
  server.kill('SIGTERM');
  rmSync(dir, { recursive: true, force: true });
}
