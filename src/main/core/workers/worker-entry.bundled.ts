/// <reference types="electron-vite/node" />
/**
 * How to start the task worker in the Electron build. electron.vite.config.ts substitutes this module
 * for worker-entry.ts; the `?modulePath` import makes electron-vite bundle task-worker.ts as a
 * separate chunk (out/main/chunks/task-worker-*.js) and gives its absolute path at run time. The
 * chunk requires jsdom, mammoth and the rest from node_modules, like the main bundle does.
 */
import { Worker } from 'node:worker_threads';
import { TASK_WORKER_MAX_HEAP_MB } from '../import/budgets';
import taskWorkerPath from './task-worker?modulePath';

/** The bundled worker always ships with the app. */
export function canStartTaskWorker(): boolean {
  return true;
}

/** Starts a task worker running the bundled task-worker chunk, its heap capped at `maxHeapMb`. */
export function startTaskWorker(maxHeapMb = TASK_WORKER_MAX_HEAP_MB): Worker {
  return new Worker(taskWorkerPath, { name: 'copydesk-tasks', resourceLimits: { maxOldGenerationSizeMb: maxHeapMb } });
}
