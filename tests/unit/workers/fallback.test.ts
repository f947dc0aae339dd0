/**
 * What WorkerCpuTasks does when its worker misbehaves: a worker that cannot start means inline from
 * then on (said once), a worker that dies after starting fails its pending tasks and is replaced.
 */
import { afterEach, describe, expect, test, vi } from 'vitest';
import { Worker } from 'node:worker_threads';
import { inlineCpuTasks, WorkerCpuTasks, type CpuTasks } from '../../../src/main/core/workers/index';
import { LIMIT, utf8 } from '../import/helpers';

const open: CpuTasks[] = [];
afterEach(() => {
  while (open.length) open.pop()!.close();
});

/** A worker running `code` (CommonJS, with `require`). */
function evalWorker(code: string): Worker {
  return new Worker(code, { eval: true });
}

function tasksWith(start: () => Worker, log = vi.fn()) {
  const tasks = new WorkerCpuTasks({ start, fallback: inlineCpuTasks(), log });
  open.push(tasks);
  return { tasks, log };
}

describe('WorkerCpuTasks fallback', () => {
  test('a worker whose modules fail to load: the tasks run inline, said once', async () => {
    const start = vi.fn(() => evalWorker(`throw new Error('cannot find module "jsdom"')`));
    const { tasks, log } = tasksWith(start);
    const [a, b] = await Promise.all([tasks.parseImport('a.txt', utf8('A\nbody'), LIMIT), tasks.parseImport('b.txt', utf8('B\nbody'), LIMIT)]);
    expect([a.title, b.title]).toEqual(['A', 'B']);
    expect((await tasks.parseImport('c.txt', utf8('C\nbody'), LIMIT)).title).toBe('C');
    expect(tasks.mode).toBe('inline');
    expect(start).toHaveBeenCalledTimes(1);
    expect(log).toHaveBeenCalledTimes(1);
    expect(log.mock.calls[0][0]).toMatch(/could not start \(cannot find module "jsdom"\).*main thread/);
  });

  test('a worker that cannot even be constructed: inline as well', async () => {
    const { tasks, log } = tasksWith(() => {
      throw new Error('no entry');
    });
    expect((await tasks.parseImport('a.txt', utf8('A\nbody'), LIMIT)).title).toBe('A');
    expect(log).toHaveBeenCalledTimes(1);
  });

  test('a worker that dies after starting fails its pending task; the next task gets a new worker', async () => {
    // Says ready, then exits on its first task; a second worker answers properly.
    const dying = `const { parentPort } = require('node:worker_threads');
      parentPort.postMessage({ type: 'ready' });
      parentPort.on('message', () => process.exit(3));`;
    const answering = `const { parentPort } = require('node:worker_threads');
      parentPort.postMessage({ type: 'ready' });
      parentPort.on('message', (m) => parentPort.postMessage({ type: 'reply', id: m.id, ok: true, value: { title: 'from worker 2' } }));`;
    const start = vi.fn().mockImplementationOnce(() => evalWorker(dying)).mockImplementationOnce(() => evalWorker(answering));
    const { tasks, log } = tasksWith(start);
    // Node delivers the worker's "ready" before its exit, so this is a crash, not a failed start.
    const error = await tasks.parseImport('a.txt', utf8('A\nbody'), LIMIT).then(
      () => null,
      (e: unknown) => e,
    );
    // Refused in a sentence that names the file; the exit code goes to the log, not to the user.
    expect(error).toMatchObject({ code: 'bad_file', message: 'Copydesk stopped reading “a.txt”: the background reader failed on it. Other files are not affected.' });
    expect(await tasks.parseImport('b.txt', utf8('B\nbody'), LIMIT)).toEqual({ title: 'from worker 2' });
    expect(start).toHaveBeenCalledTimes(2);
    expect(log).toHaveBeenCalledTimes(1);
    expect(log.mock.calls[0][0]).toMatch(/stopped reading “a.txt” \(it exited with code 3\)/);
  });
});
