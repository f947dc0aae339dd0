/**
 * The words of a write refused because someone changed the record since the caller read it
 * (optimistic concurrency: `baseVersion`). The core ends such a refusal with {@link CHANGED_ELSEWHERE_TAIL};
 * the renderer tells it apart from a stale-text refusal by that ending and shows it as it is.
 */

/** How every "changed by someone else" refusal ends. */
export const CHANGED_ELSEWHERE_TAIL = 'your change was not saved — reload to see it.';

/** True when a conflict message says another change got there first (not that the text moved). */
export function isChangedElsewhere(message: string): boolean {
  return message.endsWith(CHANGED_ELSEWHERE_TAIL);
}

/** The fields a source's version is computed from (sources carry no timestamp of their last change). */
interface SourceContent {
  url: string;
  title: string;
  quote: string;
  note: string;
  consultedAt: string | null;
}

/**
 * A source's version: a fingerprint (64-bit FNV-1a, hex) of what it says, computed the same way by
 * the renderer from the source it shows and by the core from the stored one. Two versions differ
 * when any field does; a source changed and changed back counts as unchanged, which loses nothing.
 */
export function sourceVersion(source: SourceContent): string {
  const text = JSON.stringify([source.url, source.title, source.quote, source.note, source.consultedAt]);
  let hash = 0xcbf29ce484222325n;
  for (let i = 0; i < text.length; i++) {
    hash ^= BigInt(text.charCodeAt(i));
    hash = (hash * 0x100000001b3n) & 0xffffffffffffffffn;
  }
  return hash.toString(16).padStart(16, '0');
}
