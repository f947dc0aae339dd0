/**
 * The CPU-heavy, database-free work of the core — reading an imported file into a ParsedImport and
 * rendering a document bundle into export files — behind one small interface, so that the handlers
 * do not care whether it runs in this thread (tests, fallback) or in a worker thread (the app, the
 * web mode, the CLI), where a one-second jsdom parse or CoNLL render cannot freeze the window.
 *
 * The database stays on the main thread: handlers read what a task needs, await the task, then
 * write the result in their own transaction.
 */
import type { DocumentBundle, ExportFile, ExportFormat, ParsedImport } from '../../../shared/types';
import type { ExportContext } from '../export/index';
import type { ImportOptions } from '../import/index';
import type { SuggestOutcome } from '../suggest/index';
import type { SuggestContext, SuggestionKind } from '../suggest/types';

/** Where CPU tasks run: in a worker thread, or inline in the calling thread. */
export type CpuMode = 'worker' | 'inline';

/** The core's CPU-heavy tasks. Both return promises whatever runs them; errors arrive as the same `ApiError`s. */
export interface CpuTasks {
  /** Which implementation this is ("inline" also after a worker fell back). */
  readonly mode: CpuMode;
  /**
   * Reads one file for import (see `parseImport` in import/index.ts). The bytes are never detached:
   * bytes backed by a SharedArrayBuffer (see {@link sharedBytes}) reach a worker without a copy.
   */
  parseImport(name: string, bytes: Uint8Array, options: ImportOptions): Promise<ParsedImport>;
  /** Renders one document in one format (see `exportDocument` in export/index.ts). */
  exportDocument(bundle: DocumentBundle, format: ExportFormat, ctx: ExportContext): Promise<ExportFile[]>;
  /** Runs the suggesters of `kinds` on one document's text (see `suggestAll` in suggest/index.ts). */
  suggest(text: string, context: SuggestContext, kinds: SuggestionKind[]): Promise<SuggestOutcome>;
  /** Stops any worker; tasks still running are rejected. Calls after close are rejected. */
  close(): void;
}

/**
 * A copy of `data` in memory shared between threads: posting it to a worker shares it instead of
 * copying it, and the caller keeps it (to store the original bytes after parsing, say).
 */
export function sharedBytes(data: Uint8Array): Uint8Array {
  const shared = new Uint8Array(new SharedArrayBuffer(data.byteLength));
  shared.set(data);
  return shared;
}
