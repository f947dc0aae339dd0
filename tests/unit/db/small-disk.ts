/**
 * Real small or read-only file systems for the storage tests: a tmpfs of a given size mounted on a
 * temporary folder. Mounting needs root (CI containers usually are); where it is impossible the
 * caller skips that test with {@link NO_MOUNT}.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const NO_MOUNT = 'needs root to mount a tmpfs (a real small / read-only disk); run the suite as root to include it';

/** A mounted tmpfs of `size` (e.g. "2m"), or null when this machine does not let us mount one. */
export interface SmallDisk {
  dir: string;
  /** Remounts with new options, e.g. "ro" or "size=8m". */
  remount(options: string): void;
  unmount(): void;
}

export function mountSmallDisk(size: string): SmallDisk | null {
  if (process.platform !== 'linux' || process.getuid?.() !== 0) return null;
  const dir = mkdtempSync(join(tmpdir(), 'copydesk-disk-'));
  const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', `size=${size},mode=0777`, 'tmpfs', dir], { stdio: 'ignore' });
  if (mounted.status !== 0) {
    rmSync(dir, { recursive: true, force: true });
    return null;
  }
  return {
    dir,
    remount(options) {
      const result = spawnSync('mount', ['-o', `remount,${options}`, dir], { encoding: 'utf8' });
      if (result.status !== 0) throw new Error(`remount ${options} failed: ${result.stderr}`);
    },
    unmount() {
      spawnSync('umount', ['-l', dir], { stdio: 'ignore' });
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
