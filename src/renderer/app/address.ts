/**
 * The address of a document or of one annotation in it, for "Copy link": in the desktop app a
 * `copydesk://doc/<id>/annotation/<id>` link, which opens Copydesk at that annotation from a chat,
 * an email or a ticket (src/main/launch.ts reads it); in web mode the page's own address with the
 * route (the access key is never in the address bar, so it is never copied).
 */
import { platform as runningPlatform } from '../api/client';
import { routeHash } from './route';

/** What a link leads to. */
export interface AddressTarget {
  documentId: string;
  annotationId?: string;
}

/** The shareable address of `target`. */
export function addressOf(
  target: AddressTarget,
  platform: 'electron' | 'web' = runningPlatform,
  location: Pick<Location, 'origin' | 'pathname'> = window.location,
): string {
  if (platform === 'electron') {
    const doc = `copydesk://doc/${encodeURIComponent(target.documentId)}`;
    return target.annotationId ? `${doc}/annotation/${encodeURIComponent(target.annotationId)}` : doc;
  }
  return `${location.origin}${location.pathname}${routeHash({ name: 'document', id: target.documentId, annotationId: target.annotationId })}`;
}
