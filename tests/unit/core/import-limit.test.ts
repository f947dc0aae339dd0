import { describe, expect, it } from 'vitest';
import { maxImportBytesFrom, parseMaxImportMb } from '../../../src/main/core/import-limit';
import { bodyLimitFor, MAX_BODY_BYTES } from '../../../src/web/server';
import { client, newCore } from './helpers';

const MB = 1024 * 1024;

describe('the import size limit a user sets', () => {
  it('reads megabytes (of 1024 × 1024 bytes, fractions allowed) up to 256', () => {
    expect(parseMaxImportMb('25', '--max-import-mb')).toBe(25 * MB);
    expect(parseMaxImportMb('0.5', '--max-import-mb')).toBe(MB / 2);
    expect(parseMaxImportMb(' 256 ', '--max-import-mb')).toBe(256 * MB);
  });

  it('refuses anything but a plain number above 0 and at most 256, naming where it came from', () => {
    for (const value of ['0', '0.0', '-1', '257', '1e2', '0x10', 'Infinity', 'NaN', '', '12 MB']) {
      expect(() => parseMaxImportMb(value, 'COPYDESK_MAX_IMPORT_MB'), value).toThrow(
        `COPYDESK_MAX_IMPORT_MB must be a number of megabytes above 0 and at most 256, not "${value}".`,
      );
    }
  });

  it('prefers the option to COPYDESK_MAX_IMPORT_MB, and leaves the default when neither is set', () => {
    expect(maxImportBytesFrom('10', { COPYDESK_MAX_IMPORT_MB: '99' })).toBe(10 * MB);
    expect(maxImportBytesFrom(undefined, { COPYDESK_MAX_IMPORT_MB: '99' })).toBe(99 * MB);
    expect(maxImportBytesFrom(undefined, { COPYDESK_MAX_IMPORT_MB: '  ' })).toBeUndefined();
    expect(maxImportBytesFrom(undefined, {})).toBeUndefined();
    expect(() => maxImportBytesFrom(undefined, { COPYDESK_MAX_IMPORT_MB: 'big' })).toThrow(/^COPYDESK_MAX_IMPORT_MB must be/);
  });

  it('is what the core enforces and app:info reports', async () => {
    const api = client(newCore({ maxImportBytes: maxImportBytesFrom('0.001', {}) }));
    expect((await api.call('app:info', {})).maxImportBytes).toBe(1048);
    const outcome = await api.call('documents:import', { name: 'long.txt', data: Buffer.from('x'.repeat(2000)).toString('base64') });
    expect(outcome).toEqual({ status: 'skipped', reason: '“long.txt” is 2 KB; the limit is 1 KB.' });
  });

  it('lets the web mode accept the base64 of a file as large as the limit', () => {
    expect(bodyLimitFor(25 * MB)).toBe(MAX_BODY_BYTES);
    expect(bodyLimitFor(30 * MB)).toBeGreaterThan(MAX_BODY_BYTES);
    expect(bodyLimitFor(300 * MB)).toBeGreaterThan((300 * MB * 4) / 3);
    expect(bodyLimitFor(1 * MB)).toBe(MAX_BODY_BYTES);
  });
});
