/** The CLI's export reports failed documents and exits 1; its import pairs brat files by the shared rule. */
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { collectImportItems } from '../../../src/cli/commands/import';
import { main } from '../../../src/cli/main';

let dir: string;
let db: string;

async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (t) => out.push(t), err: (t) => err.push(t), cwd: dir });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'copydesk-cli-rules-'));
  db = join(dir, 'library.sqlite');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('copydesk export with a failing document', () => {
  it('writes the others, prints the failure and exits with 1', async () => {
    writeFileSync(join(dir, 'good.txt'), 'Good\nA story.');
    writeFileSync(join(dir, 'blocked.txt'), 'Blocked\nAnother story.');
    expect((await cli('import', 'good.txt', 'blocked.txt', '--db', db)).code).toBe(0);
    mkdirSync(join(dir, 'out', 'blocked.clean.txt'), { recursive: true }); // a folder where the file should go
    const result = await cli('export', '--all', '--format', 'text', '--out', 'out', '--db', db);
    expect(result.code).toBe(1);
    expect(readdirSync(join(dir, 'out')).sort()).toEqual(['blocked.clean.txt', 'good.clean.txt']);
    expect(result.out).toMatch(/failed {4}\S+ "Blocked": Could not write “blocked\.clean\.txt” .*a folder of that name is in the way/);
    expect(result.err).toContain('1 of 2 documents could not be exported.');
  });
});

describe('copydesk import pairing', () => {
  it('pairs a .txt with its .ann whatever their case, and does not import the .ann alone', () => {
    writeFileSync(join(dir, 'Harbour.TXT'), 'Port\nText.');
    writeFileSync(join(dir, 'harbour.ann'), 'T1\tPLACE 0 4\tPort\n');
    const { items } = collectImportItems([dir]);
    expect(items.map((i) => [i.path, i.companions])).toEqual([[join(dir, 'Harbour.TXT'), [join(dir, 'harbour.ann')]]]);
    // Named alone, the .txt still finds its .ann on disk.
    expect(collectImportItems([join(dir, 'Harbour.TXT')]).items[0].companions).toEqual([join(dir, 'harbour.ann')]);
  });
});
