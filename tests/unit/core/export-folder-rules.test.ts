/**
 * Which folders export:toFolder writes into (issue 13, issue 11 item 25): only absolute ones — a
 * relative folder would land in the server's working directory (in web mode the checkout it serves)
 * — and a NUL or other control character is refused in a sentence, not in Node's words.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkExportFolder } from '../../../src/main/core/handlers/export-folder';
import { client, importText, newCore, tempDir } from './helpers';

describe('export:toFolder folder rules', () => {
  test('a relative folder is refused and nothing is created', async () => {
    const core = newCore();
    const doc = (await importText(core)).document;
    const name = `exports-${Date.now()}`;
    const error = await client(core).fail('export:toFolder', { ids: [doc.id], formats: ['text'], dir: name });
    expect(error.code).toBe('invalid_input');
    expect(error.message).toBe(`The export folder must be a full path (such as /home/you/exports), not “${name}”.`);
    expect(existsSync(join(process.cwd(), name))).toBe(false);
  });

  test('a NUL in the folder gets a sentence, not Node’s message', async () => {
    const core = newCore();
    const doc = (await importText(core)).document;
    const error = await client(core).fail('export:toFolder', { ids: [doc.id], formats: ['text'], dir: `${tempDir()}/out\u0000x` });
    expect(error).toEqual({ code: 'invalid_input', message: 'The export folder cannot be used: its name contains a NUL character. Choose another folder.' });
  });

  test('Windows: a drive-relative folder and reserved characters are refused; C:\\ paths are fine', () => {
    expect(() => checkExportFolder('C:exports', 'win32')).toThrow(/full path/);
    expect(() => checkExportFolder('C:\\out\\a?b', 'win32')).toThrow(/does not allow/);
    expect(() => checkExportFolder('C:\\Users\\me\\Exports', 'win32')).not.toThrow();
    expect(() => checkExportFolder('/tmp/out\u001b[31m', 'linux')).toThrow(/control character U\+001B/);
  });
});
