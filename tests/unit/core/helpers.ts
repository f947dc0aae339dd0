/** Test helpers: a core on a fresh temporary library, and calls through the checked contract. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import type { Input, OperationName, Output } from '../../../src/shared/api';
import { dispatch } from '../../../src/shared/dispatch';
import type { ApiErrorShape } from '../../../src/shared/result';
import { createCore, type Core, type CoreOptions } from '../../../src/main/core/service';
import { freshPgStore, ON_POSTGRES } from '../pg/harness';

const cleanups: Array<() => void> = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
});

/** A fresh temporary folder, removed after the test. */
export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'copydesk-core-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/**
 * A core on a new library file in a temporary folder, closed after the test — or, under the `pg`
 * project (COPYDESK_TEST_STORE=postgres), on a new PostgreSQL database copied from the migrated template.
 */
export function newCore(options: Partial<CoreOptions> = {}): Core {
  const library = ON_POSTGRES ? { store: freshPgStore(), logDir: tempDir() } : { dbPath: join(tempDir(), 'library.sqlite') };
  const core = createCore({ ...library, version: 'test', ...options });
  cleanups.push(() => core.close());
  return core;
}

/** A client over a core: `call` answers the value or throws the error shape; `fail` answers the error. */
export function client(core: Core) {
  return {
    async call<K extends OperationName>(name: K, input: Input<K>): Promise<Output<K>> {
      const result = await dispatch(core.handlers, name, input);
      if (!result.ok) throw Object.assign(new Error(`${result.error.code}: ${result.error.message}`), { shape: result.error });
      return result.value as Output<K>;
    },
    async fail(name: string, input: unknown): Promise<ApiErrorShape> {
      const result = await dispatch(core.handlers, name, input);
      if (result.ok) throw new Error(`${name} was expected to fail but answered ${JSON.stringify(result.value).slice(0, 200)}`);
      return result.error;
    },
  };
}

/** The body of a short news article, as the importer would receive it. */
export const ARTICLE = [
  'Northeast revitalization gathers pace',
  'Harbin, March 3 — The three northeastern provinces reported a regional GDP of 2.7 trillion yuan, a year-on-year increase of 5.8%.',
  'Officials said investment in the Harbin Electric Power Group rose sharply.',
  'Related: Snow festival draws record crowds | Travel | Harbin',
].join('\n');

/** Base64 of a UTF-8 string. */
export function b64(text: string): string {
  return Buffer.from(text, 'utf8').toString('base64');
}

/** Imports `text` as a .txt file and answers the stored document's bundle. */
export async function importText(core: Core, text = ARTICLE, name = 'article.txt') {
  const api = client(core);
  const result = await api.call('documents:import', { name, data: b64(text) });
  if (result.status !== 'imported') throw new Error(`import skipped: ${result.reason}`);
  return api.call('documents:bundle', { id: result.document.id });
}

/** The [start, end) of the first occurrence of `quote` in `text`. */
export function rangeOf(text: string, quote: string, from = 0): { start: number; end: number } {
  const start = text.indexOf(quote, from);
  if (start === -1) throw new Error(`"${quote}" is not in the text`);
  return { start, end: start + quote.length };
}
