/**
 * One simulated reviewer's connection to the team server: signs in like the app (`/auth/sign-in`,
 * then the session cookie on every call) and posts API calls over its own keep-alive connection, as
 * a browser tab would. Answers are classified the way the bench's bookkeeping needs them.
 */
import { Agent, request } from 'node:http';

/** An API answer: `{ ok, value }` or `{ ok: false, error }`, as the server sends it. */
export type ApiBody = { ok: true; value: unknown } | { ok: false; error: { code: string; message: string } };

/** One call's answer as the client saw it; `body` is null when none arrived (`failure` says why). */
export interface Reply {
  status: number;
  body: ApiBody | null;
  /** Round trip in milliseconds. */
  ms: number;
  failure?: string;
}

/** Makes API calls; the real one is {@link TeamClient}, the unit tests give a fake. */
export interface ApiCaller {
  call(operation: string, input: unknown): Promise<Reply>;
}

/** What a write's answer means for the bookkeeping. */
export type Outcome = 'ok' | 'conflict' | 'refused' | 'unknown';

/**
 * The meaning of a reply: acknowledged; a conflict (HTTP 409 or the `conflict` code: a stale write,
 * nothing written); refused for another reason (nothing written); or unknown (no answer, a server
 * error: the write may or may not have happened).
 */
export function outcomeOf(reply: Reply): Outcome {
  if (reply.body === null || reply.status >= 500) return 'unknown';
  if (reply.body.ok) return reply.status === 200 ? 'ok' : 'unknown';
  if (reply.status === 409 || reply.body.error.code === 'conflict') return 'conflict';
  if (reply.body.error.code === 'internal' || reply.body.error.code === 'database') return 'unknown';
  return 'refused';
}

/** A signed-in reviewer's HTTP client. */
export class TeamClient implements ApiCaller {
  private readonly agent = new Agent({ keepAlive: true, maxSockets: 1 });
  private cookie = '';

  constructor(
    private readonly origin: URL,
    private readonly timeoutMs = 30_000,
  ) {}

  /** Signs in; throws with the server's sentence when refused. */
  async signIn(login: string, password: string): Promise<void> {
    const reply = await this.post('/auth/sign-in', { login, password });
    if (!reply.body?.ok) throw new Error(`signing in ${login}: ${reply.body && !reply.body.ok ? reply.body.error.message : (reply.failure ?? reply.status)}`);
  }

  call(operation: string, input: unknown): Promise<Reply> {
    return this.post(`/api/${operation}`, input);
  }

  /** Closes the kept-alive connection. */
  close(): void {
    this.agent.destroy();
  }

  private post(path: string, input: unknown): Promise<Reply> {
    const body = JSON.stringify(input);
    const started = performance.now();
    return new Promise((resolve) => {
      const done = (status: number, parsed: ApiBody | null, failure?: string) => resolve({ status, body: parsed, ms: performance.now() - started, failure });
      const req = request(
        {
          host: this.origin.hostname,
          port: this.origin.port,
          path,
          method: 'POST',
          agent: this.agent,
          timeout: this.timeoutMs,
          headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), ...(this.cookie ? { cookie: this.cookie } : {}) },
        },
        (res) => {
          const setCookie = res.headers['set-cookie']?.[0];
          if (setCookie) this.cookie = setCookie.split(';')[0];
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('error', (error) => done(res.statusCode ?? 0, null, error.message));
          res.on('end', () => {
            try {
              done(res.statusCode ?? 0, JSON.parse(Buffer.concat(chunks).toString('utf8')) as ApiBody);
            } catch {
              done(res.statusCode ?? 0, null, 'the answer is not JSON');
            }
          });
        },
      );
      req.on('timeout', () => req.destroy(new Error(`no answer in ${this.timeoutMs} ms`)));
      req.on('error', (error) => done(0, null, error.message));
      req.end(body);
    });
  }
}
