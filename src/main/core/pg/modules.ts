/**
 * The PostgreSQL repository modules the store binds (pg/repos/*.ts, one per store module).
 * While the repositories are being written, a module not here yet answers every call with an
 * `internal` error naming it, so the rest of the store (and the handlers that do not need it) work.
 */
import { annotations } from './repos/annotations';
import { claims } from './repos/claims';
import { claimsPage } from './repos/claims-page';
import { documents } from './repos/documents';
import { events } from './repos/events';
import { labels } from './repos/labels';
import { library } from './repos/library';
import { settings } from './repos/settings';
import { suggestContext } from './repos/suggest-context';
import { suggestions } from './repos/suggestions';
import type { PgRepos } from './types';

export const PG_REPOS: Partial<PgRepos> = { annotations, claims, claimsPage, documents, events, labels, library, settings, suggestions, suggestContext };

/** Every module name the store has, whether or not its PostgreSQL repository exists yet. */
export const STORE_MODULES: ReadonlyArray<keyof PgRepos> = [
  'annotations',
  'claims',
  'claimsPage',
  'documents',
  'events',
  'labels',
  'library',
  'settings',
  'suggestions',
  'suggestContext',
];
