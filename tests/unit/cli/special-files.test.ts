/**
 * `copydesk import` reads only regular files (issue 13): a FIFO, /dev/zero, a socket-like special
 * file, a dangling or looping symlink are refused at once with a sentence — never opened and waited
 * on — while folders are walked and symlinks to regular files followed. A file that grows while it
 * is read is cut off one byte past the limit instead of being read for ever.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readRegularFile } from '../../../src/cli/input-files';
import { cliSandbox } from './harness';

const box = cliSandbox();

describe('copydesk import: special files', () => {
  it('refuses a FIFO at once, and imports the regular file given with it', async () => {
    execFileSync('mkfifo', [join(box.dir, 'pipe.txt')]);
    writeFileSync(join(box.dir, 'story.txt'), 'A wire story.\nBody.');
    const started = Date.now();
    const result = await box.cli('import', 'pipe.txt', 'story.txt', '--db', box.db);
    expect(Date.now() - started).toBeLessThan(5000);
    expect(result.out).toContain('failed    pipe.txt: is a named pipe (FIFO), not a file; Copydesk imports only regular files');
    expect(result.out).toMatch(/imported {2}story\.txt → /);
    expect(result.code).toBe(1);
  });

  it('refuses /dev/zero as a device', async () => {
    const result = await box.cli('import', '/dev/zero', '--db', box.db);
    expect(result.out).toBe('failed    /dev/zero: is a device, not a file; Copydesk imports only regular files');
    expect(result.code).toBe(1);
  });

  it('refuses looping and dangling symlinks, and follows a link to a regular file', async () => {
    symlinkSync('loop-b', join(box.dir, 'loop-a.txt'));
    symlinkSync('loop-a.txt', join(box.dir, 'loop-b'));
    symlinkSync('nowhere.txt', join(box.dir, 'dangling.txt'));
    writeFileSync(join(box.dir, 'real.txt'), 'Linked story.\nBody.');
    symlinkSync('real.txt', join(box.dir, 'link.txt'));
    const result = await box.cli('import', 'loop-a.txt', 'dangling.txt', 'link.txt', '--db', box.db);
    expect(result.out).toContain('failed    loop-a.txt: is a symbolic link that loops back on itself');
    expect(result.out).toContain('failed    dangling.txt: is a symbolic link to something that does not exist');
    expect(result.out).toMatch(/imported {2}link\.txt → \S+ "Linked story\."/);
  });

  it('walks a folder: regular files imported, a FIFO inside it refused by name', async () => {
    mkdirSync(join(box.dir, 'batch'));
    writeFileSync(join(box.dir, 'batch', 'a.txt'), 'First story.\nBody.');
    execFileSync('mkfifo', [join(box.dir, 'batch', 'b.txt')]);
    symlinkSync('/dev/zero', join(box.dir, 'batch', 'c.txt'));
    const result = await box.cli('import', 'batch', '--db', box.db);
    expect(result.out).toMatch(/imported {2}batch\/a\.txt → /);
    expect(result.out).toContain('failed    batch/b.txt: is a named pipe (FIFO), not a file');
    expect(result.out).toContain('failed    batch/c.txt: is a device, not a file');
    expect(result.out).toContain('1 imported, 0 skipped, 2 failed.');
  });

  it('reads at most limit + 1 bytes of a file that keeps growing (here /proc/self/… reports size 0)', () => {
    // A procfs file reports size 0 but has content: the reader must not trust the size and stop at the limit.
    const result = readRegularFile('/proc/self/maps', 100);
    expect(result).toEqual({ refused: 'larger than the 100 bytes Copydesk imports', tooLarge: true });
    const small = readRegularFile('/proc/self/maps', 10 * 1024 * 1024);
    expect('bytes' in small && small.bytes.length).toBeGreaterThan(100);
  });
});
