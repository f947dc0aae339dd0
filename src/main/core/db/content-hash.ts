/**
 * The content hash that finds a document already in the library: SHA-256 (hex) of the UTF-8 bytes
 * of its imported canonical text. Migration 2 backfilled it with this function and every new import
 * stores it, so changing it means a new migration that hashes every document again.
 */
import { createHash } from 'node:crypto';

/** SHA-256, as 64 lower-case hex digits, of the UTF-8 encoding of `text` (a canonical text). */
export function contentHash(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}
