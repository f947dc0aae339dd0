/**
 * What the desktop app says when it cannot open its library at start-up. A refusal the core
 * explains (damaged, newer, read-only — an ApiError) is shown as it is; anything else is a bug or an
 * environment problem whose text is for programmers: its detail goes to copydesk.log beside the
 * library, and the person gets a sentence saying where.
 */
import { ApiError } from '../shared/result';
import { ErrorLog, logPathFor } from './core/error-log';

/** The message for the dialog; logs `error` when it is not a refusal the core put in words. */
export function startupFailureMessage(error: unknown, dbPath: string): string {
  if (error instanceof ApiError) return error.message;
  const log = new ErrorLog(logPathFor(dbPath));
  log.record(`opening the library ${dbPath}`, error);
  return `Copydesk could not open its library (${dbPath}); the details are in ${log.path}.`;
}
