/**
 * The error log: `copydesk.log` beside the library file. An unexpected error (a bug, a full disk in
 * an odd place, a library the OS took away) reaches the person as one sentence pointing here; its
 * detail — the operation, the time and the stack — is appended to this file, which Help → Show Log
 * opens and `copydesk --verbose` prints. The file is rotated at {@link MAX_LOG_BYTES}: the current one
 * becomes `copydesk.log.1` (replacing the previous), so the log never grows past twice that.
 */
import { appendFileSync, mkdirSync, renameSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** Size at which the log is rotated. */
export const MAX_LOG_BYTES = 4 * 1024 * 1024;

/** The log file of the library at `dbPath`. */
export function logPathFor(dbPath: string): string {
  return join(dirname(dbPath), 'copydesk.log');
}

/** The detail of `error`: its stack when it has one (name and message included), else its text. */
export function errorDetail(error: unknown): string {
  if (error instanceof Error) return error.stack ?? `${error.name}: ${error.message}`;
  try {
    return typeof error === 'string' ? error : JSON.stringify(error) ?? String(error);
  } catch {
    return String(error);
  }
}

/** Appends unexpected errors to a log file, rotating it when it grows large. */
export class ErrorLog {
  /** The detail of the last error recorded in this process (what `--verbose` prints), or null. */
  lastDetail: string | null = null;

  constructor(
    readonly path: string,
    private readonly maxBytes = MAX_LOG_BYTES,
  ) {}

  /**
   * Records that `activity` ("importing a file") failed with `error`. Never throws: a log that cannot
   * be written must not turn one failure into two (the detail is still kept in `lastDetail`).
   */
  record(activity: string, error: unknown): void {
    const detail = errorDetail(error);
    this.lastDetail = detail;
    const entry = `[${new Date().toISOString()}] while ${activity}:\n${detail}\n\n`;
    try {
      mkdirSync(dirname(this.path), { recursive: true });
      this.rotateIfLarge();
      appendFileSync(this.path, entry, 'utf8');
    } catch {
      // Nowhere better to put it: the person already has the sentence.
    }
  }

  /** Creates the log (empty) when there is none yet, and answers its path: for Help → Show log. */
  ensureFile(): string {
    try {
      mkdirSync(dirname(this.path), { recursive: true });
      appendFileSync(this.path, '', 'utf8');
    } catch {
      // The folder is not writable: the system viewer will say the file is missing.
    }
    return this.path;
  }

  private rotateIfLarge(): void {
    let size: number;
    try {
      size = statSync(this.path).size;
    } catch {
      return; // no log yet
    }
    if (size >= this.maxBytes) renameSync(this.path, `${this.path}.1`);
  }
}
