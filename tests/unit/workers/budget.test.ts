/**
 * The task worker's budgets (issue 13): a file that takes too long to read is refused in a sentence
 * and its worker replaced, so the files queued behind it go on at once; a worker that runs out of
 * memory fails only the file it was reading.
 */
import { afterEach, describe, expect, test, vi } from 'vitest';
import { Worker } from 'node:worker_threads';
import { inlineCpuTasks, WorkerCpuTasks, type CpuTasks } from '../../../src/main/core/workers/index';
import { startTaskWorker } from '../../../src/main/core/workers/worker-entry';
import { LIMIT, utf8 } from '../import/helpers';
import { rejection } from './rejection';

const open: CpuTasks[] = [];
afterEach(() => {
  while (open.length) open.pop()!.close();
});

function tasksWith(start: () => Worker, parseTimeoutMs?: number) {
  const log = vi.fn();
  const tasks = new WorkerCpuTasks({ start, fallback: inlineCpuTasks(), log, parseTimeoutMs });
  open.push(tasks);
  return { tasks, log };
}

/** A page that is within every budget but takes the real worker over a second to read (200 nested divs). */
const SLOW_PAGE = utf8(`<title>Slow</title>${'<div>'.repeat(200)}<p>Deep down there is a sentence of the article.</p>${'</div>'.repeat(200)}`);

describe('the task worker’s wall-time budget', () => {
  test('a file still being read when the budget runs out is refused; the small file queued behind it is read at once by a new worker', async () => {
    const workers: Worker[] = [];
    const { tasks } = tasksWith(() => {
      const worker = startTaskWorker();
      workers.push(worker);
      return worker;
    }, 500);
    const slow = rejection(tasks.parseImport('dir/slow.html', SLOW_PAGE, LIMIT));
    const small = tasks.parseImport('note.txt', utf8('A small note\nbody'), LIMIT);
    expect(await slow).toMatchObject({ code: 'bad_file', message: '“slow.html” took longer than 0.5 s to read; Copydesk stopped reading it.' });
    const stoppedAt = Date.now();
    expect((await small).title).toBe('A small note');
    // The new worker starts (loads its modules) and reads the note well within the budget of a file.
    expect(Date.now() - stoppedAt).toBeLessThan(10_000);
    expect(workers).toHaveLength(2);
    expect(workers[0].threadId).toBe(-1); // the first worker was terminated
  });

  test('the budget counts from when the worker is ready, and only reading a file has one', async () => {
    // A worker that takes 400 ms to start and 100 ms per task: with a 300 ms budget nothing is refused.
    const slowStart = `const { parentPort } = require('node:worker_threads');
      setTimeout(() => parentPort.postMessage({ type: 'ready' }), 400);
      parentPort.on('message', (m) => setTimeout(() => parentPort.postMessage({ type: 'reply', id: m.id, ok: true, value: { title: m.name } }), 100));`;
    const { tasks } = tasksWith(() => new Worker(slowStart, { eval: true }), 300);
    const titles = await Promise.all(['a.txt', 'b.txt', 'c.txt'].map((name) => tasks.parseImport(name, utf8('x'), LIMIT)));
    expect(titles).toEqual([{ title: 'a.txt' }, { title: 'b.txt' }, { title: 'c.txt' }]);
  });
});

describe('a worker that runs out of memory', () => {
  test('the real task worker, its heap capped, fails only the page it could not hold; the note behind it is read by a new worker', async () => {
    // 48 MB is twice what the worker needs to start, and far from what 40,000 paragraphs need in jsdom.
    const { tasks, log } = tasksWith(() => startTaskWorker(48));
    const page = utf8(`<html><body><article>${'<p>Paragraph number with some words in it to read and score.</p>'.repeat(40_000)}</article></body></html>`);
    const [big, note] = [rejection(tasks.parseImport('big.html', page, LIMIT)), tasks.parseImport('note.txt', utf8('A note\nbody'), LIMIT)];
    expect(await big).toMatchObject({ code: 'bad_file', message: '“big.html” needs more memory to read than Copydesk allows for one file; Copydesk stopped reading it.' });
    expect((await note).title).toBe('A note');
    expect(tasks.mode).toBe('worker');
    expect(log.mock.calls[0][0]).toMatch(/stopped reading “big.html” \(.*memory limit/);
  });

  test('fails only the file it was reading, in a sentence; the next file gets a new worker', async () => {
    // Says ready, then allocates until its capped heap is exhausted; the second worker answers.
    const hungry = `const { parentPort } = require('node:worker_threads');
      parentPort.postMessage({ type: 'ready' });
      parentPort.on('message', () => { const keep = []; for (;;) keep.push(new Array(1e5).fill({ a: 1 })); });`;
    const answering = `const { parentPort } = require('node:worker_threads');
      parentPort.postMessage({ type: 'ready' });
      parentPort.on('message', (m) => parentPort.postMessage({ type: 'reply', id: m.id, ok: true, value: { title: m.name } }));`;
    const start = vi
      .fn()
      .mockImplementationOnce(() => new Worker(hungry, { eval: true, resourceLimits: { maxOldGenerationSizeMb: 32 } }))
      .mockImplementationOnce(() => new Worker(answering, { eval: true }));
    const { tasks, log } = tasksWith(start);
    const [big, next] = [rejection(tasks.parseImport('big.docx', utf8('x'), LIMIT)), tasks.parseImport('next.txt', utf8('x'), LIMIT)];
    expect(await big).toMatchObject({
      code: 'bad_file',
      message: '“big.docx” needs more memory to read than Copydesk allows for one file; Copydesk stopped reading it.',
    });
    expect(await next).toEqual({ title: 'next.txt' });
    expect(start).toHaveBeenCalledTimes(2);
    expect(log.mock.calls[0][0]).toMatch(/stopped reading “big.docx”/);
  });
});
