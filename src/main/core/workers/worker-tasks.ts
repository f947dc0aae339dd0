/**
 * The worker-backed implementation of CpuTasks: a pool of one worker thread, started on the first
 * task and reused for every later one, terminated by `close()`.
 *
 * - Tasks are posted with an id and answered in any order; the worker is `ref`'d only while tasks
 *   are pending, so an idle worker never keeps a CLI process alive.
 * - If the worker cannot start (its modules fail to load, or it exits before saying `ready`), this
 *   says so once on the log and runs every task — the pending ones too — in the fallback (inline).
 * - If a started worker dies (a crash, running out of memory), its pending tasks fail with an
 *   `internal` ApiError and the next task starts a fresh worker.
 */
import type { Worker } from 'node:worker_threads';
import { ApiError } from '../../../shared/result';
import type { CpuTasks } from './cpu-tasks';
import { fromWireError, type TaskRequest, type WorkerMessage } from './protocol';

/** How to build worker-backed tasks. */
export interface WorkerTasksOptions {
  /** Starts a worker running task-worker.ts (worker-entry.ts); may throw. */
  start: () => Worker;
  /** Runs tasks when the worker cannot start. */
  fallback: CpuTasks;
  /** Where the one "running inline instead" notice goes (default: console.warn). */
  log?: (message: string) => void;
}

interface Pending {
  request: TaskRequest;
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
}

/** CpuTasks run by one reusable worker thread, falling back to `options.fallback` when it cannot start. */
export class WorkerCpuTasks implements CpuTasks {
  readonly #options: WorkerTasksOptions;
  readonly #pending = new Map<number, Pending>();
  #worker: Worker | null = null;
  /** The current worker has posted `ready`. */
  #ready = false;
  /** A worker failed to start: everything runs in the fallback from now on. */
  #fellBack = false;
  #closed = false;
  #nextId = 1;

  constructor(options: WorkerTasksOptions) {
    this.#options = options;
  }

  /** "worker", or "inline" once the worker failed to start. */
  get mode(): CpuTasks['mode'] {
    return this.#fellBack ? 'inline' : 'worker';
  }

  parseImport(...[name, bytes, options]: Parameters<CpuTasks['parseImport']>): ReturnType<CpuTasks['parseImport']> {
    return this.#run({ task: 'parseImport', name, bytes, options }) as ReturnType<CpuTasks['parseImport']>;
  }

  exportDocument(...[bundle, format, ctx]: Parameters<CpuTasks['exportDocument']>): ReturnType<CpuTasks['exportDocument']> {
    return this.#run({ task: 'exportDocument', bundle, format, ctx }) as ReturnType<CpuTasks['exportDocument']>;
  }

  close(): void {
    if (this.#closed) return;
    this.#closed = true;
    this.#rejectAll(new ApiError('internal', 'The library was closed before the task finished.'));
    const worker = this.#worker;
    this.#worker = null;
    if (worker) void worker.terminate();
    this.#options.fallback.close();
  }

  /** Posts one task to the worker (starting it if needed), or runs it in the fallback. */
  #run(request: TaskRequest): Promise<unknown> {
    if (this.#closed) return Promise.reject(new ApiError('internal', 'The library has been closed.'));
    if (this.#fellBack) return this.#runInFallback(request);
    let worker: Worker;
    try {
      worker = this.#worker ?? this.#startWorker();
    } catch (error) {
      this.#fallBack(error);
      return this.#runInFallback(request);
    }
    const id = this.#nextId++;
    return new Promise((resolve, reject) => {
      this.#pending.set(id, { request, resolve, reject });
      worker.ref();
      try {
        worker.postMessage({ ...request, id });
      } catch (error) {
        // Something in the request cannot be cloned: that task's own failure, not the worker's.
        this.#settled(id);
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    });
  }

  #runInFallback(request: TaskRequest): Promise<unknown> {
    const fallback = this.#options.fallback;
    return request.task === 'parseImport'
      ? fallback.parseImport(request.name, request.bytes, request.options)
      : fallback.exportDocument(request.bundle, request.format, request.ctx);
  }

  #startWorker(): Worker {
    const worker = this.#options.start();
    this.#worker = worker;
    this.#ready = false;
    worker.on('message', (message: WorkerMessage) => {
      if (worker !== this.#worker) return;
      if (message.type === 'ready') {
        this.#ready = true;
        return;
      }
      const pending = this.#pending.get(message.id);
      if (!pending) return;
      this.#settled(message.id);
      if (message.ok) pending.resolve(message.value);
      else pending.reject(fromWireError(message.error));
    });
    worker.on('error', (error) => this.#lost(worker, error));
    worker.on('exit', (code) => this.#lost(worker, new Error(`it exited with code ${code}`)));
    return worker;
  }

  /** Forgets a task that has been answered; lets the process exit while the worker idles. */
  #settled(id: number): void {
    this.#pending.delete(id);
    if (this.#pending.size === 0) this.#worker?.unref();
  }

  /** The worker stopped (an uncaught error, or an exit): before `ready` it cannot start; after, it crashed. */
  #lost(worker: Worker, error: Error): void {
    if (worker !== this.#worker || this.#closed) return;
    this.#worker = null;
    void worker.terminate();
    if (!this.#ready) {
      this.#fallBack(error);
      const pending = [...this.#pending.values()];
      this.#pending.clear();
      for (const task of pending) this.#runInFallback(task.request).then(task.resolve, task.reject);
      return;
    }
    this.#rejectAll(new ApiError('internal', `The background task worker stopped unexpectedly (${error.message}). Please try again.`));
  }

  /** Switches to the fallback for good, saying so once. */
  #fallBack(error: unknown): void {
    if (this.#fellBack) return;
    this.#fellBack = true;
    const why = error instanceof Error ? error.message : String(error);
    (this.#options.log ?? console.warn)(`copydesk: the background task worker could not start (${why}); importing and exporting run in the main thread instead.`);
  }

  #rejectAll(error: Error): void {
    const pending = [...this.#pending.values()];
    this.#pending.clear();
    for (const task of pending) task.reject(error);
  }
}
