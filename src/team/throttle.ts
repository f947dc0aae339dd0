/**
 * Slows password guessing: after `limit` failed sign-ins for one login within `windowMs`, further
 * attempts for it are refused until the window has passed. In memory: a server
 * restart forgets, which costs an attacker a restart they cannot cause.
 */

export interface ThrottleOptions {
  limit: number;
  windowMs: number;
  now?: () => number;
}

/** At most this many keys are remembered; the oldest are dropped first. */
const MAX_KEYS = 10_000;

export class SignInThrottle {
  private readonly failures = new Map<string, number[]>();
  private readonly limit: number;
  private readonly windowMs: number;
  private readonly now: () => number;

  constructor(options: ThrottleOptions = { limit: 10, windowMs: 15 * 60_000 }) {
    this.limit = options.limit;
    this.windowMs = options.windowMs;
    this.now = options.now ?? Date.now;
  }

  private recent(key: string): number[] {
    const since = this.now() - this.windowMs;
    const times = (this.failures.get(key) ?? []).filter((t) => t > since);
    if (times.length === 0) this.failures.delete(key);
    else this.failures.set(key, times);
    return times;
  }

  /** Milliseconds until `keys` may try again; 0 when they may now. */
  waitMs(keys: readonly string[]): number {
    let wait = 0;
    for (const key of keys) {
      const times = this.recent(key);
      if (times.length >= this.limit) wait = Math.max(wait, times[times.length - this.limit] + this.windowMs - this.now());
    }
    return wait;
  }

  /** Records a failed attempt for each of `keys`. */
  fail(keys: readonly string[]): void {
    for (const key of keys) {
      const times = this.recent(key);
      times.push(this.now());
      this.failures.delete(key);
      this.failures.set(key, times);
    }
    while (this.failures.size > MAX_KEYS) this.failures.delete(this.failures.keys().next().value as string);
  }

  /** Forgets the failures of `keys` (after a successful sign-in). */
  clear(keys: readonly string[]): void {
    for (const key of keys) this.failures.delete(key);
  }
}
