/** Runs the CLI in-process in a fresh temporary folder and collects what it printed. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import { main } from '../../../src/cli/main';

export interface CliRun {
  code: number;
  out: string;
  err: string;
}

/** A temporary folder (`dir`) with a library path (`db`) for each test, and `cli(...)` run in it. */
export function cliSandbox() {
  const state = { dir: '', db: '' };
  beforeEach(() => {
    state.dir = mkdtempSync(join(tmpdir(), 'copydesk-cli-'));
    state.db = join(state.dir, 'library.sqlite');
  });
  afterEach(() => rmSync(state.dir, { recursive: true, force: true }));
  return {
    get dir() {
      return state.dir;
    },
    get db() {
      return state.db;
    },
    async cli(...argv: string[]): Promise<CliRun> {
      const out: string[] = [];
      const err: string[] = [];
      const code = await main(argv, { out: (t) => out.push(t), err: (t) => err.push(t), cwd: state.dir, env: {} });
      return { code, out: out.join('\n'), err: err.join('\n') };
    },
  };
}
