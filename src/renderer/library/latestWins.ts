/**
 * "Latest wins, one in flight" for the library's list requests. A request for a new list (the search
 * box one letter further, another filter) goes out at once when nothing is on its way; while one is,
 * only the newest new list waits, and it goes out the moment the answer arrives — a request it
 * replaced while waiting is never sent. So the search runs as the editor types, with no typing delay,
 * and the core (which answers one request at a time) never has a queue of outdated searches in front
 * of the one on screen. Pages of the list already on its way (scrolling, a refresh) go out beside it.
 */

/** The rejection of a request that a newer list replaced before it was sent. */
export class Superseded extends Error {
  constructor() {
    super('A newer request replaced this one.');
    this.name = 'Superseded';
  }
}

/** Sends `run()` for the list `key` under the rule above; its promise settles as `run()`'s does. */
export type LatestWins = <T>(key: string, run: () => Promise<T>) => Promise<T>;

interface Waiting {
  key: string;
  calls: Array<{ run: () => Promise<unknown>; resolve(value: unknown): void; reject(reason: unknown): void }>;
}

export function latestWins(): LatestWins {
  /** The list whose requests are on their way, and how many. */
  let flying: string | null = null;
  let count = 0;
  let waiting: Waiting | null = null;

  function start(key: string, call: Waiting['calls'][number]) {
    flying = key;
    count++;
    let settled: Promise<unknown>;
    try {
      settled = call.run();
    } catch (error) {
      settled = Promise.reject(error);
    }
    settled.then(call.resolve, call.reject).finally(() => {
      if (--count > 0) return;
      flying = null;
      const next = waiting;
      waiting = null;
      for (const c of next?.calls ?? []) start(next!.key, c);
    });
  }

  return <T>(key: string, run: () => Promise<T>) =>
    new Promise<T>((resolve, reject) => {
      const call = { run, resolve: resolve as (value: unknown) => void, reject };
      if (count === 0 || (key === flying && waiting === null)) {
        start(key, call);
        return;
      }
      if (key === flying) {
        // A page of the list on its way, asked for after a newer list: nobody shows it any more.
        reject(new Superseded());
        return;
      }
      if (waiting && waiting.key !== key) {
        for (const c of waiting.calls) c.reject(new Superseded());
        waiting = null;
      }
      waiting ??= { key, calls: [] };
      waiting.calls.push(call);
    });
}
