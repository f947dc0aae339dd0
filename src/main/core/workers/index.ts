/**
 * Chooses the core's CpuTasks: in a worker thread (the default for the app, the web mode and the CLI)
 * or inline (the default under vitest, whose tests call the core in-process; tests of the worker ask
 * for it explicitly). `COPYDESK_CPU=inline|worker` overrides the default, e.g. to compare the two.
 */
import { inlineCpuTasks } from './inline';
import type { CpuMode, CpuTasks } from './cpu-tasks';
import { canStartTaskWorker, startTaskWorker } from './worker-entry';
import { WorkerCpuTasks } from './worker-tasks';

export { sharedBytes, type CpuMode, type CpuTasks } from './cpu-tasks';
export { inlineCpuTasks } from './inline';
export { WorkerCpuTasks } from './worker-tasks';

/** The mode to use when createCore is not told: COPYDESK_CPU if set, inline under vitest or without a runnable entry, else worker. */
export function defaultCpuMode(env: NodeJS.ProcessEnv = process.env): CpuMode {
  const forced = env.COPYDESK_CPU;
  if (forced === 'worker' || forced === 'inline') return forced;
  if (env.VITEST) return 'inline';
  return canStartTaskWorker() ? 'worker' : 'inline';
}

/** CpuTasks of `mode`; a worker that cannot start falls back to inline (logged once through `log`). */
export function createCpuTasks(mode: CpuMode, log?: (message: string) => void): CpuTasks {
  if (mode === 'inline') return inlineCpuTasks();
  return new WorkerCpuTasks({ start: startTaskWorker, fallback: inlineCpuTasks(), log });
}
