import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(__dirname, '../../..');
const tsx = join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs');

function run(...args: string[]) {
  const result = spawnSync(process.execPath, [tsx, join(root, 'src/cli/index.ts'), ...args], { cwd: root, encoding: 'utf8' });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

describe('the copydesk command (npm run cli)', () => {
  it('exits 0 and prints the library as a table', () => {
    const dir = mkdtempSync(join(tmpdir(), 'copydesk-cliproc-'));
    try {
      writeFileSync(join(dir, 'story.txt'), 'A short wire story.\nIt has two lines.');
      const imported = run('import', join(dir, 'story.txt'), '--db', join(dir, 'lib.sqlite'));
      expect(imported.code).toBe(0);
      const listed = run('list', '--db', join(dir, 'lib.sqlite'));
      expect(listed.code).toBe(0);
      expect(listed.out).toContain('A short wire story.');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('exits 1 with one line on stderr when the library cannot be opened', () => {
    const dir = mkdtempSync(join(tmpdir(), 'copydesk-cliproc-'));
    try {
      writeFileSync(join(dir, 'broken.sqlite'), 'garbage');
      const result = run('list', '--db', join(dir, 'broken.sqlite'));
      expect(result.code).toBe(1);
      expect(result.err.trim().split('\n')).toHaveLength(1);
      expect(result.err).toMatch(/^copydesk: /);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
