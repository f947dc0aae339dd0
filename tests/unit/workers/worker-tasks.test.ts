/**
 * The worker-backed CpuTasks against the real task worker (task-worker.ts started from source
 * through tsx): same results and same ApiErrors as inline, one reused worker, shared bytes, close.
 */
import { afterEach, describe, expect, test } from 'vitest';
import { Worker } from 'node:worker_threads';
import { ApiError } from '../../../src/shared/result';
import { EXPORT_FORMATS } from '../../../src/shared/types';
import { inlineCpuTasks, sharedBytes, WorkerCpuTasks, type CpuTasks } from '../../../src/main/core/workers/index';
import { startTaskWorker } from '../../../src/main/core/workers/worker-entry';
import { CTX, makeBundle } from '../../fixtures/export/bundle';
import { fixture, LIMIT, utf8 } from '../import/helpers';
import { rejection } from './rejection';

const open: CpuTasks[] = [];
afterEach(() => {
  while (open.length) open.pop()!.close();
});

/** Worker-backed tasks counting how many workers they start; fails the test if they fall back. */
function workerTasks() {
  const started: Worker[] = [];
  const tasks = new WorkerCpuTasks({
    start: () => {
      const worker = startTaskWorker();
      started.push(worker);
      return worker;
    },
    fallback: inlineCpuTasks(),
    log: (message) => {
      throw new Error(`unexpected fallback: ${message}`);
    },
  });
  open.push(tasks);
  return { tasks, started };
}

describe('WorkerCpuTasks with the task worker', () => {
  test('parses every kind of file as inline does, in one reused worker', async () => {
    const { tasks, started } = workerTasks();
    const inline = inlineCpuTasks();
    for (const name of ['harbour-page.html', 'harbour-notes.md', 'harbour-memo.docx', 'harbour.copydesk.json']) {
      const bytes = sharedBytes(fixture(name));
      expect(await tasks.parseImport(name, bytes, LIMIT), name).toEqual(await inline.parseImport(name, bytes, LIMIT));
    }
    const brat = await tasks.parseImport('harbour-brat.txt', fixture('harbour-brat.txt'), { ...LIMIT, companions: [{ name: 'harbour-brat.ann', bytes: fixture('harbour-brat.ann') }] });
    expect(brat.annotations.length).toBeGreaterThan(0);
    expect(started).toHaveLength(1);
    expect(tasks.mode).toBe('worker');
  });

  test('renders every export format as inline does', async () => {
    const { tasks } = workerTasks();
    for (const format of EXPORT_FORMATS) {
      expect(await tasks.exportDocument(makeBundle(), format, CTX), format).toEqual(await inlineCpuTasks().exportDocument(makeBundle(), format, CTX));
    }
  });

  test('ApiErrors thrown in the worker arrive as ApiErrors with the same code and message', async () => {
    const { tasks } = workerTasks();
    const inline = inlineCpuTasks();
    const cases: Array<() => [Promise<unknown>, Promise<unknown>]> = [
      () => [tasks.parseImport('scan.pdf', utf8('%PDF-1.7'), LIMIT), inline.parseImport('scan.pdf', utf8('%PDF-1.7'), LIMIT)],
      () => [tasks.parseImport('big.txt', utf8('x'.repeat(100)), { maxBytes: 10 }), inline.parseImport('big.txt', utf8('x'.repeat(100)), { maxBytes: 10 })],
      () => [tasks.exportDocument(makeBundle(), 'pdf' as never, CTX), inline.exportDocument(makeBundle(), 'pdf' as never, CTX)],
    ];
    for (const make of cases) {
      const [fromWorker, fromInline] = await Promise.all(make().map(rejection));
      expect(fromWorker).toBeInstanceOf(ApiError);
      expect({ code: (fromWorker as ApiError).code, message: (fromWorker as ApiError).message }).toEqual({
        code: (fromInline as ApiError).code,
        message: (fromInline as ApiError).message,
      });
    }
  });

  test('shared bytes reach the worker without being detached; plain ones are copied, never detached', async () => {
    const { tasks } = workerTasks();
    const shared = sharedBytes(utf8('Title\nBody text.'));
    expect(shared.buffer).toBeInstanceOf(SharedArrayBuffer);
    const plain = utf8('Other\nBody.');
    await Promise.all([tasks.parseImport('a.txt', shared, LIMIT), tasks.parseImport('b.txt', plain, LIMIT)]);
    expect(Buffer.from(shared).toString()).toBe('Title\nBody text.');
    expect(Buffer.from(plain).toString()).toBe('Other\nBody.');
  });

  test('concurrent tasks each get their own answer', async () => {
    const { tasks } = workerTasks();
    const titles = await Promise.all(Array.from({ length: 20 }, (_, i) => tasks.parseImport(`n${i}.txt`, utf8(`Note ${i}\nbody`), LIMIT).then((p) => p.title)));
    expect(titles).toEqual(Array.from({ length: 20 }, (_, i) => `Note ${i}`));
  });

  test('close stops the worker, rejects what is pending and refuses later tasks', async () => {
    const { tasks, started } = workerTasks();
    await tasks.parseImport('a.txt', utf8('A\nb'), LIMIT);
    const pending = tasks.parseImport('harbour-page.html', fixture('harbour-page.html'), LIMIT);
    tasks.close();
    expect(await rejection(pending)).toMatchObject({ code: 'internal' });
    expect(await rejection(tasks.parseImport('a.txt', utf8('A\nb'), LIMIT))).toMatchObject({ code: 'internal' });
    await new Promise((resolve) => started[0].once('exit', resolve));
  });
});
