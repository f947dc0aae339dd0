/** `copydesk transfer`: a whole library copied into another, losslessly, and rerun safely. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main } from '../../../src/cli/main';
import { essence, fillLibrary, onlyDocument } from './transfer-fixture';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'copydesk-transfer-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (t) => out.push(t), err: (t) => err.push(t), cwd: dir, env: {} });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('copydesk transfer', () => {
  it('copies documents with their annotations, verdicts (and who gave them), sources, status and labels', async () => {
    const original = await fillLibrary(join(dir, 'a.sqlite'));
    const run = await cli('transfer', '--db', 'a.sqlite', '--to', 'b.sqlite');
    expect(run).toMatchObject({ code: 0 });
    expect(run.out).toMatch(/Transferred 1 document to .*b\.sqlite; 1 new label\./);
    const copy = await onlyDocument(join(dir, 'b.sqlite'));
    expect(essence(copy)).toEqual(essence(original));
    expect(copy.claims[0].verdictBy).toBe('Mei Chen');
  });

  it('skips what the target already holds when run again', async () => {
    await fillLibrary(join(dir, 'a.sqlite'));
    await cli('transfer', '--db', 'a.sqlite', '--to', 'b.sqlite');
    const again = await cli('transfer', '--db', 'a.sqlite', '--to', 'b.sqlite');
    expect(again.code).toBe(0);
    expect(again.out).toMatch(/Transferred 0 documents .*; 1 already there, skipped\./);
  });

  it('refuses to run without a target', async () => {
    const run = await cli('transfer', '--db', 'a.sqlite');
    expect(run.code).toBe(2);
    expect(run.err).toMatch(/--to/);
  });
});
