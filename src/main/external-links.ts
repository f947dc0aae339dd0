/**
 * The only way anything leaves the app for the outside world: an http(s) link opened in the
 * system browser. The validator takes the side effect as a parameter so it is testable without Electron.
 */

/** Longest URL we hand to the operating system. */
const MAX_URL_LENGTH = 4000;

/**
 * Answers the normalised URL when `value` is an absolute http(s) URL without credentials, else null.
 * `javascript:`, `file:`, `data:`, custom schemes and relative paths are all refused.
 */
export function validateExternalUrl(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const trimmed = value.trim();
  if (trimmed.length === 0 || trimmed.length > MAX_URL_LENGTH) return null;
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  if (url.hostname === '' || url.username !== '' || url.password !== '') return null;
  return url.href;
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
