/**
 * Password hashing for team accounts: scrypt from node:crypto, a fresh 16-byte salt per password,
 * and the cost parameters stored beside the hash (`scrypt$<log2 N>$<r>$<p>$<salt>$<hash>`, base64url),
 * so that raising the cost later leaves old hashes verifiable. Verification recomputes with the
 * stored parameters and compares in constant time.
 */
import { randomBytes, scrypt as scryptCallback, timingSafeEqual, type ScryptOptions } from 'node:crypto';

/** scrypt's cost: N = 2^logN, block size r, parallelism p. */
export interface ScryptCost {
  logN: number;
  r: number;
  p: number;
}

/** The default cost: N = 2^15, r = 8, p = 1 (OWASP's scrypt minimum): 32 MiB and 0.4 s per hash on this 2-core machine under load. */
export const DEFAULT_COST: ScryptCost = { logN: 15, r: 8, p: 1 };

const KEY_BYTES = 32;
const SALT_BYTES = 16;
/** The shortest and longest password accepted (long ones are fine for scrypt; the cap keeps requests small). */
export const MIN_PASSWORD_LENGTH = 10;
export const MAX_PASSWORD_LENGTH = 1000;

function scrypt(password: string, salt: Buffer, cost: ScryptCost): Promise<Buffer> {
  const N = 2 ** cost.logN;
  // scrypt needs 128·N·r bytes; Node's default cap (32 MiB) is exactly the default cost's need.
  const options: ScryptOptions = { N, r: cost.r, p: cost.p, maxmem: 256 * N * cost.r };
  return new Promise((resolve, reject) => {
    scryptCallback(password.normalize('NFC'), salt, KEY_BYTES, options, (error, key) => (error ? reject(error) : resolve(key)));
  });
}

/** Why a new password is not acceptable, as a sentence; null when it is. */
export function passwordProblem(password: string): string | null {
  if (password.length < MIN_PASSWORD_LENGTH) return `A password needs at least ${MIN_PASSWORD_LENGTH} characters.`;
  if (password.length > MAX_PASSWORD_LENGTH) return `A password may have at most ${MAX_PASSWORD_LENGTH} characters.`;
  return null;
}

/** Hashes `password` with a fresh salt; the answer holds everything {@link verifyPassword} needs. */
export async function hashPassword(password: string, cost: ScryptCost = DEFAULT_COST): Promise<string> {
  const salt = randomBytes(SALT_BYTES);
  const key = await scrypt(password, salt, cost);
  return ['scrypt', cost.logN, cost.r, cost.p, salt.toString('base64url'), key.toString('base64url')].join('$');
}

/** Reads a stored hash; null when it is not one of ours. */
function parseHash(stored: string): { cost: ScryptCost; salt: Buffer; key: Buffer } | null {
  const parts = stored.split('$');
  if (parts.length !== 6 || parts[0] !== 'scrypt') return null;
  const [logN, r, p] = parts.slice(1, 4).map(Number);
  if (![logN, r, p].every(Number.isInteger) || logN < 1 || logN > 24 || r < 1 || r > 32 || p < 1 || p > 16) return null;
  const salt = Buffer.from(parts[4], 'base64url');
  const key = Buffer.from(parts[5], 'base64url');
  if (salt.length === 0 || key.length !== KEY_BYTES) return null;
  return { cost: { logN, r, p }, salt, key };
}

/** Does `password` match `stored`? A malformed stored hash matches nothing. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parsed = parseHash(stored);
  if (parsed === null) return false;
  const key = await scrypt(password, parsed.salt, parsed.cost);
  return timingSafeEqual(key, parsed.key);
}

let decoy: Promise<string> | null = null;
/**
 * Spends the time of one verification without an account to check: a sign-in with an unknown login
 * takes as long as one with a wrong password, so timing does not tell which logins exist.
 */
export async function verifyNothing(password: string): Promise<false> {
  decoy ??= hashPassword('copydesk decoy password');
  await verifyPassword(password, await decoy);
  return false;
}
