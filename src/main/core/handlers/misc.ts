/** Handlers of the audit log, the settings and the app information. */
import { inTransaction } from '../db/sql';
import { recordedSchemaVersion } from '../db/migrations';
import { listEvents } from '../repos/events';
import { getReviewerName, setSetting } from '../repos/settings';
import { audit, type CoreContext, type HandlerFamily } from './context';

/** The handlers of `events:list`, `settings:*` and `app:info`. */
export function miscHandlers(context: CoreContext): HandlerFamily<'events:list' | 'settings:get' | 'settings:set' | 'app:info'> {
  const { db } = context;
  return {
    'events:list': (filter) => listEvents(db, filter),

    'settings:get': () => ({ reviewerName: getReviewerName(db) }),

    'settings:set': ({ reviewerName }) =>
      inTransaction(db, () => {
        const before = getReviewerName(db);
        if (before !== reviewerName) {
          setSetting(db, 'reviewerName', reviewerName);
          audit(db, { action: 'settings.changed', data: { reviewerName: { before, after: reviewerName } } });
        }
        return { reviewerName };
      }),

    'app:info': () => ({
      version: context.version,
      dbPath: context.dbPath,
      schemaVersion: recordedSchemaVersion(db),
      maxImportBytes: context.maxImportBytes,
    }),
  };
}
