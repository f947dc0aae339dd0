/**
 * HTML escaping for the report. Everything a document contains goes through `escapeHtml`; links are
 * emitted only for absolute http(s) URLs, with `rel="noopener noreferrer"`.
 */
import { httpUrl } from './model';

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Text (or an attribute value) as HTML: the five special characters become references, and control
 * characters HTML does not allow become U+FFFD, so nothing in the text can open a tag or leave an attribute.
 */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ENTITIES[c]).replace(/[\u0000-\u0008\u000B\u000E-\u001F\u007F]/g, '\uFFFD');
}

/** A link to an http(s) URL (text escaped, opened without opener or referrer), or the escaped text when the URL is not http(s). */
export function link(url: string, text?: string): string {
  const label = escapeHtml(text?.trim() ? text.trim() : url.trim());
  const href = httpUrl(url);
  if (!href) return label;
  return `<a href="${escapeHtml(href)}" rel="noopener noreferrer" target="_blank">${label}</a>`;
}

/** A CSS colour from a label, accepted only as "#rrggbb" (anything else would be CSS injection); else a neutral grey. */
export function safeColor(value: string | null | undefined): string {
  return value && /^#[0-9a-fA-F]{6}$/.test(value) ? value.toLowerCase() : '#868e96';
}
