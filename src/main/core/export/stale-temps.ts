/**
 * Tidying up after an export that was killed half-way: its hidden `.copydesk-export-PID-….tmp` files
 * would otherwise stay in the folder forever. Before writing into a folder, the writer removes the
 * temporary files no export can still be writing: those of a process that is gone, this process's own
 * (its writes are synchronous, so none is in flight while it looks), and any older than
 * {@link STALE_AFTER_MS} (a process id can be reused, and no file takes that long to write).
 */
import { readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** The name of an export's temporary file: `.copydesk-export-<pid>-<12 hex>.tmp`. */
export const TEMP_NAME = /^\.copydesk-export-(\d+)-[0-9a-f]{12}\.tmp$/;

/** Age after which a temporary file is stale whoever made it. */
export const STALE_AFTER_MS = 15 * 60 * 1000;

/** The temporary file name for a new write by this process. */
export function tempName(random: string): string {
  return `.copydesk-export-${process.pid}-${random}.tmp`;
}

function isAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0); // signal 0: only asks whether the process exists
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'; // exists, but belongs to someone else
  }
}

/** Removes the stale export temporary files in `folder`; answers how many. Never throws. */
export function removeStaleTemps(folder: string, now: number = Date.now()): number {
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return 0; // a folder that cannot be listed will fail the export itself, with its own sentence
  }
  let removed = 0;
  for (const name of names) {
    const match = TEMP_NAME.exec(name);
    if (!match) continue;
    const path = join(folder, name);
    try {
      const pid = Number(match[1]);
      const old = now - statSync(path).mtimeMs > STALE_AFTER_MS;
      if (pid === process.pid || !isAlive(pid) || old) {
        rmSync(path, { force: true });
        removed++;
      }
    } catch {
      // gone meanwhile, or not ours to remove: leave it
    }
  }
  return removed;
}
