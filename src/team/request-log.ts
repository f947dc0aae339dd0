/**
 * The team server's access log: one JSON line per request — time, method, path, API operation, the
 * signed-in user's id, status and milliseconds. Never bodies, query strings, cookies or headers, so
 * passwords and tokens cannot reach it (the unit tests sign in, invite and accept, and search it).
 */

/** What is logged about one request. */
export interface RequestLogEntry {
  method: string;
  path: string;
  operation?: string;
  userId?: string;
  status: number;
  ms: number;
}

/** Where log lines go (default: stdout). */
export type LogSink = (line: string) => void;

export const stdoutSink: LogSink = (line) => process.stdout.write(`${line}\n`);

/** The request path without its query string (which could carry anything). */
export function loggablePath(url: string | undefined): string {
  const path = (url ?? '/').split(/[?#]/)[0];
  return path.length > 200 ? `${path.slice(0, 200)}…` : path;
}

/** Writes one entry as a JSON line. */
export function logRequest(sink: LogSink, entry: RequestLogEntry, at: Date = new Date()): void {
  sink(JSON.stringify({ time: at.toISOString(), ...entry, ms: Math.round(entry.ms * 10) / 10 }));
}

/** Writes a server event (start, stop, a failure) as a JSON line: never a request's content. */
export function logEvent(sink: LogSink, event: string, fields: Record<string, string | number | boolean> = {}, at: Date = new Date()): void {
  sink(JSON.stringify({ time: at.toISOString(), event, ...fields }));
}
