/**
 * Child process for the two-writer tests: opens the library like any front door (createCore), then
 * for `seconds` creates annotations on `documentId` as fast as it can — each in its own request, as
 * the window sends them — and imports a small document every 25th write (a write that reads first),
 * every other time as a batch of three (documents:importMany).
 * Prints `ack <annotation id>` / `ack-doc <document id>` for every acknowledged write and
 * `refused <code>: <message>` for every refusal, then `done`.
 *
 * Usage: node --import tsx writer-process.ts DB DOCUMENT_ID SECONDS TAG
 */
import { randomUUID } from 'node:crypto';
import { createCore } from '../../../src/main/core/service';
import type { Output } from '../../../src/shared/api';
import { dispatch } from '../../../src/shared/dispatch';

const [dbPath, documentId, seconds, tag] = process.argv.slice(2);
const core = createCore({ dbPath, version: 'test', cpu: 'inline' });
const until = Date.now() + Number(seconds) * 1000;
const out: string[] = [];

for (let n = 0; Date.now() < until; n++) {
  if (n % 50 === 49) {
    // A batch import: one transaction for several files, each read (duplicate check) before written.
    const files = [1, 2, 3].map((k) => ({ name: `${tag}-${n}-${k}.txt`, data: Buffer.from(`Batch ${tag} ${n} ${k}\nFiled at ${Date.now()}.`).toString('base64') }));
    const result = await dispatch(core.handlers, 'documents:importMany', { files });
    if (!result.ok) out.push(`refused ${result.error.code}: ${result.error.message}`);
    else {
      for (const item of (result.value as Output<'documents:importMany'>).results) {
        out.push(item.status === 'imported' ? `ack-doc ${item.document.id}` : `refused ${item.status}: ${item.reason}`);
      }
    }
    continue;
  }
  if (n % 25 === 24) {
    const text = `Wire copy ${tag} ${n}\nThe ${tag} writer filed item ${n} at ${new Date().toISOString()}.`;
    const result = await dispatch(core.handlers, 'documents:import', { name: `${tag}-${n}.txt`, data: Buffer.from(text).toString('base64') });
    if (!result.ok) out.push(`refused ${result.error.code}: ${result.error.message}`);
    else {
      const value = result.value as Output<'documents:import'>;
      if (value.status === 'imported') out.push(`ack-doc ${value.document.id}`);
    }
    continue;
  }
  const id = randomUUID();
  const start = n % 40;
  const result = await dispatch(core.handlers, 'annotations:create', {
    documentId,
    annotations: [{ id, kind: 'entity', label: 'PERSON', start, end: start + 5 }],
  });
  out.push(result.ok ? `ack ${id}` : `refused ${result.error.code}: ${result.error.message}`);
}
core.close();
process.stdout.write(`${out.join('\n')}\ndone\n`);
