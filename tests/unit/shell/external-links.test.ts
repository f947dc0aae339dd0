import { describe, expect, it, vi } from 'vitest';
import { openExternalUrl, validateExternalUrl } from '../../../src/main/external-links';

describe('openExternalUrl', () => {
  it('opens http and https addresses in the system browser', () => {
    const open = vi.fn(async () => {});
    expect(openExternalUrl('https://www.reuters.com/article/x?y=1#z', open)).toBe(true);
    expect(openExternalUrl('  http://example.org/path  ', open)).toBe(true);
    expect(open.mock.calls).toEqual([['https://www.reuters.com/article/x?y=1#z'], ['http://example.org/path']]);
  });

  it.each([
    ['javascript:alert(1)'],
    ['file:///etc/passwd'],
    ['data:text/html,<script>alert(1)</script>'],
    ['smb://server/share'],
    ['vscode://open?file=/etc/passwd'],
    ['/relative/path'],
    ['https://user:secret@example.org/'],
    ['http://'],
    [''],
    [42],
    [null],
    [{ href: 'https://example.org' }],
  ])('refuses %j and opens nothing', (value) => {
    const open = vi.fn(async () => {});
    expect(openExternalUrl(value, open)).toBe(false);
    expect(open).not.toHaveBeenCalled();
  });

  it('refuses absurdly long addresses', () => {
    expect(validateExternalUrl(`https://example.org/${'a'.repeat(5000)}`)).toBeNull();
  });

  it('does not throw when the system cannot open the address', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const open = vi.fn(() => Promise.reject(new Error('no browser')));
    expect(openExternalUrl('https://example.org/', open)).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(error).toHaveBeenCalled();
    error.mockRestore();
  });
});
