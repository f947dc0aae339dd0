/**
 * What the CLI prints (issue 13, issue 11 items 15 and 19): file names and titles with control
 * characters or bidi overrides are printed escaped, so a newline in a name cannot forge an
 * "imported" line; JSON output stays parseable; `delete` takes an id prefix like `show`; a refusal
 * prints every line of its message; an unexpected error is a sentence, with the detail on --verbose.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { printable } from '../../../src/cli/terminal-text';
import { cliSandbox } from './harness';

const box = cliSandbox();

describe('names and titles printed to the terminal', () => {
  it('a newline in a file name cannot forge an "imported" line; escape sequences and bidi overrides are shown escaped', async () => {
    const name = 'evil\nimported  fake.txt → 0000 "forged"\u001b[31m\u202Egnp.txt';
    writeFileSync(join(box.dir, name), 'Title \u001b]0;pwned\u0007 with \u202Eoverride\nBody.');
    const result = await box.cli('import', name, '--db', box.db);
    expect(result.code).toBe(0);
    const lines = result.out.split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('evil\\nimported  fake.txt → 0000 "forged"\\x1b[31m\\u202egnp.txt → ');
    expect(lines[0]).toContain('"Title \\x1b]0;pwned\\x07 with \\u202eoverride"');
    expect(result.out).not.toMatch(/[\u0000-\u0009\u000B-\u001F\u202E]/);
  });

  it('list --json stays JSON with the title as stored', async () => {
    writeFileSync(join(box.dir, 'a.txt'), 'Title \u202E reversed\nBody.');
    await box.cli('import', 'a.txt', '--db', box.db);
    const result = await box.cli('list', '--json', '--db', box.db);
    expect(JSON.parse(result.out)[0].title).toBe('Title \u202E reversed');
    const table = await box.cli('list', '--db', box.db);
    expect(table.out).toContain('Title \\u202e reversed');
  });

  it('printable escapes C0, DEL, C1 and bidi controls and leaves other text alone', () => {
    expect(printable('a\tb\r\u007f\u0085\u2066\u2069 Straße 😀')).toBe('a\\tb\\r\\x7f\\x85\\u2066\\u2069 Straße 😀');
  });
});

describe('delete', () => {
  it('accepts the same id prefixes as show', async () => {
    writeFileSync(join(box.dir, 'a.txt'), 'Doomed story.\nBody.');
    const imported = await box.cli('import', 'a.txt', '--db', box.db);
    const id = /→ (\S+)/.exec(imported.out)![1];
    const result = await box.cli('delete', id.slice(0, 8), '--db', box.db);
    expect(result).toMatchObject({ code: 0, out: `Deleted "Doomed story." (${id}).` });
    expect(JSON.parse((await box.cli('list', '--json', '--db', box.db)).out)).toEqual([]);
  });
});

describe('errors', () => {
  it('a refusal is printed whole, on one line, with a line break inside it escaped', async () => {
    const result = await box.cli('show', 'abcd', '--db', join(box.dir, 'multi\nline.sqlite'));
    expect(result.code).toBe(1);
    expect(result.err).toBe(`copydesk: There is no document with the id "abcd" in ${box.dir}/multi\\nline.sqlite.`);
  });

  it('an unexpected error is a sentence pointing at the log; --verbose adds the stack', async () => {
    writeFileSync(join(box.dir, 'a.txt'), 'Story.\nBody.');
    await box.cli('import', 'a.txt', '--db', box.db);
    // Break the library underneath: the documents table is renamed, so listing fails inside SQLite.
    const Database = (await import('better-sqlite3')).default;
    const raw = new Database(box.db);
    raw.exec('ALTER TABLE documents RENAME TO gone');
    raw.close();
    const plain = await box.cli('list', '--db', box.db);
    expect(plain.code).toBe(1);
    expect(plain.err).toBe(
      `copydesk: Something went wrong while listing the library; the details are in ${join(box.dir, 'copydesk.log')} (run again with --verbose to see them here).`,
    );
    const verbose = await box.cli('list', '--verbose', '--db', box.db);
    expect(verbose.err).toMatch(/^SqliteError: no such table: documents\n\s+at [\s\S]*\ncopydesk: Something went wrong while listing the library; the details are in \S+copydesk\.log\.$/);
  });
});
