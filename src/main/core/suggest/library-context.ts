/**
 * The suggesters' view of the library (`SuggestContext`, types.ts), over the store: what the library
 * knows (suggest/context.ts: names tagged elsewhere, rejected names, checked claims) with
 * Settings → Suggestions. Read on the main thread and handed to the task worker as plain data.
 */
import type { StoreTx } from '../store/types';
import type { SuggestContext } from './types';

/** Settings → Suggestions. */
export interface SuggestSettings {
  claimSetting: 'precise' | 'broad';
  /** Compute suggestions in the background when a document is imported. */
  suggestOnImport: boolean;
}

const CLAIM_SETTING_KEY = 'suggest.claimSetting';
const ON_IMPORT_KEY = 'suggest.onImport';

/** Settings → Suggestions as stored (precise claims and suggesting on import unless changed). */
export async function getSuggestSettings(store: StoreTx): Promise<SuggestSettings> {
  return {
    claimSetting: (await store.settings.getSetting(CLAIM_SETTING_KEY)) === 'broad' ? 'broad' : 'precise',
    suggestOnImport: (await store.settings.getSetting(ON_IMPORT_KEY)) !== 'off',
  };
}

/** Changes the settings named in `patch`; answers them all. */
export function setSuggestSettings(store: StoreTx, patch: Partial<SuggestSettings>): Promise<SuggestSettings> {
  return store.write(async (tx) => {
    if (patch.claimSetting) await tx.settings.setSetting(CLAIM_SETTING_KEY, patch.claimSetting);
    if (patch.suggestOnImport !== undefined) await tx.settings.setSetting(ON_IMPORT_KEY, patch.suggestOnImport ? 'on' : 'off');
    return getSuggestSettings(tx);
  });
}

/** The whole context for suggesting in `documentId` (null: a document not in the library). */
export async function buildSuggestContext(store: StoreTx, documentId: string | null, title?: string): Promise<SuggestContext> {
  return store.read(async (tx) => ({
    knownNames: await tx.suggestContext.knownNames(documentId),
    rejectedNames: await tx.suggestContext.rejectedNames(),
    checkedClaims: await tx.suggestContext.checkedClaims(documentId),
    claimSetting: (await getSuggestSettings(tx)).claimSetting,
    ...(title ? { title } : {}),
  }));
}
