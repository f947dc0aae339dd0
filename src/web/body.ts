/**
 * Reading an API request's body without letting a bad request hold the connection: a body declared
 * (Content-Length) or found larger than the limit is refused at once, without reading the rest; a body
 * that stops before its declared length — the client went quiet, or closed its side — is answered as
 * incomplete as soon as that is known, instead of waiting for bytes that will never come.
 */
import type { IncomingMessage } from 'node:http';

/** How long a body may pause mid-way before it is taken as cut short. Loopback uploads never pause this long. */
export const BODY_IDLE_MS = 2000;

/** How long the rest of a refused body is read and thrown away, so its sender can read the refusal. */
export const DISCARD_MS = 10_000;

/** What reading a body came to. */
export type BodyOutcome =
  | { kind: 'body'; bytes: Buffer }
  | { kind: 'too_large' }
  /** Fewer bytes than declared arrived before the client stopped sending. */
  | { kind: 'incomplete'; received: number; declared: number | null }
  /** The connection is gone: there is no one to answer. */
  | { kind: 'gone' };

/** Reads the whole body of `req`, up to `limit` bytes; see the module note. Never rejects. */
export function readBody(req: IncomingMessage, limit: number, idleMs: number = BODY_IDLE_MS): Promise<BodyOutcome> {
  const header = req.headers['content-length'];
  const declared = header === undefined ? null : Number(header);
  if (declared !== null && Number.isFinite(declared) && declared > limit) return Promise.resolve({ kind: 'too_large' });

  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let received = 0;
    let settled = false;
    let idle: NodeJS.Timeout | undefined;
    const settle = (outcome: BodyOutcome) => {
      if (settled) return;
      settled = true;
      clearTimeout(idle);
      req.off('data', onData);
      if (outcome.kind !== 'body') req.pause(); // read no more of a body that will not be used
      resolve(outcome);
    };
    const cutShort = () => settle({ kind: 'incomplete', received, declared });
    const restartIdle = () => {
      clearTimeout(idle);
      idle = setTimeout(cutShort, idleMs);
    };
    const onData = (chunk: Buffer) => {
      received += chunk.length;
      if (received > limit) return settle({ kind: 'too_large' });
      chunks.push(chunk);
      restartIdle();
    };
    req.on('data', onData);
    req.on('end', () => settle({ kind: 'body', bytes: Buffer.concat(chunks) }));
    // The client closed its side before the declared length: Node reports the request aborted.
    req.on('error', () => settle(req.socket.writable ? { kind: 'incomplete', received, declared } : { kind: 'gone' }));
    req.on('close', () => settle(req.socket?.writable ? { kind: 'incomplete', received, declared } : { kind: 'gone' }));
    restartIdle();
  });
}

/**
 * Reads and throws away the rest of a refused body: a client still sending it (a browser uploading a
 * too-large file) would otherwise get a broken connection instead of the answer. A client that keeps
 * sending past `ms` (a declared 10 GB) is cut off; the answer has long been sent by then.
 */
export function discardRest(req: IncomingMessage, ms: number = DISCARD_MS): void {
  if (req.complete) return;
  const cutOff = setTimeout(() => req.socket.destroy(), ms);
  const done = () => clearTimeout(cutOff);
  req.once('end', done);
  req.once('close', done);
  req.resume();
}
