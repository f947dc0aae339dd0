/**
 * PostgreSQL's failures in words (db/library-errors.ts is the SQLite side): a team library that
 * cannot be reached, refuses the sign-in, is full, read-only or shutting down becomes an
 * `ApiError` whose sentence says what happened and what to do — never node-postgres's own text
 * ("connect ECONNREFUSED 127.0.0.1:5432"). Anything else (a bug in SQL) is returned unchanged, so
 * the error log gets its detail.
 */
import { ApiError } from '../../../shared/result';

/** SQLSTATE classes and codes (postgresql.org/docs/current/errcodes-appendix.html) → sentence. */
function sentenceFor(code: string, where: string): ApiError | null {
  const notSaved = 'Your change was not saved.';
  switch (code) {
    case '28P01':
    case '28000':
      return new ApiError('database', `The database of the team library ${where} refused Copydesk's user name or password. Check the user and password in the library's address.`);
    case '3D000':
      return new ApiError('database', `The team library ${where} does not exist on that PostgreSQL server. Check the database name in the address, or create it.`);
    case '42501':
      return new ApiError('database', `The PostgreSQL user of the team library ${where} is not allowed to do this (insufficient privileges). ${notSaved}`);
    case '53100':
      return new ApiError('disk_full', `The disk of the team library's database server (${where}) is full: ${notSaved.toLowerCase()} Ask whoever runs the server to free some space, then try again.`);
    case '53300':
      return new ApiError('database', `The database of the team library ${where} has too many connections open and refused another. Try again in a moment.`);
    case '25006':
      return new ApiError('database', `The team library ${where} is read-only (a standby or a read-only database): Copydesk cannot save to it. ${notSaved}`);
    case '55P03':
      return new ApiError('database', `Another user was writing to the team library ${where} and did not finish in time: ${notSaved.toLowerCase()} Try again.`);
    case '40001':
    case '40P01':
      return new ApiError('database', `Another user changed the team library ${where} at the same moment: ${notSaved.toLowerCase()} Try again.`);
    case '57P01':
    case '57P02':
    case '57P03':
      return new ApiError('database', `The database of the team library ${where} is shutting down or starting up. ${notSaved} Try again in a moment.`);
    case '22021': // invalid byte sequence: PostgreSQL text cannot hold U+0000
    case '22P05': // the same inside a jsonb value
      return new ApiError('invalid_input', `The change holds a NUL character (U+0000), which the team library ${where} cannot store. Remove it and try again. ${notSaved}`);
    case '53200':
      return new ApiError('database', `The database server of the team library ${where} ran out of memory. ${notSaved}`);
    case '58030':
      return new ApiError('database', `The disk of the team library's database server (${where}) reported an error. ${notSaved}`);
    case 'XX001':
    case 'XX002':
      return new ApiError('database', `The team library ${where} is damaged. ${notSaved} Restore it from a backup (pg_dump).`);
    default:
      return null;
  }
}

/** Node's socket errors on connecting or talking to the server → sentence. */
function connectionSentence(code: string, where: string): ApiError | null {
  switch (code) {
    case 'ECONNREFUSED':
      return new ApiError('database', `Copydesk cannot reach the team library ${where}: nothing answers at that address (connection refused). Check that PostgreSQL is running and that the address is right.`);
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return new ApiError('database', `Copydesk cannot reach the team library ${where}: its host name is not known. Check the address.`);
    case 'ETIMEDOUT':
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
      return new ApiError('database', `Copydesk cannot reach the team library ${where}: the server does not answer. Check the network and the address.`);
    case 'ECONNRESET':
    case 'EPIPE':
      return new ApiError('database', `The connection to the team library ${where} was lost: your change was not confirmed. Reload to see whether it was saved, and try again.`);
    default:
      return null;
  }
}

/** `error` as an ApiError a person understands when it is a database or connection failure. */
export function asPgLibraryError(error: unknown, where: string): unknown {
  if (error instanceof ApiError || !(error instanceof Error)) return error;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string') {
    const mapped = /^[0-9A-Z]{5}$/.test(code) ? sentenceFor(code, where) : connectionSentence(code, where);
    if (mapped) return mapped;
  }
  // node-postgres's own words when a connection ends under a query or never completes.
  if (/Connection terminated|connection timeout|timeout expired/i.test(error.message)) {
    return new ApiError('database', `The connection to the team library ${where} was lost or timed out: your change was not confirmed. Reload to see whether it was saved, and try again.`);
  }
  return error;
}

/** Whether `error` means the connection itself is unusable (so the pool must not reuse it). */
export function isConnectionFailure(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string' && (/^(08|57P)/.test(code) || connectionSentence(code, '') !== null)) return true;
  return /Connection terminated|connection timeout/i.test(error.message);
}
