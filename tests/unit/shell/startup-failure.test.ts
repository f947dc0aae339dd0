/** The desktop app's start-up failure dialog: a refusal as the core says it, anything else a sentence with the detail logged. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startupFailureMessage } from '../../../src/main/startup-failure';
import { ApiError } from '../../../src/shared/result';
import { tempDir } from '../core/helpers';

describe('startupFailureMessage', () => {
  it('shows the core’s refusal as it is', () => {
    const dbPath = join(tempDir(), 'library.sqlite');
    expect(startupFailureMessage(new ApiError('database', 'This library was made by a newer Copydesk.'), dbPath)).toBe('This library was made by a newer Copydesk.');
  });

  it('answers anything else with a sentence naming the log, which holds the stack', () => {
    const dir = tempDir();
    const dbPath = join(dir, 'library.sqlite');
    const error = new Error('The module was compiled against a different Node.js version (NODE_MODULE_VERSION 115)');
    expect(startupFailureMessage(error, dbPath)).toBe(`Copydesk could not open its library (${dbPath}); the details are in ${join(dir, 'copydesk.log')}.`);
    expect(readFileSync(join(dir, 'copydesk.log'), 'utf8')).toContain('NODE_MODULE_VERSION 115');
  });
});
