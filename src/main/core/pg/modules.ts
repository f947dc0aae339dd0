/**
 * The PostgreSQL repository modules the store binds (pg/repos/*.ts, one per store module). Typed
 * as the whole {@link PgRepos}: a repository function added on the SQLite side and missing here
 * fails to type-check.
 */
import { annotations } from './repos/annotations';
import { claims } from './repos/claims';
import { claimsPage } from './repos/claims-page';
import { documents } from './repos/documents';
import { doubleReviews } from './repos/double-reviews';
import { events } from './repos/events';
import { labels } from './repos/labels';
import { library } from './repos/library';
import { settings } from './repos/settings';
import { suggestContext } from './repos/suggest-context';
import { suggestions } from './repos/suggestions';
import type { PgRepos } from './types';

export const PG_REPOS: PgRepos = { annotations, claims, claimsPage, documents, doubleReviews, events, labels, library, settings, suggestions, suggestContext };

