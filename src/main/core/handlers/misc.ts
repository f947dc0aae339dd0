/** Handlers of the audit log, the settings and the app information. */
import { auditTx, type CoreContext, type HandlerFamily } from './context';

/** The handlers of `events:list`, `settings:*` and `app:info`. */
export function miscHandlers(context: CoreContext): HandlerFamily<'events:list' | 'settings:get' | 'settings:set' | 'app:info'> {
  const { store } = context;
  return {
    'events:list': (filter) => store.events.listEvents(filter),

    'settings:get': async () => ({ reviewerName: await store.settings.getReviewerName() }),

    'settings:set': ({ reviewerName }) =>
      store.write(async (tx) => {
        const before = await tx.settings.getReviewerName();
        if (before !== reviewerName) {
          await tx.settings.setSetting('reviewerName', reviewerName);
          await auditTx(tx, { action: 'settings.changed', data: { reviewerName: { before, after: reviewerName } } });
        }
        return { reviewerName };
      }),

    'app:info': async () => ({
      version: context.version,
      dbPath: context.dbPath,
      schemaVersion: await store.library.schemaVersion(),
      maxImportBytes: context.maxImportBytes,
    }),
  };
}
