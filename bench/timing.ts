/** Timing helpers shared by the TypeScript benchmarks. */

/** The median of five timings of `fn`, after one warm-up run, and the last value it answered. */
export async function timed<T>(fn: () => T | Promise<T>): Promise<{ ms: number; value: T }> {
  let value = await fn();
  const times: number[] = [];
  for (let i = 0; i < 5; i++) {
    const start = performance.now();
    value = await fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { ms: times[2], value };
}
