/**
 * The one definition of a web address Copydesk accepts — for claim sources, export links and the
 * shell's `shell.openExternal`: an absolute http(s) URL with a host and without credentials, at most
 * 4000 characters. Anything else (`javascript:`, `file:`, `data:`, custom schemes, relative paths)
 * is refused, because whatever passes may be opened in the system browser.
 */

/** Longest URL accepted. */
export const MAX_URL_LENGTH = 4000;

/** The normalised URL (`new URL(value).href`, surrounding spaces trimmed) when `value` is an acceptable http(s) URL, else null. */
export function toHttpUrl(value: unknown): string | null {
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

/** True when `value` is an acceptable http(s) URL (see {@link toHttpUrl}). */
export function isHttpUrl(value: unknown): boolean {
  return toHttpUrl(value) !== null;
}
