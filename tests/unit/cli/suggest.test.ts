/**
 * `copydesk suggest ID… | --all [--kinds …]`: runs the suggesters, prints one line per document as
 * it is done (with [n/N] on several), stores pending suggestions `show` includes, never adds them
 * twice, says in a sentence why a document gets none, and refuses an unknown kind as a usage error.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cliSandbox } from './harness';

const ARTICLE = [
  'Harbin, April 16 - The three northeastern provinces reported a regional GDP of 2.7 trillion yuan, a rise of 5.8%, the statistics bureau said on Tuesday.',
  'Harbin Electric Power Group signed contracts worth 3.5 billion yuan, according to the fair organisers.',
  'Young cadres promoted to department level | Yu Zhou | appointments',
  'Young cadres promoted to department level | Yu Zhou | appointments',
  'In recent years, more and more young cadres born in the 1980s have appeared in important positions in local departments. Recently, another cadre was appoin',
].join('\n');

const sandbox = cliSandbox();

describe('copydesk suggest', () => {
  it('stores pending suggestions per document, prints progress, and adds nothing the second time', async () => {
    writeFileSync(join(sandbox.dir, 'article.txt'), ARTICLE);
    writeFileSync(join(sandbox.dir, 'numbers.txt'), '123 456\n7.8 9,000');
    expect((await sandbox.cli('import', 'article.txt', 'numbers.txt', '--db', sandbox.db)).code).toBe(0);

    const run = await sandbox.cli('suggest', '--all', '--db', sandbox.db);
    expect(run.code).toBe(0);
    const lines = run.out.split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^\[1\/2\] Harbin, April 16 .* \d+ new suggestions: \d+ teasers?, \d+ claims?, \d+ entit/);
    expect(lines[1]).toMatch(/^\[2\/2\] 123 456 .*: no new suggestions\. The document has no words \(only numbers or symbols\), so there is nothing to suggest\.$/);

    const id = /\(([0-9a-f-]{36})\)/.exec(lines[0])![1];
    const shown = JSON.parse((await sandbox.cli('show', id, '--db', sandbox.db)).out) as { annotations: Array<{ kind: string; origin: string; attrs: { pending?: boolean } }> };
    const pending = shown.annotations.filter((a) => a.attrs.pending === true);
    expect(pending.length).toBeGreaterThan(3);
    expect(pending.every((a) => a.origin === 'suggested')).toBe(true);
    expect(new Set(pending.map((a) => a.kind))).toEqual(new Set(['teaser', 'claim', 'entity']));

    const again = await sandbox.cli('suggest', id.slice(0, 8), '--kinds', 'teaser,entity', '--db', sandbox.db);
    expect(again.out).toMatch(/: no new suggestions$/);
  }, 60_000);

  it('refuses an unknown kind, and ids together with --all', async () => {
    const bad = await sandbox.cli('suggest', '--all', '--kinds', 'claim,bogus', '--db', sandbox.db);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('--kinds takes a comma-separated list of teaser, claim, entity (not "bogus")');
    expect((await sandbox.cli('suggest', 'abcd', '--all', '--db', sandbox.db)).code).toBe(2);
    expect((await sandbox.cli('suggest', '--db', sandbox.db)).err).toContain('name at least one document id, or --all.');
  });
});

describe('copydesk import and suggestions', () => {
  const vitest = process.env.VITEST;
  afterEach(() => {
    process.env.VITEST = vitest;
    vi.unstubAllEnvs();
  });

  it('makes suggestions for what it imported before it ends, unless --no-suggest is given', async () => {
    // As outside the tests: suggestions on import (the tests' default is off), run in-process here.
    delete process.env.VITEST;
    vi.stubEnv('COPYDESK_CPU', 'inline');
    const pendingOf = async (id: string) =>
      (JSON.parse((await sandbox.cli('show', id, '--db', sandbox.db)).out) as { annotations: Array<{ attrs: { pending?: boolean } }> }).annotations.filter(
        (a) => a.attrs.pending === true,
      ).length;
    const idIn = (out: string) => /→ ([0-9a-f-]{36})/.exec(out)![1];

    writeFileSync(join(sandbox.dir, 'first.txt'), ARTICLE);
    const first = await sandbox.cli('import', 'first.txt', '--db', sandbox.db);
    expect(await pendingOf(idIn(first.out))).toBeGreaterThan(3);

    writeFileSync(join(sandbox.dir, 'second.txt'), `Second wire story\n${ARTICLE}`);
    const second = await sandbox.cli('import', 'second.txt', '--no-suggest', '--db', sandbox.db);
    expect(second.code).toBe(0);
    expect(second.err).toBe('');
    expect(await pendingOf(idIn(second.out))).toBe(0);
  });
});
