/** Turning audit events into sentences for the claim history ("Ana · 12 Mar 14:05 · Status: Unverified → Verified"). */
import type { EventRecord } from '../../shared/types';
import { CLAIM_STATUSES, type ClaimStatus } from '../../shared/types';
import { CLAIM_STATUS_WORDS } from '../../shared/vocabulary';
import { shorten } from './vocabulary';

const ACTION_WORDS: Record<string, string> = {
  'annotation.created': 'Marked the claim',
  'annotation.updated': 'Changed the annotation',
  'annotation.restored': 'Restored the claim (undo)',
  'annotation.deleted': 'Deleted the claim',
  'suggestion.accepted': 'Accepted the suggested claim',
  'suggestion.unaccepted': 'Took back accepting the suggestion (undo)',
  'suggestion.rejected': 'Rejected the suggested claim',
  'claim.status_changed': 'Status',
  'claim.updated': 'Changed',
  'source.added': 'Added a source',
  'source.updated': 'Edited a source',
  'source.deleted': 'Removed a source',
};

const FIELD_WORDS: Record<string, string> = {
  verdict: 'verdict',
  assignee: 'assignee',
  checklist: 'checklist',
  label: 'label',
  attrs: 'details',
  kind: 'kind',
  start: 'position',
  end: 'position',
};

function isStatus(value: unknown): value is ClaimStatus {
  return typeof value === 'string' && (CLAIM_STATUSES as readonly string[]).includes(value);
}

function word(value: unknown): string {
  if (isStatus(value)) return CLAIM_STATUS_WORDS[value];
  if (value === null || value === undefined || value === '') return '(empty)';
  if (typeof value === 'string') return `“${shorten(value, 50)}”`;
  if (typeof value === 'object') {
    const ticked = Object.values(value as Record<string, unknown>).filter((v) => v === true).length;
    if (Object.values(value as Record<string, unknown>).every((v) => typeof v === 'boolean')) return `${ticked} ticked`;
    return shorten(JSON.stringify(value), 50);
  }
  return String(value);
}

/** One history line's "what changed" part, in words. */
export function describeEvent(event: EventRecord): string {
  const head = ACTION_WORDS[event.action] ?? event.action.replace(/[._]/g, ' ');
  const data = event.data ?? {};
  if (event.action === 'claim.status_changed') return `${head}: ${word(data.before)} → ${word(data.after)}`;
  if (event.action.startsWith('source.')) {
    const title = (data.title as string) || (data.url as string) || ((data.after as { url?: string } | undefined)?.url ?? '');
    return title ? `${head}: ${shorten(String(title), 60)}` : head;
  }
  const before = data.before as Record<string, unknown> | undefined;
  const after = data.after as Record<string, unknown> | undefined;
  if (before && after && typeof before === 'object' && typeof after === 'object') {
    const fields = Object.keys(after).filter((f) => f !== 'end' || !('start' in after));
    const parts = fields.map((f) =>
      f === 'verdict' || f === 'checklist' || f === 'attrs' || f === 'start'
        ? FIELD_WORDS[f] ?? f
        : `${FIELD_WORDS[f] ?? f} ${word(before[f])} → ${word(after[f])}`,
    );
    return parts.length ? `${head} ${parts.join(', ')}` : head;
  }
  return head;
}
