/**
 * The messages between the core and its task worker, and how errors cross the thread boundary.
 *
 * Structured cloning keeps plain data (Dates, typed arrays, SharedArrayBuffers) but turns an
 * `ApiError` into a bare object, so errors travel as data: an ApiError as `{ code, message }` and
 * rebuilt as an ApiError with the same code and message; any other error with its name, message and
 * stack, rebuilt as an Error (the dispatcher reports those as `internal`, as it would inline).
 */
import { ApiError, ERROR_CODES, type ErrorCode } from '../../../shared/result';
import type { DocumentBundle, ExportFormat } from '../../../shared/types';
import type { ExportContext } from '../export/index';
import type { ImportOptions } from '../import/index';
import type { SuggestContext, SuggestionKind } from '../suggest/types';

/** One task for the worker. */
export type TaskRequest =
  | { task: 'parseImport'; name: string; bytes: Uint8Array; options: ImportOptions }
  | { task: 'exportDocument'; bundle: DocumentBundle; format: ExportFormat; ctx: ExportContext }
  | { task: 'suggest'; text: string; context: SuggestContext; kinds: SuggestionKind[] };

/** A task as posted: the request with its id. */
export type TaskMessage = TaskRequest & { id: number };

/** An error as data. */
export type WireError = { kind: 'api'; code: ErrorCode; message: string } | { kind: 'error'; name: string; message: string; stack?: string };

/** What the worker posts: once `ready` when its modules are loaded, then one reply per task. */
export type WorkerMessage =
  | { type: 'ready' }
  | { type: 'reply'; id: number; ok: true; value: unknown }
  | { type: 'reply'; id: number; ok: false; error: WireError };

/** An error as data that survives structured cloning. */
export function toWireError(error: unknown): WireError {
  if (error instanceof ApiError) return { kind: 'api', code: error.code, message: error.message };
  if (error instanceof Error) return { kind: 'error', name: error.name, message: error.message, stack: error.stack };
  return { kind: 'error', name: 'Error', message: String(error) };
}

/** The error a WireError stands for: an ApiError with the same code and message, or an Error. */
export function fromWireError(wire: WireError): Error {
  if (wire.kind === 'api') {
    const code: ErrorCode = (ERROR_CODES as readonly string[]).includes(wire.code) ? wire.code : 'internal';
    return new ApiError(code, wire.message);
  }
  const error = new Error(wire.message);
  error.name = wire.name;
  if (wire.stack) error.stack = wire.stack;
  return error;
}
