/**
 * How to start the task worker when the core runs from its TypeScript sources (the web mode and the
 * CLI under tsx; tests that ask for the worker under vitest).
 *
 * Node 20 loads a worker's entry before any `--import` hooks in its execArgv apply, so a `.ts` entry
 * cannot be started directly. The worker instead evaluates a two-line bootstrap that registers tsx's
 * ESM hooks in that thread (tsx's documented `register()` API) and then imports task-worker.ts.
 *
 * The Electron build replaces this module with worker-entry.bundled.ts (see electron.vite.config.ts),
 * which starts the chunk electron-vite emitted for task-worker.ts instead.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { TASK_WORKER_MAX_HEAP_MB } from '../import/budgets';

/**
 * tsx's ESM API (`tsx/esm/api`, its `import` condition) as a file URL, or null when tsx is not
 * installed (the worker then cannot start). Read from tsx's own export map: the CommonJS build that
 * `require.resolve` finds cannot be imported from an ES module.
 */
function tsxApiUrl(): string | null {
  try {
    const manifest = createRequire(import.meta.url).resolve('tsx/package.json');
    const { exports } = JSON.parse(readFileSync(manifest, 'utf8')) as { exports?: Record<string, { import?: { default?: string } }> };
    const file = exports?.['./esm/api']?.import?.default;
    return file ? pathToFileURL(join(dirname(manifest), file)).href : null;
  } catch {
    return null;
  }
}

/** True when this runtime can start the worker from source (tsx is installed). */
export function canStartTaskWorker(): boolean {
  return tsxApiUrl() !== null;
}

/**
 * Starts a task worker running task-worker.ts through tsx, its heap capped at `maxHeapMb` (a file that
 * needs more ends the worker, not the app). Throws when tsx is not installed.
 */
export function startTaskWorker(maxHeapMb = TASK_WORKER_MAX_HEAP_MB): Worker {
  const api = tsxApiUrl();
  if (!api) throw new Error('tsx is not installed, so the TypeScript task worker cannot run');
  const entry = new URL('./task-worker.ts', import.meta.url).href;
  const bootstrap = `import(${JSON.stringify(api)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry)}); });`;
  // execArgv [] so the worker does not inherit the parent's loader flags (which do not apply to it anyway).
  return new Worker(bootstrap, { eval: true, execArgv: [], name: 'copydesk-tasks', resourceLimits: { maxOldGenerationSizeMb: maxHeapMb } });
}
