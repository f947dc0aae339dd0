// Reading a Chromium trace (devtools.timeline categories) back: main-thread work between
// User Timing marks `bench:s:<k>` … `bench:e:<k>`, split the way DevTools does it.

export const TRACE_CATEGORIES = [
  'toplevel',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'blink.user_timing',
  'v8.execute',
  'v8',
];

const SCRIPT = new Set([
  'FunctionCall', 'EvaluateScript', 'TimerFire', 'FireAnimationFrame', 'EventDispatch', 'RunMicrotasks',
  'FireIdleCallback', 'v8.compile', 'v8.compileModule', 'v8.evaluateModule', 'v8.run', 'V8.Execute',
  'v8.callFunction', 'MajorGC', 'MinorGC', 'V8.GCScavenger', 'V8.GCCompactor', 'V8.GCFinalizeMC',
  'V8.GCIncrementalMarking', 'V8.GC_MC_BACKGROUND_MARKING', 'BlinkGC.AtomicPhase', 'GCEvent',
  'ScheduledAction', 'XHRReadyStateChange', 'XHRLoad', 'v8.produceCache', 'TimerInstall', 'TimerRemove',
  'RequestAnimationFrame', 'CancelAnimationFrame', 'ResizeObserverLoop', 'IntersectionObserverController::computeIntersections',
]);
const STYLE = new Set(['UpdateLayoutTree', 'RecalculateStyles', 'ParseAuthorStyleSheet', 'ScheduleStyleRecalculation', 'InvalidateLayout']);
const LAYOUT = new Set(['Layout', 'HitTest']);
const PAINT = new Set(['Paint', 'PrePaint', 'PaintSetup', 'PaintImage', 'UpdateLayer', 'UpdateLayerTree', 'Layerize', 'CompositeLayers', 'Commit', 'Decode Image']);
const TOP = new Set(['RunTask', 'ThreadControllerImpl::RunTask', 'ThreadControllerImpl::DoWork']);

function categoryOf(name) {
  if (SCRIPT.has(name) || name.startsWith('V8.GC') || name.startsWith('v8.')) return 'script';
  if (STYLE.has(name)) return 'style';
  if (LAYOUT.has(name)) return 'layout';
  if (PAINT.has(name)) return 'paint';
  return null;
}

/**
 * For each window k: { total, script, style, layout, paint, other, longestTask } in ms.
 * Window = from the start of the top-level task that ran mark `bench:s:k` to mark `bench:e:k`;
 * every top-level main-thread task starting in it counts in full (self times by category).
 */
export function windowsFromTrace(events, { cpu = true } = {}) {
  // CPU time of the main thread (tdur/tts, when the trace has them) rather than wall time: on a
  // shared machine a descheduled task's wall time says more about the neighbours than about us.
  const useCpu = cpu && events.some((e) => e.ph === 'X' && typeof e.tdur === 'number');
  const marks = new Map();
  let mainTid = null;
  let mainPid = null;
  for (const e of events) {
    if (typeof e.name === 'string' && e.name.startsWith('bench:') && (e.ph === 'R' || e.ph === 'I' || e.ph === 'i' || e.ph === 'n' || e.ph === 'b')) {
      if (!marks.has(e.name)) marks.set(e.name, e.ts);
      mainTid = e.tid;
      mainPid = e.pid;
    }
  }
  if (mainTid === null) return new Map();
  const main = events
    .filter((e) => e.pid === mainPid && e.tid === mainTid && e.ph === 'X' && typeof e.dur === 'number')
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur)
    .map((e) => ({ name: e.name, ts: e.ts, dur: e.dur, cost: useCpu ? (e.tdur ?? 0) : e.dur }));
  // Top-level tasks and their nested events.
  const tasks = [];
  let cur = null;
  for (const e of main) {
    if (cur && e.ts < cur.end) cur.events.push(e);
    else if (TOP.has(e.name)) {
      cur = { ts: e.ts, end: e.ts + e.dur, cost: e.cost, events: [e] };
      tasks.push(cur);
    } else {
      cur = { ts: e.ts, end: e.ts + e.dur, cost: e.cost, events: [e] }; // orphan top-level event
      tasks.push(cur);
    }
  }
  const out = new Map();
  for (const [name, ts] of marks) {
    if (!name.startsWith('bench:s:')) continue;
    const k = name.slice('bench:s:'.length);
    const endTs = marks.get(`bench:e:${k}`);
    if (endTs === undefined) continue;
    const owner = tasks.find((t) => t.ts <= ts && ts <= t.end);
    const from = owner ? owner.ts : ts;
    const sums = { total: 0, script: 0, style: 0, layout: 0, paint: 0, other: 0, longestTask: 0, tasks: 0 };
    for (const t of tasks) {
      if (t.ts < from || t.ts > endTs) continue;
      sums.total += t.cost;
      sums.tasks++;
      sums.longestTask = Math.max(sums.longestTask, t.end - t.ts); // wall
      selfTimes(t.events, sums);
    }
    for (const key of Object.keys(sums)) if (key !== 'tasks') sums[key] /= 1000;
    out.set(Number(k), sums);
  }
  out.cpu = useCpu;
  return out;
}

function selfTimes(evts, sums) {
  // evts sorted by ts (outer first on ties); a stack gives nesting.
  const stack = [];
  const finish = (node) => {
    const self = Math.max(0, node.e.cost - node.child);
    const cat = node.cat ?? 'other';
    sums[cat] += self;
  };
  for (const e of evts) {
    while (stack.length && e.ts >= stack[stack.length - 1].e.ts + stack[stack.length - 1].e.dur) finish(stack.pop());
    const parent = stack[stack.length - 1];
    if (parent) parent.child += e.cost;
    stack.push({ e, child: 0, cat: categoryOf(e.name) ?? parent?.cat ?? null });
  }
  while (stack.length) finish(stack.pop());
}
