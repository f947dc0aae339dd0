/**
 * The only way anything leaves the app for the outside world: an http(s) link opened in the
 * system browser. The validator takes the side effect as a parameter so it is testable without Electron.
 */

import { toHttpUrl } from '../shared/urls';

/**
 * Answers the normalised URL when `value` is an absolute http(s) URL without credentials, else null.
 * `javascript:`, `file:`, `data:`, custom schemes and relative paths are all refused (shared/urls.ts,
 * the same rule sources are checked with).
 */
export function validateExternalUrl(value: unknown): string | null {
  return toHttpUrl(value);
}

/**
 * Opens `value` with `open` (Electron's `shell.openExternal`) when it is a safe http(s) URL.
 * Answers whether it was handed over; failures of `open` itself are logged, never thrown.
 */
export function openExternalUrl(value: unknown, open: (url: string) => Promise<void>): boolean {
  const url = validateExternalUrl(value);
  if (url === null) return false;
  open(url).catch((error: unknown) => {
    console.error(`Could not open ${url} in the system browser:`, error);
  });
  return true;
}
