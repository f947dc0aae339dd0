import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../../src/shared/result';

// Running as root, a read-only folder does not stop writes; simulate a full disk instead.
const failAfter = vi.hoisted(() => ({ bytes: Infinity, written: 0 }));
vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  const writeSync = ((fd: number, buffer: Buffer, offset: number, length: number) => {
    const room = Math.max(0, failAfter.bytes - failAfter.written);
    if (room === 0) throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
    const n = fs.writeSync(fd, buffer, offset, Math.min(length, room));
    failAfter.written += n;
    return n;
  }) as typeof fs.writeSync;
  return { ...fs, default: { ...fs, writeSync }, writeSync };
});

const { writeExportFiles } = await import('../../../src/main/core/export/write');

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'copydesk-export-full-'));
  failAfter.written = 0;
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('writeExportFiles on a full disk', () => {
  it('leaves no half-written file and no temporary file, keeps the previous export, and names the file', () => {
    writeFileSync(join(root, 'doc.ann'), 'previous export');
    failAfter.bytes = 1500; // the first file fits, the second runs out of space half-way
    const files = [
      { name: 'doc.txt', mediaType: 'text/plain', content: 'x'.repeat(1000) },
      { name: 'doc.ann', mediaType: 'text/plain', content: 'y'.repeat(1000) },
    ];
    let error: unknown;
    try {
      writeExportFiles(root, files);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).message).toBe(`Could not write “doc.ann” to ${root}: the disk is full`);
    expect(readdirSync(root)).toEqual(['doc.ann']);
    expect(readdirSync(root).some((n) => n.endsWith('.tmp'))).toBe(false);
  });
});
