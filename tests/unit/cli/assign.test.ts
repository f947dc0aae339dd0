/** `copydesk assign ID… --to NAME | --clear` and `copydesk list --mine / --assignee NAME`. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCore } from '../../../src/main/core/service';
import { dispatch } from '../../../src/shared/dispatch';
import { cliSandbox } from './harness';

const sandbox = cliSandbox();

/** Imports three notes; answers their ids by title. */
async function threeNotes(): Promise<Record<string, string>> {
  for (const name of ['alpha', 'beta', 'gamma']) writeFileSync(join(sandbox.dir, `${name}.txt`), `${name}\nThe harbour master logged ship ${name}.`);
  expect((await sandbox.cli('import', 'alpha.txt', 'beta.txt', 'gamma.txt', '--db', sandbox.db)).code).toBe(0);
  const listed = JSON.parse((await sandbox.cli('list', '--json', '--db', sandbox.db)).out) as Array<{ id: string; title: string }>;
  return Object.fromEntries(listed.map((d) => [d.title, d.id]));
}

const titles = (out: string) => (JSON.parse(out) as Array<{ title: string }>).map((d) => d.title).sort();

describe('copydesk assign', () => {
  it('assigns documents by id or prefix, lists one person’s documents, and clears them', async () => {
    const ids = await threeNotes();
    const assigned = await sandbox.cli('assign', ids.alpha, ids.gamma.slice(0, 8), '--to', 'Mei Chen', '--db', sandbox.db);
    expect(assigned).toMatchObject({ code: 0, out: 'Assigned 2 documents to Mei Chen.' });
    expect(titles((await sandbox.cli('list', '--assignee', 'Mei Chen', '--json', '--db', sandbox.db)).out)).toEqual(['alpha', 'gamma']);
    expect((await sandbox.cli('list', '--db', sandbox.db)).out).toMatch(/ASSIGNED[\s\S]*Mei Chen/);

    const core = createCore({ dbPath: sandbox.db, version: 'test' });
    await dispatch(core.handlers, 'settings:set', { reviewerName: 'Mei Chen' });
    core.close();
    expect(titles((await sandbox.cli('list', '--mine', '--json', '--db', sandbox.db)).out)).toEqual(['alpha', 'gamma']);

    expect((await sandbox.cli('assign', ids.alpha, '--clear', '--db', sandbox.db)).out).toBe(`Unassigned "alpha" (${ids.alpha}).`);
    expect(titles((await sandbox.cli('list', '--mine', '--json', '--db', sandbox.db)).out)).toEqual(['gamma']);
    expect((await sandbox.cli('list', '--assignee', 'Sam Lee', '--db', sandbox.db)).out).toBe(`No document in ${sandbox.db} is assigned to Sam Lee.`);
  });

  it('refuses to run without saying to whom, or with both --to and --clear', async () => {
    expect(await sandbox.cli('assign', 'abcd', '--db', sandbox.db)).toMatchObject({ code: 2, err: expect.stringContaining('--to NAME') });
    expect(await sandbox.cli('assign', 'abcd', '--to', 'Mei', '--clear', '--db', sandbox.db)).toMatchObject({ code: 2, err: expect.stringContaining('not both') });
    expect(await sandbox.cli('assign', '--to', 'Mei', '--db', sandbox.db)).toMatchObject({ code: 2 });
  });
});
