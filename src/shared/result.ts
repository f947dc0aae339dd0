/** How results and errors cross every process boundary (IPC, HTTP, CLI): as values, never as thrown objects. */

export const ERROR_CODES = [
  'invalid_input', // the request has the wrong shape
  'unknown_operation',
  'not_found',
  'conflict', // e.g. the text changed since the editor loaded it
  'bad_file', // an import the app cannot read
  'too_large',
  'database', // corrupt, newer or unwritable library
  'disk_full', // a save failed for lack of disk space; nothing was written
  'unauthorized',
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ApiErrorShape {
  code: ErrorCode;
  /** A sentence a person understands. */
  message: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiErrorShape };

/** Thrown inside the core and by the renderer's client; turned into `{ ok: false, error }` at the boundary. */
export class ApiError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** What it names no longer exists (deleted elsewhere, a suggestion withdrawn): nothing to retry. */
export function isNotFound(error: unknown): error is ApiError {
  return error instanceof ApiError && error.code === 'not_found';
}
