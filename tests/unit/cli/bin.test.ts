/**
 * The `copydesk` bin (package.json "bin" → bin/copydesk.mjs, issue 11 item 15): runs the CLI with
 * nothing before its output — unlike `npm run cli --`, whose banner broke `list --json` and `show`.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(__dirname, '../../..');
const bin = join(root, 'bin', 'copydesk.mjs');

function copydesk(cwd: string, ...args: string[]) {
  const result = spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8', env: { ...process.env, INIT_CWD: '' } });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

describe('the copydesk bin', () => {
  it('is declared in package.json', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { bin?: Record<string, string> };
    expect(pkg.bin).toEqual({ copydesk: 'bin/copydesk.mjs' });
  });

  it('prints JSON and nothing else for list --json and show, from any folder', () => {
    const dir = mkdtempSync(join(tmpdir(), 'copydesk-bin-'));
    try {
      writeFileSync(join(dir, 'story.txt'), 'A short wire story.\nIt has two lines.');
      expect(copydesk(dir, 'import', 'story.txt', '--db', 'lib.sqlite').code).toBe(0);
      const listed = copydesk(dir, 'list', '--json', '--db', 'lib.sqlite');
      expect(listed.code).toBe(0);
      expect(listed.err).toBe('');
      const [document] = JSON.parse(listed.out) as Array<{ id: string; title: string }>;
      expect(document.title).toBe('A short wire story.');
      const shown = copydesk(dir, 'show', document.id.slice(0, 6), '--db', 'lib.sqlite');
      expect(JSON.parse(shown.out).document.text).toBe('A short wire story.\nIt has two lines.');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
