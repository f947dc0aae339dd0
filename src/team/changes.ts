/**
 * `GET /api/changes`: a server-sent-events stream that says when the library changed, so a view can
 * refresh at once instead of polling. One poller reads the store's change counter for all streams
 * (only while someone listens) and sends `event: change` with the new version to each. Each stream's
 * session is checked again on every tick: a user signed out or disabled stops receiving at once.
 */
import type { ServerResponse } from 'node:http';

/** One open stream. */
interface Listener {
  res: ServerResponse;
  /** Is the stream's session still good? */
  stillSignedIn(): Promise<boolean>;
}

export interface ChangeFeedOptions {
  /** The library's change counter (store.changeCounter). */
  version(): Promise<string>;
  /** How often to look, in milliseconds (default 1000). */
  pollMs?: number;
  /** A comment line is sent this often so proxies keep the stream open (default 15 s). */
  keepAliveMs?: number;
}

/** The change feed of one server. */
export class ChangeFeed {
  private readonly listeners = new Set<Listener>();
  private timer: NodeJS.Timeout | null = null;
  private last: string | null = null;
  private lastKeepAlive = Date.now();
  private ticking = false;

  constructor(private readonly options: ChangeFeedOptions) {}

  /** Streams to `res` until the client goes or its session ends. */
  async open(res: ServerResponse, stillSignedIn: () => Promise<boolean>): Promise<void> {
    res.writeHead(200, {
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-store',
      Connection: 'keep-alive',
      'X-Accel-Buffering': 'no', // nginx: pass events on as they come
    });
    const version = await this.options.version();
    this.last ??= version;
    res.write(`retry: 2000\nevent: change\ndata: ${JSON.stringify({ version })}\n\n`);
    const listener: Listener = { res, stillSignedIn };
    this.listeners.add(listener);
    res.on('close', () => this.remove(listener));
    this.timer ??= setInterval(() => void this.tick(), this.options.pollMs ?? 1000);
  }

  private remove(listener: Listener): void {
    this.listeners.delete(listener);
    if (!listener.res.writableEnded) listener.res.end();
    if (this.listeners.size === 0 && this.timer) {
      clearInterval(this.timer);
      this.timer = null;
      this.last = null;
    }
  }

  private async tick(): Promise<void> {
    if (this.ticking) return;
    this.ticking = true;
    try {
      const listeners = [...this.listeners];
      const signedIn = await Promise.all(listeners.map((l) => l.stillSignedIn().catch(() => false)));
      listeners.forEach((l, i) => {
        if (!signedIn[i]) this.remove(l);
      });
      if (this.listeners.size === 0) return;
      const version = await this.options.version();
      if (version !== this.last) {
        this.last = version;
        for (const l of this.listeners) l.res.write(`event: change\ndata: ${JSON.stringify({ version })}\n\n`);
        this.lastKeepAlive = Date.now();
      } else if (Date.now() - this.lastKeepAlive >= (this.options.keepAliveMs ?? 15_000)) {
        for (const l of this.listeners) l.res.write(': keep-alive\n\n');
        this.lastKeepAlive = Date.now();
      }
    } catch {
      // A failed read (the database restarting) is retried on the next tick.
    } finally {
      this.ticking = false;
    }
  }

  /** Ends every stream (server shutdown). */
  close(): void {
    for (const l of [...this.listeners]) this.remove(l);
  }
}
