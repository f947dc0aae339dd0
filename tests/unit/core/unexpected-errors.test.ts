/**
 * No raw exception text reaches a person (issue 13): an unexpected error is answered with one
 * sentence naming what was being done and pointing at the log, and its detail (the stack) is
 * appended to copydesk.log beside the library, rotated when it grows large.
 */
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test, vi } from 'vitest';
import { ErrorLog } from '../../../src/main/core/error-log';
import { errorMessage } from '../../../src/renderer/ui/errors';
import { ApiError } from '../../../src/shared/result';
import { ON_POSTGRES } from '../pg/harness';
import { client, newCore, tempDir } from './helpers';

describe('unexpected errors', () => {
  // SQLite-specific: it closes the better-sqlite3 connection under the core.
  test.skipIf(ON_POSTGRES)('are answered in a sentence, with the stack written to copydesk.log beside the library', async () => {
    const core = newCore();
    const api = client(core);
    core.db.close(); // the library is taken away under the core: better-sqlite3 throws a TypeError
    const error = await api.fail('documents:list', {});
    expect(error).toEqual({
      code: 'internal',
      message: 'Something went wrong while listing the library; the details are in copydesk.log beside the library (Help → Show Log).',
    });
    const log = readFileSync(join(core.dbPath, '..', 'copydesk.log'), 'utf8');
    expect(log).toContain('while listing the library (documents:list)');
    expect(log).toMatch(/database connection is not open[\s\S]*\n\s+at /); // message and stack
    expect(core.log.lastDetail).toContain('database connection is not open');
  });

  test('an ApiError stays as it is, and is not logged', async () => {
    const core = newCore();
    const error = await client(core).fail('documents:get', { id: 'nope' });
    expect(error.code).toBe('not_found');
    expect(existsSync(core.log.path)).toBe(false);
  });

  test('the log is rotated once it reaches its size limit', () => {
    const path = join(tempDir(), 'copydesk.log');
    writeFileSync(path, 'x'.repeat(2000));
    const log = new ErrorLog(path, 1000);
    log.record('testing', new Error('boom'));
    expect(readFileSync(`${path}.1`, 'utf8')).toBe('x'.repeat(2000));
    expect(readFileSync(path, 'utf8')).toContain('Error: boom');
    expect(statSync(path).size).toBeLessThan(1000);
  });
});

describe('the window', () => {
  test('shows an ApiError as it is, and anything else thrown as a sentence without its text', () => {
    const console_ = vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(errorMessage(new ApiError('conflict', 'The text changed.'))).toBe('The text changed.');
    const shown = errorMessage(new TypeError("Cannot read properties of undefined (reading 'start')"));
    expect(shown).toBe('Something went wrong in this window. Try again; if it keeps happening, restart Copydesk.');
    expect(console_).toHaveBeenCalled(); // the detail goes to the developer console
    console_.mockRestore();
  });
});
