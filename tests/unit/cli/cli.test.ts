import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main } from '../../../src/cli/main';
import { createCore } from '../../../src/main/core/service';
import type { Input, OperationName, Output } from '../../../src/shared/api';
import { dispatch } from '../../../src/shared/dispatch';

const ARTICLE = [
  'Northeast economy grows 5.8%',
  'Harbin, June 3 (Xinhua) -- The three northeastern provinces achieved a regional GDP of 2.7 trillion yuan, a year-on-year increase of 5.8%.',
  'Related: Harbin Electric wins contract | economy | Harbin Electric wins contract',
].join('\n');

let dir: string;
let db: string;

/** Runs the CLI in `dir` and collects what it printed. */
async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  return cliWithEnv({}, ...argv);
}

/** Runs the CLI with `env` as its environment. */
async function cliWithEnv(env: Record<string, string>, ...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (t) => out.push(t), err: (t) => err.push(t), cwd: dir, env });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'copydesk-cli-'));
  db = join(dir, 'library.sqlite');
  writeFileSync(join(dir, 'northeast.txt'), ARTICLE);
});

afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function importArticle(): Promise<string> {
  const result = await cli('import', 'northeast.txt', '--db', db);
  expect(result.code).toBe(0);
  const id = /→ (\S+)/.exec(result.out)?.[1];
  expect(id).toBeTruthy();
  return id!;
}

describe('copydesk import', () => {
  it('imports a .txt file and prints one line for it', async () => {
    const result = await cli('import', 'northeast.txt', '--db', db);
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/^imported {2}northeast\.txt → \S+ "Northeast economy grows 5\.8%"$/);
    expect(existsSync(db)).toBe(true);
  });

  it('imports every file of a folder, one line each, and a summary', async () => {
    mkdirSync(join(dir, 'batch'));
    writeFileSync(join(dir, 'batch', 'a.txt'), 'First wire story.\nBody.');
    writeFileSync(join(dir, 'batch', 'b.md'), '# Second story\n\nBody text.');
    const result = await cli('import', 'batch', '--db', db);
    expect(result.code).toBe(0);
    expect(result.out.split('\n').filter((line) => line.startsWith('imported'))).toHaveLength(2);
    expect(result.out).toContain('2 imported, 0 skipped, 0 failed.');
  });

  it('imports hundreds of files in batches: one line each in order, a PDF and a duplicate across batches answered alone', async () => {
    mkdirSync(join(dir, 'wire'));
    const names: string[] = [];
    for (let i = 0; i < 450; i++) {
      const name = `story-${String(i).padStart(3, '0')}.txt`;
      names.push(name);
      writeFileSync(join(dir, 'wire', name), `Wire story ${i}\nBody of story number ${i}.`);
    }
    writeFileSync(join(dir, 'wire', 'story-100.txt'), Buffer.from([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x34])); // a PDF in the first batch
    writeFileSync(join(dir, 'wire', 'story-420.txt'), 'Wire story 7\nBody of story number 7.'); // same text as story-007, two batches later
    const result = await cli('import', 'wire', '--db', db);
    const lines = result.out.split('\n').filter((line) => /^(imported|skipped|failed)/.test(line));
    expect(lines.map((line) => line.split(/\s+/)[1].replace(/:$/, ''))).toEqual(names.map((name) => join('wire', name)));
    expect(lines[100]).toMatch(/^skipped\s+wire\/story-100\.txt: .*PDF/);
    expect(lines[420]).toMatch(/^skipped\s+wire\/story-420\.txt: .*→ /);
    expect(result.out).toContain('448 imported, 2 skipped, 0 failed.');
    expect(result.code).toBe(0);
  });

  it('reports a missing file, still imports the others, and exits with 1', async () => {
    const result = await cli('import', 'northeast.txt', 'nope.txt', '--db', db);
    expect(result.code).toBe(1);
    expect(result.out).toMatch(/^failed {4}nope\.txt: no such file or folder$/m);
    expect(result.out).toMatch(/^imported {2}northeast\.txt/m);
    expect(result.err).toBe('copydesk: 1 of 2 files could not be imported.');
  });

  it('skips files over the limit set with --max-import-mb, and imports the rest', async () => {
    writeFileSync(join(dir, 'long.txt'), `Long wire story\n${'Paragraph of wire copy. '.repeat(100)}`); // about 2.4 KB
    const result = await cli('import', 'northeast.txt', 'long.txt', '--max-import-mb', '0.001', '--db', db);
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/^skipped {3}long\.txt: larger than the 1 KB Copydesk imports$/m);
    expect(result.out).toMatch(/^imported {2}northeast\.txt/m);
    expect(result.out).toContain('1 imported, 1 skipped, 0 failed.');
  });

  it('takes the limit from COPYDESK_MAX_IMPORT_MB, the option winning over it', async () => {
    writeFileSync(join(dir, 'long.txt'), `Long wire story\n${'Paragraph of wire copy. '.repeat(100)}`);
    const small = await cliWithEnv({ COPYDESK_MAX_IMPORT_MB: '0.001' }, 'import', 'long.txt', '--db', db);
    expect(small.out).toMatch(/^skipped {3}long\.txt: larger than the 1 KB/m);
    const overridden = await cliWithEnv({ COPYDESK_MAX_IMPORT_MB: '0.001' }, 'import', 'long.txt', '--max-import-mb=1', '--db', db);
    expect(overridden.out).toMatch(/^imported {2}long\.txt/m);
  });

  it('is a usage error with a limit that is not a positive number up to 1024, before the library is opened', async () => {
    for (const value of ['0', '-5', 'ten', '257', '1e3']) {
      const result = await cli('import', 'northeast.txt', '--max-import-mb', value, '--db', db);
      expect(result.code, value).toBe(2);
      expect(result.err).toContain(`copydesk import: --max-import-mb must be a number of megabytes above 0 and at most 256, not "${value}".`);
    }
    const fromEnv = await cliWithEnv({ COPYDESK_MAX_IMPORT_MB: 'lots' }, 'import', 'northeast.txt', '--db', db);
    expect(fromEnv.code).toBe(2);
    expect(fromEnv.err).toContain('COPYDESK_MAX_IMPORT_MB must be a number of megabytes');
    expect(existsSync(db)).toBe(false);
  });

  it('skips a file whose text is already in the library, naming the document, and imports it with --allow-duplicates', async () => {
    const id = await importArticle();
    // The same article saved again with Windows line endings and stray blank lines: the same text.
    writeFileSync(join(dir, 'northeast-copy.txt'), `${ARTICLE.replaceAll('\n', '\r\n\r\n')}\r\n`);
    const again = await cli('import', 'northeast.txt', 'northeast-copy.txt', '--db', db);
    expect(again.code).toBe(0);
    const reason = 'Already in the library as “Northeast economy grows 5.8%” (the same text).';
    expect(again.out).toContain(`skipped   northeast.txt: ${reason} → ${id}`);
    expect(again.out).toContain(`skipped   northeast-copy.txt: ${reason} → ${id}`);
    expect(again.out).toContain('0 imported, 2 skipped, 0 failed.');
    expect(JSON.parse((await cli('list', '--json', '--db', db)).out)).toHaveLength(1);

    const anyway = await cli('import', 'northeast-copy.txt', '--allow-duplicates', '--db', db);
    expect(anyway.code).toBe(0);
    expect(anyway.out).toMatch(/^imported {2}northeast-copy\.txt → \S+ "Northeast economy grows 5\.8%"$/);
    expect(anyway.out).not.toContain(id);
    expect(JSON.parse((await cli('list', '--json', '--db', db)).out)).toHaveLength(2);
  });

  it('documents --allow-duplicates in its help', async () => {
    const help = await cli('import', '--help');
    expect(help.out).toContain('[--allow-duplicates]');
    expect(help.out).toMatch(/^ {2}--allow-duplicates {3}import such files anyway/m);
    expect(help.out).toContain('at most\n                       256;');
  });

  it('is a usage error without files', async () => {
    const result = await cli('import', '--db', db);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/^copydesk import: import needs at least one file\./);
    expect(existsSync(db)).toBe(false);
  });
});

describe('copydesk list', () => {
  it('prints an aligned table of the library', async () => {
    const id = await importArticle();
    const result = await cli('list', '--db', db);
    expect(result.code).toBe(0);
    const [header, row] = result.out.split('\n');
    expect(header).toMatch(/^ID +TITLE +STATUS +ASSIGNED +ANNOTATIONS +CLAIMS CHECKED +UPDATED$/);
    expect(row.startsWith(id)).toBe(true);
    expect(row).toContain('Northeast economy grows 5.8%');
    expect(row).toMatch(/ new +- +\d+ +0\/0 +\d{4}-\d\d-\d\d \d\d:\d\d$/);
    expect(header.indexOf('TITLE')).toBe(row.indexOf('Northeast'));
  });

  it('counts claims with any verdict as checked', async () => {
    const id = await importArticle();
    const core = createCore({ dbPath: db, version: 'test' });
    try {
      const call = async <K extends OperationName>(name: K, input: Input<K>): Promise<Output<K>> => {
        const result = await dispatch(core.handlers, name, input);
        if (!result.ok) throw new Error(result.error.message);
        return result.value as Output<K>;
      };
      const { text } = await call('documents:get', { id });
      const claim = (quote: string) => ({ kind: 'claim' as const, start: text.indexOf(quote), end: text.indexOf(quote) + quote.length });
      const { annotations } = await call('annotations:create', { documentId: id, annotations: [claim('2.7 trillion yuan'), claim('5.8%'), claim('Harbin')] });
      await call('claims:update', { annotationId: annotations[0].id, status: 'false' });
      await call('claims:update', { annotationId: annotations[1].id, status: 'unverifiable' });
    } finally {
      core.close();
    }
    const [, row] = (await cli('list', '--db', db)).out.split('\n');
    expect(row).toMatch(/ in review +- +\d+ +2\/3 +\d{4}-/);
  });

  it('prints JSON with --json', async () => {
    const id = await importArticle();
    const result = await cli('list', '--json', '--db', db);
    const documents = JSON.parse(result.out);
    expect(documents).toHaveLength(1);
    expect(documents[0]).toMatchObject({ id, title: 'Northeast economy grows 5.8%', status: 'new', claimCount: 0 });
  });

  it('says so when the library is empty', async () => {
    const result = await cli('list', '--db', db);
    expect(result.code).toBe(0);
    expect(result.out).toContain('no documents yet');
  });
});

describe('copydesk show, search, delete', () => {
  it('shows a document as a JSON bundle, by full id or a prefix', async () => {
    const id = await importArticle();
    for (const given of [id, id.slice(0, 8)]) {
      const result = await cli('show', given, '--db', db);
      expect(result.code).toBe(0);
      const bundle = JSON.parse(result.out);
      expect(bundle.document.id).toBe(id);
      expect(bundle.document.text).toContain('2.7 trillion yuan');
      expect(Array.isArray(bundle.annotations)).toBe(true);
    }
  });

  it('finds documents by their words', async () => {
    const id = await importArticle();
    const result = await cli('search', 'trillion', '--db', db);
    expect(result.code).toBe(0);
    expect(result.out).toContain(id);
    expect(result.out).toContain('«trillion»');
  });

  it('deletes a document', async () => {
    const id = await importArticle();
    const result = await cli('delete', id, '--db', db);
    expect(result.code).toBe(0);
    expect(result.out).toBe(`Deleted "Northeast economy grows 5.8%" (${id}).`);
    expect(JSON.parse((await cli('list', '--json', '--db', db)).out)).toEqual([]);
  });

  it('fails with one line for an unknown id', async () => {
    await importArticle();
    const result = await cli('show', 'does-not-exist', '--db', db);
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/^copydesk: There is no document with the id "does-not-exist"/);
    expect(result.err.split('\n')).toHaveLength(1);
  });
});

describe('copydesk export', () => {
  it('writes the chosen formats of the chosen documents into a folder', async () => {
    const id = await importArticle();
    const result = await cli('export', id, '--format', 'text,copydesk-json', '--out', 'exports', '--db', db);
    expect(result.code).toBe(0);
    const files = readdirSync(join(dir, 'exports'));
    expect(files).toHaveLength(2);
    expect(result.out).toContain(`Wrote 2 files to ${join(dir, 'exports')}.`);
    const text = files.find((name) => name.endsWith('.txt'));
    expect(readFileSync(join(dir, 'exports', text!), 'utf8')).toContain('2.7 trillion yuan');
  });

  it('exports the whole library with --all', async () => {
    await importArticle();
    writeFileSync(join(dir, 'second.txt'), 'Second wire story\nA different article, filed later.');
    expect((await cli('import', 'second.txt', '--db', db)).code).toBe(0);
    const result = await cli('export', '--all', '--format', 'text,csv', '--out', 'all', '--db', db);
    expect(result.code).toBe(0);
    expect(readdirSync(join(dir, 'all'))).toHaveLength(2); // no claims: no CSV files, and each is reported
    expect(result.out.match(/No claims CSV file: no claims\./g)).toHaveLength(2);
  });

  it('writes one claims.csv for the documents with --combined-csv', async () => {
    await importArticle();
    const id = JSON.parse((await cli('list', '--json', '--db', db)).out)[0].id as string;
    const none = await cli('export', '--all', '--combined-csv', '--out', 'combined', '--db', db);
    expect(none.out).toContain('No claims.csv: none of the documents has claims.');
    const core = createCore({ dbPath: db, version: 'test' });
    try {
      const bundle = await core.handlers['documents:bundle']({ id });
      await core.handlers['annotations:create']({ documentId: id, baseRevision: bundle.document.revision, annotations: [{ kind: 'claim', label: null, start: 0, end: 10, attrs: {}, origin: 'manual' }] });
    } finally {
      core.close();
    }
    const result = await cli('export', id, '--combined-csv', '--out', 'combined', '--db', db);
    expect(result.code).toBe(0);
    expect(readdirSync(join(dir, 'combined'))).toEqual(['claims.csv']);
    expect(readFileSync(join(dir, 'combined', 'claims.csv'), 'utf8')).toContain(`,${id},`);
  });

  it('is a usage error with an unknown format, naming the valid ones', async () => {
    const result = await cli('export', '--all', '--format', 'pdf', '--out', 'x', '--db', db);
    expect(result.code).toBe(2);
    expect(result.err).toContain('unknown format "pdf"');
    expect(result.err).toContain('copydesk-json, w3c, brat');
  });

  it('is a usage error without --out or without ids', async () => {
    expect((await cli('export', '--all', '--format', 'text', '--db', db)).code).toBe(2);
    expect((await cli('export', '--format', 'text', '--out', 'x', '--db', db)).code).toBe(2);
  });
});

describe('usage and failures', () => {
  it('prints help for the CLI and for each command', async () => {
    const overview = await cli('--help');
    expect(overview.code).toBe(0);
    for (const command of ['import', 'list', 'show', 'search', 'export', 'delete']) {
      expect(overview.out).toContain(`  ${command}`);
      const help = await cli(command, '--help');
      expect(help.code).toBe(0);
      expect(help.out).toMatch(new RegExp(`^Usage: copydesk ${command}`));
    }
  });

  it('exits with 2 for an unknown command or option, and with nothing at all', async () => {
    expect((await cli('frobnicate')).code).toBe(2);
    const bad = await cli('list', '--colour', '--db', db);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('unknown option --colour');
    expect((await cli()).code).toBe(2);
  });

  it('refuses to open a file that is not a Copydesk library, and leaves it untouched', async () => {
    const notALibrary = join(dir, 'notes.sqlite');
    writeFileSync(notALibrary, 'these are my notes, not a database');
    const result = await cli('list', '--db', notALibrary);
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/^copydesk: /);
    expect(readFileSync(notALibrary, 'utf8')).toBe('these are my notes, not a database');
  });
});
