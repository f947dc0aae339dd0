/**
 * The task worker's entry point: runs the importer and exporter for the core's main thread, one
 * message per task (protocol.ts). It never opens the database. Posts `ready` once its modules are
 * loaded, so the core can tell "the worker cannot start" from "a task failed".
 *
 * Bundled by electron-vite as its own chunk (worker-entry.bundled.ts); run from source through tsx
 * (worker-entry.ts).
 */
import { parentPort } from 'node:worker_threads';
import { exportDocument } from '../export/index';
import { parseImport } from '../import/index';
import { suggestAll } from '../suggest/index';
import { toWireError, type TaskMessage, type WorkerMessage } from './protocol';

/** Runs one task. */
async function run(message: TaskMessage): Promise<unknown> {
  switch (message.task) {
    case 'parseImport':
      return parseImport(message.name, message.bytes, message.options);
    case 'exportDocument':
      return exportDocument(message.bundle, message.format, message.ctx);
    case 'suggest':
      return suggestAll(message.text, message.context, message.kinds);
  }
}

const port = parentPort;
if (!port) throw new Error('task-worker.ts runs as a worker thread, not on its own.');

/** Posts one reply; a value that cannot be cloned is answered as that task's error. */
function reply(id: number, outcome: { ok: true; value: unknown } | { ok: false; error: unknown }): void {
  try {
    const message: WorkerMessage = outcome.ok ? { type: 'reply', id, ok: true, value: outcome.value } : { type: 'reply', id, ok: false, error: toWireError(outcome.error) };
    port!.postMessage(message);
  } catch (error) {
    port!.postMessage({ type: 'reply', id, ok: false, error: toWireError(error) } satisfies WorkerMessage);
  }
}

port.on('message', (message: TaskMessage) => {
  run(message).then(
    (value) => reply(message.id, { ok: true, value }),
    (error: unknown) => reply(message.id, { ok: false, error }),
  );
});
port.postMessage({ type: 'ready' } satisfies WorkerMessage);
