/**
 * Suggestion handlers (issue 8): run the suggesters on demand, tell whether the background run after
 * an import is still going, Settings → Suggestions, and the consistency view (names tagged with
 * different labels across the library) with its relabel action. Accepting and rejecting are ordinary
 * `annotations:update` / `annotations:delete` calls (see suggest/suggestions-logic.ts), so undo works unchanged.
 */
import type { Handlers } from '../../../shared/api';
import { ApiError } from '../../../shared/result';
import type { DocumentSummary } from '../../../shared/types';
import { currentActorOf } from '../actor';
import { nowIso } from '../db/sql';
import { getSuggestSettings, setSuggestSettings } from '../suggest/library-context';
import { suggestForDocument, suggestionStep, type DocumentSuggestions, type SuggestionJobs } from '../suggest/run';
import { SUGGESTION_KINDS } from '../suggest/index';
import type { CpuTasks } from '../workers/cpu-tasks';
import { resolveLabel } from './annotation-rules';
import { auditTx, touchTx, type CoreContext, type HandlerFamily } from './context';

const KIND_PLURALS = { teaser: 'teasers', claim: 'claims', entity: 'entities' } as const;

/** The handlers of the suggestion operations. */
export function suggestionHandlers(
  context: CoreContext,
  cpu: CpuTasks,
  jobs: SuggestionJobs,
): HandlerFamily<'suggestions:run' | 'suggestions:status' | 'suggestions:settings' | 'suggestions:setSettings' | 'suggestions:consistency' | 'suggestions:relabel'> {
  const { store } = context;
  return {
    'suggestions:run': async ({ documentIds, all, kinds }) => {
      const ids = all ? await store.suggestions.documentIdsOldestFirst() : [...new Set(documentIds ?? [])];
      const documents: DocumentSuggestions[] = [];
      for (const id of ids) {
        const outcome = await suggestForDocument(store, cpu, id, kinds ?? SUGGESTION_KINDS, context.log);
        // Only a run of every kind replaces what the last one could not make.
        if (!kinds || kinds.length === SUGGESTION_KINDS.length) jobs.noteOutcome(id, outcome.message);
        documents.push(outcome);
      }
      return { documents };
    },

    'suggestions:status': async ({ documentId }) => {
      const step = suggestionStep(documentId);
      if (step) return { running: true, step: `${KIND_PLURALS[step.kind]} (${step.step} of ${step.of})` };
      if (jobs.isPending(documentId)) return { running: true };
      // Once done, how many are pending: the workspace picks up a run that finished before its first poll;
      // and what the last run could not make (a background run's sentence nobody was there to hear).
      const message = jobs.messageOf(documentId);
      return { running: false, pending: await store.suggestions.pendingCount(documentId), ...(message ? { message } : {}) };
    },

    'suggestions:settings': () => getSuggestSettings(store),

    'suggestions:setSettings': (patch) => setSuggestSettings(store, patch),

    'suggestions:consistency': async ({ limit }) => {
      const rows = await store.suggestions.labelConflicts(limit);
      const byName = new Map<string, { text: string; labels: Array<{ label: string; annotations: number; documents: number }> }>();
      for (const row of rows) {
        const key = row.text.toLowerCase();
        const entry = byName.get(key) ?? { text: row.text, labels: [] };
        entry.labels.push({ label: row.label, annotations: row.annotations, documents: row.documents });
        byName.set(key, entry);
      }
      return [...byName.values()];
    },

    'suggestions:relabel': ({ text, from, to }) =>
      store.write(async (tx) => {
        const target = (await resolveLabel(tx, 'entity', to, 'The new label'))!;
        const source = (await resolveLabel(tx, 'entity', from, 'The old label'))!;
        if (target === source) throw new ApiError('invalid_input', `“${text}” is already tagged ${target} there.`);
        const at = nowIso();
        const { annotations, documentIds } = await tx.suggestions.relabelName(text, source, target, at);
        const actor = await currentActorOf(tx);
        for (const documentId of documentIds) await auditTx(tx, { action: 'suggestions.relabelled', documentId, data: { text, from: source, to: target } }, at, actor);
        await touchTx(tx, documentIds, at);
        return { annotations, documents: documentIds.length };
      }),
  };
}

type ImportHandlers = Pick<Handlers, 'documents:import' | 'documents:importMany'>;

/**
 * Wraps the import handlers so that every document imported is queued for suggestions in the
 * background (when Settings → Suggestions says so): the import answers first, undelayed.
 */
export function suggestAfterImport<T extends ImportHandlers>(handlers: T, context: CoreContext, jobs: SuggestionJobs, enabled: boolean): T {
  if (!enabled) return handlers;
  const queue = async (documents: DocumentSummary[]) => {
    if (documents.length === 0 || !(await getSuggestSettings(context.store)).suggestOnImport) return;
    for (const document of documents) jobs.enqueue(document.id);
  };
  return {
    ...handlers,
    'documents:import': async (input) => {
      const result = await handlers['documents:import'](input);
      if (result.status === 'imported') await queue([result.document]);
      return result;
    },
    'documents:importMany': async (input) => {
      const result = await handlers['documents:importMany'](input);
      await queue(result.results.flatMap((r) => (r.status === 'imported' ? [r.document] : [])));
      return result;
    },
  };
}
