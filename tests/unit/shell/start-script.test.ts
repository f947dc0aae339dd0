import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

/** The helpers `npm start` uses, imported from the script itself. */
interface StartScript {
  bindingProblem(file: string, abi: string): string | null;
  appArguments(argv: string[]): string[];
  runInstaller(script: string, cwd: string, options?: { notify?: () => void }): Promise<{ ok: boolean; tail: string[] }>;
  showInstallerTail(tail: string[], write: (text: string) => void): void;
}

const root = resolve(__dirname, '../../..');
const nodeBuild = join(root, 'node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node');
let script: StartScript;

beforeAll(async () => {
  script = (await import(pathToFileURL(join(root, 'scripts', 'start.mjs')).href)) as StartScript;
});

describe('npm start: recognising an Electron build of better-sqlite3', () => {
  it("rejects the Node build (what a leaked nodedir=/usr produces) for Electron's ABI", () => {
    expect(script.bindingProblem(nodeBuild, '150')).toMatch(new RegExp(`built for Node's ABI ${process.versions.modules}, not Electron's 150`));
  });

  it('accepts a binding whose registration symbol matches the ABI asked for', () => {
    expect(script.bindingProblem(nodeBuild, process.versions.modules)).toBeNull();
  });

  it('reports a missing binding', () => {
    expect(script.bindingProblem(join(root, 'no-such.node'), '150')).toBe('it does not exist');
  });
});

describe('npm start: arguments for the app', () => {
  it('passes arguments through, making --db absolute against the folder npm was started in', () => {
    const cwd = process.env.INIT_CWD || process.cwd();
    expect(script.appArguments(['--db', 'lib.sqlite', '--verbose'])).toEqual(['--db', resolve(cwd, 'lib.sqlite'), '--verbose']);
    expect(script.appArguments(['--db=/abs/lib.sqlite'])).toEqual(['--db=/abs/lib.sqlite']);
  });

  it('passes --max-import-mb through to the app unchanged', () => {
    expect(script.appArguments(['--max-import-mb', '100', '--db=/abs/lib.sqlite'])).toEqual(['--max-import-mb', '100', '--db=/abs/lib.sqlite']);
    expect(script.appArguments(['--max-import-mb=0.5'])).toEqual(['--max-import-mb=0.5']);
  });
});

describe("npm start: the Electron installer's own error output", () => {
  it('keeps the last lines a failing installer printed (stdout and stderr), so the reason is shown', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'copydesk-installer-'));
    try {
      const installer = join(dir, 'install.js');
      writeFileSync(
        installer,
        "for (let i = 1; i <= 30; i++) console.log('progress ' + i);\n" +
          "console.error('RequestError: getaddrinfo ENOTFOUND github.com');\n" +
          "console.error('HTTPError: checksum mismatch for electron-v45.5.0-linux-x64.zip');\n" +
          'process.exit(1);\n',
      );
      const result = await script.runInstaller(installer, dir, { notify: () => {} });
      expect(result.ok).toBe(false);
      expect(result.tail).toHaveLength(12);
      expect(result.tail.at(-1)).toBe('HTTPError: checksum mismatch for electron-v45.5.0-linux-x64.zip');
      expect(result.tail).toContain('RequestError: getaddrinfo ENOTFOUND github.com');
      expect(result.tail).not.toContain('progress 1');

      let printed = '';
      script.showInstallerTail(result.tail, (text) => (printed += text));
      expect(printed).toMatch(/^The Electron installer's last output:\n/);
      expect(printed).toContain('  HTTPError: checksum mismatch');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('answers ok for an installer that succeeds', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'copydesk-installer-'));
    try {
      writeFileSync(join(dir, 'install.js'), "console.log('done');\n");
      await expect(script.runInstaller(join(dir, 'install.js'), dir, { notify: () => {} })).resolves.toEqual({ ok: true, tail: ['done'] });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
