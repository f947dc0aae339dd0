// `npm run bench` leaves the tracked READMEs alone unless asked (`--write-readme`), and even then
// only a full run may replace their figures (issue 11, item 24).
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

interface Decision {
  write: boolean;
  note: string | null;
}
interface Runner {
  parseArgs(argv: string[]): object;
  readmeUpdate(opts: object): Decision;
}

let parseArgs: Runner['parseArgs'];
let readmeUpdate: Runner['readmeUpdate'];
beforeAll(async () => {
  ({ parseArgs, readmeUpdate } = (await import(pathToFileURL(join(process.cwd(), 'bench', 'runner.mjs')).href)) as Runner);
});

describe('bench README updates', () => {
  it('a full run without --write-readme writes only bench/results, not the READMEs', () => {
    expect(readmeUpdate(parseArgs([])).write).toBe(false);
  });

  it('a full run with --write-readme replaces the README figures', () => {
    expect(readmeUpdate(parseArgs(['--write-readme']))).toEqual({ write: true, note: null });
  });

  it('a quick or partial run with --write-readme leaves the READMEs and says why', () => {
    for (const argv of [['--quick'], ['--only=ours'], ['--sizes=50000'], ['--no-scroll']]) {
      const decision = readmeUpdate(parseArgs([...argv, '--write-readme']));
      expect(decision.write).toBe(false);
      expect(decision.note).toMatch(/not a full run/);
    }
  });
});
