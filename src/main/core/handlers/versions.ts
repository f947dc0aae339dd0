/**
 * Optimistic concurrency for annotations and claims. A record's version is its `updatedAt`: every
 * write sets it (strictly later than before, see {@link nextVersion}), both stores keep it as text, and
 * the renderer already holds it. A write that names the version it was based on (`baseVersion`) is
 * refused with `conflict` when the record has changed since; the refusal says who changed what and
 * when, read from the newest audit events of the annotation (claims and sources log under it too).
 */
import { ApiError } from '../../../shared/result';
import { CHANGED_ELSEWHERE_TAIL, sourceVersion } from '../../../shared/conflict';
import type { ClaimSource, EventRecord } from '../../../shared/types';
import { currentActorOf } from '../actor';
import type { StoreTx } from '../store/types';

/** What a version belongs to, as the refusal names it. */
export type VersionedThing = 'claim' | 'annotation';

/**
 * The version a write stamps: `at`, or one millisecond after `previous` when the clock has not moved
 * past it (two writes in one millisecond must still differ, or the second's base would look current).
 */
export function nextVersion(previous: string, at: string): string {
  return at > previous ? at : new Date(Date.parse(previous) + 1).toISOString();
}

/**
 * Throws `conflict` when `base` is given and differs from `current` (the record's `updatedAt`).
 * The sentence names who made the latest change to the annotation `annotationId` and what it was.
 */
export async function checkVersion(
  tx: StoreTx,
  thing: VersionedThing,
  annotationId: string,
  current: string,
  base: string | undefined,
): Promise<void> {
  if (base === undefined || base === current) return;
  throw new ApiError('conflict', await changedElsewhereMessage(tx, thing, annotationId));
}

/** "Mei Chen changed this claim's verdict at 14:02; your change was not saved — reload to see it." */
export async function changedElsewhereMessage(tx: StoreTx, thing: VersionedThing, annotationId: string): Promise<string> {
  const recent = await tx.events.listEvents({ annotationId, limit: 6 });
  const latest = recent[0];
  if (!latest) return `Someone changed this ${thing}; ${CHANGED_ELSEWHERE_TAIL}`;
  // One write may log several events (a status and a verdict): the ones sharing the latest's time and author.
  const write = recent.filter((e) => e.at === latest.at && e.actor === latest.actor);
  return `${await who(tx, latest)} ${describeChange(write, thing)} ${when(latest.at)}; ${CHANGED_ELSEWHERE_TAIL}`;
}

/**
 * Throws `conflict` when `base` is given and is not the stored source's version (shared/conflict.ts
 * `sourceVersion`: sources have no timestamp of their own), naming who last changed that source.
 */
export async function checkSourceVersion(tx: StoreTx, source: ClaimSource, base: string | undefined): Promise<void> {
  if (base === undefined || base === sourceVersion(source)) return;
  const recent = await tx.events.listEvents({ annotationId: source.annotationId, limit: 200 });
  const latest = recent.find((e) => e.action === 'source.updated' && e.data.sourceId === source.id);
  const message = latest
    ? `${await who(tx, latest)} changed this source ${when(latest.at)}; ${CHANGED_ELSEWHERE_TAIL}`
    : `Someone changed this source; ${CHANGED_ELSEWHERE_TAIL}`;
  throw new ApiError('conflict', message);
}

/** Who made a change, as the refusal addresses the reader. */
async function who(tx: StoreTx, event: EventRecord): Promise<string> {
  return event.actor === (await currentActorOf(tx)) ? 'You (in another window)' : event.actor || 'Someone';
}

const FIELD_WORDS: Record<string, string> = {
  status: 'status',
  verdict: 'verdict',
  assignee: 'assignee',
  checklist: 'checklist',
  label: 'label',
  kind: 'kind',
  start: 'position',
  end: 'position',
  attrs: 'details',
};

/** "changed this claim's status and verdict", "added a source to this claim", … */
function describeChange(events: EventRecord[], thing: VersionedThing): string {
  const fields = new Set<string>();
  // Oldest first, so the words follow the order the write made its changes in.
  for (const event of [...events].reverse()) {
    if (event.action === 'source.added') return `added a source to this ${thing}`;
    if (event.action === 'source.updated') return `changed a source of this ${thing}`;
    if (event.action === 'source.deleted') return `removed a source from this ${thing}`;
    if (event.action === 'claim.status_changed') fields.add('status');
    const after = event.data.after;
    if (after && typeof after === 'object') for (const key of Object.keys(after)) fields.add(FIELD_WORDS[key] ?? key);
  }
  const words = [...fields];
  if (words.length === 0) return `changed this ${thing}`;
  const list = words.length === 1 ? words[0] : `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
  return `changed this ${thing}'s ${list}`;
}

/** "at 14:02" today, "on 2026-12-03 at 14:02" before (the clock of the machine answering). */
function when(iso: string): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return '';
  const pad = (n: number) => String(n).padStart(2, '0');
  const time = `at ${pad(at.getHours())}:${pad(at.getMinutes())}`;
  const day = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
  return day(at) === day(new Date()) ? time : `on ${day(at)} ${time}`;
}
