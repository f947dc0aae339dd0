import * as fs from 'node:fs';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { writeFileAtomic, type AtomicFs } from '../../../src/main/atomic-file';

const folders: string[] = [];
afterEach(() => {
  while (folders.length) rmSync(folders.pop()!, { recursive: true, force: true });
});

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'copydesk-atomic-'));
  folders.push(dir);
  return dir;
}

/** Bytes that are not valid UTF-8, as a PDF's binary streams are. */
const PDF = Buffer.from([0x25, 0x50, 0x44, 0x46, 0x2d, 0xff, 0xfe, 0x00, 0x80, 0x0a]);

describe('writeFileAtomic', () => {
  it('writes the bytes exactly, creating the folder, and answers the path', () => {
    const dir = join(tempDir(), 'exports', 'march');
    const path = writeFileAtomic(dir, 'harbin.report.pdf', PDF);
    expect(path).toBe(join(dir, 'harbin.report.pdf'));
    expect(readFileSync(path).equals(PDF)).toBe(true);
    expect(readdirSync(dir)).toEqual(['harbin.report.pdf']);
  });

  it('replaces an earlier file of the same name', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'harbin.report.pdf'), 'old');
    writeFileAtomic(dir, 'harbin.report.pdf', PDF);
    expect(readFileSync(join(dir, 'harbin.report.pdf')).equals(PDF)).toBe(true);
  });

  it('refuses names that are not plain file names', () => {
    const dir = tempDir();
    for (const name of ['../escape.pdf', 'a/b.pdf', '.hidden.pdf', 'trailing.', '']) {
      expect(() => writeFileAtomic(dir, name, PDF)).toThrow(/not a plain file name/);
    }
    expect(readdirSync(dir)).toEqual([]);
  });

  it('refuses a folder standing where the file should go', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'harbin.report.pdf'));
    expect(() => writeFileAtomic(dir, 'harbin.report.pdf', PDF)).toThrow(/a folder of that name is in the way/);
  });

  it('says so when the folder cannot be made (a file is in the way)', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'exports'), 'a file');
    expect(() => writeFileAtomic(join(dir, 'exports'), 'a.pdf', PDF)).toThrow(/Could not create the folder .*exports/);
  });

  it('leaves no temporary file and the old file intact when the rename fails', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'harbin.report.pdf'), 'old');
    const failing: AtomicFs = {
      ...fs,
      renameSync: () => {
        throw Object.assign(new Error('EROFS'), { code: 'EROFS' });
      },
    };
    expect(() => writeFileAtomic(dir, 'harbin.report.pdf', PDF, failing)).toThrow(/Could not write “harbin.report.pdf” to .*: the disk is read-only/);
    expect(readdirSync(dir)).toEqual(['harbin.report.pdf']);
    expect(readFileSync(join(dir, 'harbin.report.pdf'), 'utf8')).toBe('old');
  });

  it('flushes the bytes before renaming, and removes the temporary file when a write fails', () => {
    const dir = tempDir();
    const calls: string[] = [];
    const recording: AtomicFs = {
      ...fs,
      fsyncSync: (fd) => {
        calls.push('fsync');
        fs.fsyncSync(fd);
      },
      renameSync: (from, to) => {
        calls.push('rename');
        fs.renameSync(from, to);
      },
    };
    writeFileAtomic(dir, 'a.pdf', PDF, recording);
    expect(calls.slice(0, 2)).toEqual(['fsync', 'rename']);

    const full: AtomicFs = {
      ...fs,
      writeSync: () => {
        throw Object.assign(new Error('ENOSPC'), { code: 'ENOSPC' });
      },
    };
    expect(() => writeFileAtomic(dir, 'b.pdf', PDF, full)).toThrow(/the disk is full/);
    expect(readdirSync(dir)).toEqual(['a.pdf']);
  });
});
