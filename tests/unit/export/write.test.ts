import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exportDocument } from '../../../src/main/core/export';
import { writeExportFiles, writeFileAtomic } from '../../../src/main/core/export/write';
import { ApiError } from '../../../src/shared/result';
import type { ExportFile } from '../../../src/shared/types';
import { CTX, makeBundle } from '../../fixtures/export/bundle';

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'copydesk-export-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const file = (name: string, content = `content of ${name}`): ExportFile => ({ name, mediaType: 'text/plain', content });

function catchError(fn: () => unknown): ApiError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(ApiError);
    return error as ApiError;
  }
  throw new Error('expected an ApiError');
}

describe('writeExportFiles', () => {
  it('creates the folder and writes every file exactly, leaving no temporary file', () => {
    const dir = join(root, 'new', 'folder');
    const files = [...exportDocument(makeBundle(), 'brat', CTX), ...exportDocument(makeBundle(), 'csv', CTX)];
    const paths = writeExportFiles(dir, files);
    expect(paths).toEqual(files.map((f) => join(dir, f.name)));
    for (const [i, path] of paths.entries()) expect(readFileSync(path, 'utf8')).toBe(files[i].content);
    expect(readFileSync(paths[paths.length - 1]).subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf])); // the CSV's BOM, as UTF-8
    expect(readdirSync(dir).sort()).toEqual(files.map((f) => f.name).sort());
  });

  it('numbers names another document of the batch already took, keeping brat pairs together', () => {
    const paths = writeExportFiles(root, [file('a.txt', 'one'), file('a.ann', 'one'), file('a.txt', 'two'), file('a.ann', 'two'), file('a.clean.txt')]);
    // the second document's files, which follow in a row, all take the same number
    expect(paths.map((p) => p.slice(root.length + 1))).toEqual(['a.txt', 'a.ann', 'a-2.txt', 'a-2.ann', 'a-2.clean.txt']);
    expect(readFileSync(join(root, 'a-2.ann'), 'utf8')).toBe('two');
    expect(readFileSync(join(root, 'a.txt'), 'utf8')).toBe('one');
    const next = writeExportFiles(root, [file('b.txt'), file('c.txt'), file('b.txt', 'later')]);
    expect(next.map((p) => p.slice(root.length + 1))).toEqual(['b.txt', 'c.txt', 'b-2.txt']);
  });

  it('keeps numbering across calls that share a batch, and replaces files of earlier exports', () => {
    writeFileSync(join(root, 'a.report.html'), 'old export');
    const batch = new Set<string>();
    writeExportFiles(root, [file('a.report.html', 'first')], batch);
    writeExportFiles(root, [file('A.report.html', 'second')], batch);
    writeExportFiles(root, [file('a.report.html', 'third')], batch);
    expect(readFileSync(join(root, 'a.report.html'), 'utf8')).toBe('first');
    expect(readFileSync(join(root, 'A-2.report.html'), 'utf8')).toBe('second');
    expect(readFileSync(join(root, 'a-3.report.html'), 'utf8')).toBe('third');
  });

  it('fails with the file named when a folder stands in the way, writing nothing at all', () => {
    mkdirSync(join(root, 'b.ann'));
    const error = catchError(() => writeExportFiles(root, [file('b.txt'), file('b.ann')]));
    expect(error.code).toBe('internal');
    expect(error.message).toBe(`Could not write “b.ann” to ${root}: a folder of that name is in the way`);
    expect(readdirSync(root)).toEqual(['b.ann']);
    expect(statSync(join(root, 'b.ann')).isDirectory()).toBe(true);
  });

  it('fails with the folder named when it cannot be created (its parent is a file)', () => {
    writeFileSync(join(root, 'plain-file'), 'x');
    const error = catchError(() => writeExportFiles(join(root, 'plain-file', 'out'), [file('c.txt')]));
    expect(error.code).toBe('internal');
    expect(error.message).toContain(join(root, 'plain-file', 'out'));
    expect(error.message).toContain('part of the path is a file, not a folder');
  });

  it('refuses names that are not plain file names', () => {
    for (const name of ['../escape.txt', 'a/b.txt', 'a\\b.txt', '', '.hidden', '..']) {
      expect(catchError(() => writeExportFiles(root, [file(name)])).code).toBe('invalid_input');
    }
    expect(readdirSync(root)).toEqual([]);
  });
});

describe('writeFileAtomic (the shell’s report PDF)', () => {
  /** Bytes that are not valid UTF-8, as a PDF's binary streams are. */
  const PDF = Buffer.from([0x25, 0x50, 0x44, 0x46, 0x2d, 0xff, 0xfe, 0x00, 0x80, 0x0a]);

  it('writes bytes exactly, creating the folder, and replaces an earlier file', () => {
    const dir = join(root, 'exports', 'march');
    const path = writeFileAtomic(dir, 'harbin.report.pdf', PDF);
    expect(path).toBe(join(dir, 'harbin.report.pdf'));
    expect(readFileSync(path).equals(PDF)).toBe(true);
    writeFileAtomic(dir, 'harbin.report.pdf', Buffer.from('second'));
    expect(readFileSync(path, 'utf8')).toBe('second');
    expect(readdirSync(dir)).toEqual(['harbin.report.pdf']);
  });

  it('refuses names with folders, a folder in the way, and a file where the folder should be', () => {
    expect(() => writeFileAtomic(root, '../escape.pdf', PDF)).toThrow(/not a plain file name/);
    mkdirSync(join(root, 'taken.pdf'));
    expect(() => writeFileAtomic(root, 'taken.pdf', PDF)).toThrow(/a folder of that name is in the way/);
    writeFileSync(join(root, 'exports'), 'a file');
    expect(() => writeFileAtomic(join(root, 'exports'), 'a.pdf', PDF)).toThrow(/Could not create the folder .*exports/);
  });
});
