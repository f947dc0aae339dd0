/** Turning anything thrown into words for the user. */
import { ApiError } from '../../shared/result';

/**
 * The message of an `ApiError` (already written for people, by the core or the transport), else one
 * sentence: an exception from the window itself is a bug whose text is for programmers — it goes to
 * the developer console, not to the person.
 */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  console.error('copydesk:', error);
  return 'Something went wrong in this window. Try again; if it keeps happening, restart Copydesk.';
}
