/**
 * Drafts of typed fields (verdict, note, canonical name, source form…) kept in localStorage until
 * they are saved, so that words typed into a panel survive whatever ends it — the window closing
 * before the save reached the library, a crash, a failed save — and come back the next time the
 * same field is shown. A field writes its draft on every change and removes it once saved.
 *
 * Keys are namespaced (`copydesk.draft:`) by the field's owner: the annotation id and the field name.
 * Storage that is full or disabled only loses the safety net, never the typing itself.
 */

const PREFIX = 'copydesk.draft:';

function storage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null; // disabled storage throws on access
  }
}

/** The draft kept under `key`, or null. */
export function readDraft<T = string>(key: string): T | null {
  const raw = storage()?.getItem(PREFIX + key);
  if (raw == null) return null;
  try {
    return JSON.parse(raw) as T;
  } catch {
    return null;
  }
}

/** Keeps `value` as the draft under `key`. */
export function writeDraft(key: string, value: unknown): void {
  try {
    storage()?.setItem(PREFIX + key, JSON.stringify(value));
  } catch {
    // Quota exceeded: the field still holds the words and saves them as usual.
  }
}

/** Forgets the draft under `key` (it was saved, or deliberately discarded). */
export function clearDraft(key: string): void {
  try {
    storage()?.removeItem(PREFIX + key);
  } catch {
    // nothing to do
  }
}
