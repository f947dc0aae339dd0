import { describe, expect, it } from 'vitest';
import { hashPassword, passwordProblem, verifyPassword } from '../../../src/team/passwords';
import { looksLikeToken, newToken, tokenDigest } from '../../../src/team/tokens';

const LOW = { logN: 10, r: 8, p: 1 };

describe('password hashing', () => {
  it('verifies the right password and refuses a wrong one', async () => {
    const hash = await hashPassword('correct horse battery', LOW);
    expect(await verifyPassword('correct horse battery', hash)).toBe(true);
    expect(await verifyPassword('correct horse batterY', hash)).toBe(false);
    expect(await verifyPassword('', hash)).toBe(false);
  });

  it('salts every hash: the same password hashes differently twice, and the hash does not contain it', async () => {
    const a = await hashPassword('same password 123', LOW);
    const b = await hashPassword('same password 123', LOW);
    expect(a).not.toBe(b);
    expect(a).not.toContain('same password');
  });

  it('stores the cost with the hash, so a hash made at another cost still verifies', async () => {
    const hash = await hashPassword('a long passphrase', { logN: 11, r: 4, p: 2 });
    expect(hash.split('$').slice(0, 4)).toEqual(['scrypt', '11', '4', '2']);
    expect(await verifyPassword('a long passphrase', hash)).toBe(true);
  });

  it('uses N = 2^15, r = 8 by default', async () => {
    const hash = await hashPassword('default cost password');
    expect(hash.startsWith('scrypt$15$8$1$')).toBe(true);
    expect(await verifyPassword('default cost password', hash)).toBe(true);
  });

  it('matches nothing against a malformed or tampered hash', async () => {
    const hash = await hashPassword('tamper with me please', LOW);
    const parts = hash.split('$');
    expect(await verifyPassword('tamper with me please', 'plain-text-password')).toBe(false);
    expect(await verifyPassword('tamper with me please', [...parts.slice(0, 5), 'AAAA'].join('$'))).toBe(false);
    expect(await verifyPassword('tamper with me please', ['scrypt', '40', ...parts.slice(2)].join('$'))).toBe(false);
  });

  it('asks for at least 10 characters', () => {
    expect(passwordProblem('short')).toMatch(/at least 10/);
    expect(passwordProblem('long enough now')).toBeNull();
  });
});

describe('tokens', () => {
  it('are 256 random bits, stored as a digest that is not the token', () => {
    const token = newToken();
    expect(looksLikeToken(token)).toBe(true);
    expect(newToken()).not.toBe(token);
    expect(tokenDigest(token)).toMatch(/^[0-9a-f]{64}$/);
    expect(tokenDigest(token)).not.toContain(token);
    expect(looksLikeToken('x'.repeat(42))).toBe(false);
  });
});
