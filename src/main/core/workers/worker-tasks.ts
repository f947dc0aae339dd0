/**
 * The worker-backed implementation of CpuTasks: one worker thread, started on the first task and
 * reused for every later one, terminated by `close()`.
 *
 * - Tasks run one at a time, in order: the worker gets the next only when it has answered the last,
 *   so the time a task takes is its own and a stuck one can be told apart from the queue behind it.
 *   The worker is `ref`'d only while tasks are waiting, so an idle worker never keeps a CLI process alive.
 * - Reading a file has a wall-time budget (PARSE_WALL_TIME_MS, counted from when the worker is ready to
 *   take it): when it runs out the worker is terminated, that file is refused with a sentence, and the
 *   tasks behind it go on at once in a fresh worker. Rendering an export has no such budget.
 * - If the worker cannot start (its modules fail to load, or it exits before saying `ready`), this
 *   says so once on the log and runs every task — the waiting ones too — in the fallback (inline).
 * - If a started worker dies (a crash, running out of its heap), only the task it was running fails,
 *   with a sentence; the detail goes to the log, and the next task starts a fresh worker.
 */
import type { Worker } from 'node:worker_threads';
import { ApiError } from '../../../shared/result';
import { PARSE_WALL_TIME_MS } from '../import/budgets';
import { baseName } from '../import/formats';
import type { CpuTasks } from './cpu-tasks';
import { fromWireError, type TaskRequest, type WorkerMessage } from './protocol';

/** How to build worker-backed tasks. */
export interface WorkerTasksOptions {
  /** Starts a worker running task-worker.ts (worker-entry.ts); may throw. */
  start: () => Worker;
  /** Runs tasks when the worker cannot start. */
  fallback: CpuTasks;
  /** Where the "running inline instead" notice and the detail of a lost worker go (default: console.warn). */
  log?: (message: string) => void;
  /** The wall-time budget of reading one file, in milliseconds (default PARSE_WALL_TIME_MS). */
  parseTimeoutMs?: number;
}

interface Task {
  id: number;
  request: TaskRequest;
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
}

/** "20 s", "0.3 s": a budget as a person reads it. */
function seconds(ms: number): string {
  return `${ms >= 10_000 ? Math.round(ms / 1000) : Math.round(ms / 100) / 10} s`;
}

/** The sentence for a task whose worker had to be stopped or was lost. */
function taskFailure(request: TaskRequest, why: 'timeout' | 'memory' | 'crash', timeoutMs: number): ApiError {
  if (request.task === 'exportDocument') {
    return new ApiError('internal', 'The background task worker stopped unexpectedly while exporting. Please try again.');
  }
  if (request.task === 'suggest') {
    const what = `${request.kinds.join(' and ')} suggestions`;
    return new ApiError(
      'bad_file',
      why === 'timeout'
        ? `${what[0].toUpperCase()}${what.slice(1)} took longer than ${seconds(timeoutMs)} for this document; Copydesk stopped making them.`
        : `Copydesk could not make ${what} for this document: the background worker failed on it.`,
    );
  }
  const name = `“${baseName(request.name)}”`;
  switch (why) {
    case 'timeout':
      return new ApiError('bad_file', `${name} took longer than ${seconds(timeoutMs)} to read; Copydesk stopped reading it.`);
    case 'memory':
      return new ApiError('bad_file', `${name} needs more memory to read than Copydesk allows for one file; Copydesk stopped reading it.`);
    case 'crash':
      return new ApiError('bad_file', `Copydesk stopped reading ${name}: the background reader failed on it. Other files are not affected.`);
  }
}

/** CpuTasks run by one reusable worker thread, falling back to `options.fallback` when it cannot start. */
export class WorkerCpuTasks implements CpuTasks {
  readonly #options: WorkerTasksOptions;
  readonly #queue: Task[] = [];
  /** The task the worker is running, and the timer of its budget. */
  #running: Task | null = null;
  #timer: NodeJS.Timeout | null = null;
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

  suggest(...[text, context, kinds]: Parameters<CpuTasks['suggest']>): ReturnType<CpuTasks['suggest']> {
    return this.#run({ task: 'suggest', text, context, kinds }) as ReturnType<CpuTasks['suggest']>;
  }

  close(): void {
    if (this.#closed) return;
    this.#closed = true;
    const closed = new ApiError('internal', 'The library was closed before the task finished.');
    if (this.#running) this.#running.reject(closed);
    this.#running = null;
    this.#clearTimer();
    for (const task of this.#queue.splice(0)) task.reject(closed);
    const worker = this.#worker;
    this.#worker = null;
    if (worker) void worker.terminate();
    this.#options.fallback.close();
  }

  get #timeoutMs(): number {
    return this.#options.parseTimeoutMs ?? PARSE_WALL_TIME_MS;
  }

  /** Queues one task for the worker, or runs it in the fallback. */
  #run(request: TaskRequest): Promise<unknown> {
    if (this.#closed) return Promise.reject(new ApiError('internal', 'The library has been closed.'));
    if (this.#fellBack) return this.#runInFallback(request);
    return new Promise((resolve, reject) => {
      this.#queue.push({ id: this.#nextId++, request, resolve, reject });
      this.#pump();
    });
  }

  /** Gives the worker (starting one if needed) the next task, when it has none. */
  #pump(): void {
    while (!this.#running && this.#queue.length > 0 && !this.#closed) {
      if (this.#fellBack) {
        for (const task of this.#queue.splice(0)) this.#runInFallback(task.request).then(task.resolve, task.reject);
        return;
      }
      let worker: Worker;
      try {
        worker = this.#worker ?? this.#startWorker();
      } catch (error) {
        this.#fallBack(error);
        continue;
      }
      const task = this.#queue.shift()!;
      worker.ref();
      try {
        worker.postMessage({ ...task.request, id: task.id });
      } catch (error) {
        // Something in the request cannot be cloned: that task's own failure, not the worker's.
        task.reject(error instanceof Error ? error : new Error(String(error)));
        continue;
      }
      this.#running = task;
      if (this.#ready) this.#startTimer();
    }
    if (!this.#running) this.#worker?.unref();
  }

  #runInFallback(request: TaskRequest): Promise<unknown> {
    const fallback = this.#options.fallback;
    if (request.task === 'suggest') return fallback.suggest(request.text, request.context, request.kinds);
    return request.task === 'parseImport'
      ? fallback.parseImport(request.name, request.bytes, request.options)
      : fallback.exportDocument(request.bundle, request.format, request.ctx);
  }

  /** Starts the budget of the running task, if it has one (reading a file). */
  #startTimer(): void {
    const task = this.#running;
    if (!task || task.request.task === 'exportDocument' || this.#timer) return;
    this.#timer = setTimeout(() => this.#timedOut(task), this.#timeoutMs);
    this.#timer.unref();
  }

  #clearTimer(): void {
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = null;
  }

  /** The running task used up its budget: stop its worker, refuse it, go on with the next in a new worker. */
  #timedOut(task: Task): void {
    this.#timer = null;
    if (this.#running !== task) return;
    this.#running = null;
    const worker = this.#worker;
    this.#worker = null;
    if (worker) void worker.terminate();
    task.reject(taskFailure(task.request, 'timeout', this.#timeoutMs));
    this.#pump();
  }

  #startWorker(): Worker {
    const worker = this.#options.start();
    this.#worker = worker;
    this.#ready = false;
    worker.on('message', (message: WorkerMessage) => {
      if (worker !== this.#worker) return;
      if (message.type === 'ready') {
        this.#ready = true;
        this.#startTimer();
        return;
      }
      const task = this.#running;
      if (!task || task.id !== message.id) return;
      this.#running = null;
      this.#clearTimer();
      if (message.ok) task.resolve(message.value);
      else task.reject(fromWireError(message.error));
      this.#pump();
    });
    worker.on('error', (error) => this.#lost(worker, error));
    worker.on('exit', (code) => this.#lost(worker, new Error(`it exited with code ${code}`)));
    return worker;
  }

  /** The worker stopped (an uncaught error, or an exit): before `ready` it cannot start; after, it crashed. */
  #lost(worker: Worker, error: Error): void {
    if (worker !== this.#worker || this.#closed) return;
    this.#worker = null;
    void worker.terminate();
    const task = this.#running;
    this.#running = null;
    this.#clearTimer();
    if (!this.#ready) {
      this.#fallBack(error);
      if (task) this.#queue.unshift(task);
      this.#pump();
      return;
    }
    const outOfMemory = (error as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY';
    const doing = task ? (task.request.task === 'parseImport' ? ` reading “${baseName(task.request.name)}”` : task.request.task === 'suggest' ? ' suggesting' : ' exporting') : '';
    (this.#options.log ?? console.warn)(`copydesk: the background task worker stopped${doing} (${error.message}); a new one takes the next task.`);
    if (task) task.reject(taskFailure(task.request, outOfMemory ? 'memory' : 'crash', this.#timeoutMs));
    this.#pump();
  }

  /** Switches to the fallback for good, saying so once. */
  #fallBack(error: unknown): void {
    if (this.#fellBack) return;
    this.#fellBack = true;
    const why = error instanceof Error ? error.message : String(error);
    (this.#options.log ?? console.warn)(`copydesk: the background task worker could not start (${why}); importing and exporting run in the main thread instead.`);
  }
}
