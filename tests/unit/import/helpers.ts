/** Shared helpers for the import tests: fixtures by name, and text as bytes. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ParsedImport } from '../../../src/shared/types';

/** Bytes of a file under tests/fixtures/import/. */
export function fixture(name: string): Uint8Array {
  return readFileSync(join(import.meta.dirname, '../../fixtures/import', name));
}

/** UTF-8 bytes of a string. */
export function utf8(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

/** A generous size limit for tests that are not about size. */
export const LIMIT = { maxBytes: 25 * 1024 * 1024 };

/** The text an annotation covers. */
export function covered(parsed: ParsedImport, a: { start: number; end: number }): string {
  return parsed.text.slice(a.start, a.end);
}
