/**
 * Suggestion handlers (issue 8): run the suggesters on demand, tell whether the background run after
 * an import is still going, Settings → Suggestions, and the consistency view (names tagged with
 * different labels across the library) with its relabel action. Accepting and rejecting are ordinary
 * `annotations:update` / `annotations:delete` calls (see suggest/store.ts), so undo works unchanged.
 */
import type { Handlers } from '../../../shared/api';
import { ApiError } from '../../../shared/result';
import type { DocumentSummary } from '../../../shared/types';
import { inTransaction, nowIso, stmt } from '../db/sql';
import { getSuggestSettings, setSuggestSettings } from '../suggest/context';
import { suggestForDocument, suggestionStep, type DocumentSuggestions, type SuggestionJobs } from '../suggest/run';
import { SUGGESTION_KINDS } from '../suggest/index';
import type { CpuTasks } from '../workers/cpu-tasks';
import { resolveLabel } from './annotation-rules';
import { audit, touch, type CoreContext, type HandlerFamily } from './context';

const ACCEPTED = "COALESCE(json_extract(attrs, '$.pending'), 0) = 0";
const KIND_PLURALS = { teaser: 'teasers', claim: 'claims', entity: 'entities' } as const;

/** The handlers of the suggestion operations. */
export function suggestionHandlers(
  context: CoreContext,
  cpu: CpuTasks,
  jobs: SuggestionJobs,
): HandlerFamily<'suggestions:run' | 'suggestions:status' | 'suggestions:settings' | 'suggestions:setSettings' | 'suggestions:consistency' | 'suggestions:relabel'> {
  const { db } = context;
  return {
    'suggestions:run': async ({ documentIds, all, kinds }) => {
      const ids = all
        ? stmt<[], { id: string }>(db, 'SELECT id FROM documents ORDER BY created_at, id').all().map((r) => r.id)
        : [...new Set(documentIds ?? [])];
      const documents: DocumentSuggestions[] = [];
      for (const id of ids) documents.push(await suggestForDocument(db, cpu, id, kinds ?? SUGGESTION_KINDS, context.log));
      return { documents };
    },

    'suggestions:status': ({ documentId }) => {
      const step = suggestionStep(documentId);
      if (step) return { running: true, step: `${KIND_PLURALS[step.kind]} (${step.step} of ${step.of})` };
      return { running: jobs.isPending(documentId) };
    },

    'suggestions:settings': () => getSuggestSettings(db),

    'suggestions:setSettings': (patch) => setSuggestSettings(db, patch),

    'suggestions:consistency': ({ limit }) => {
      const rows = stmt<[number], { text: string; label: string; annotations: number; documents: number }>(
        db,
        `WITH names AS (
           SELECT lower(quote) AS key FROM annotations
           WHERE kind = 'entity' AND label IS NOT NULL AND orphaned = 0 AND ${ACCEPTED}
           GROUP BY lower(quote) HAVING COUNT(DISTINCT label) > 1 LIMIT ?
         )
         SELECT MIN(a.quote) AS text, a.label AS label, COUNT(*) AS annotations, COUNT(DISTINCT a.document_id) AS documents
         FROM annotations a JOIN names n ON n.key = lower(a.quote)
         WHERE a.kind = 'entity' AND a.label IS NOT NULL AND a.orphaned = 0 AND ${ACCEPTED.replace('attrs', 'a.attrs')}
         GROUP BY lower(a.quote), a.label
         ORDER BY lower(a.quote), annotations DESC, a.label`,
      ).all(limit);
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
      inTransaction(db, () => {
        const target = resolveLabel(db, 'entity', to, 'The new label');
        const source = resolveLabel(db, 'entity', from, 'The old label');
        if (target === source) throw new ApiError('invalid_input', `“${text}” is already tagged ${target} there.`);
        const where = `kind = 'entity' AND label = ? AND lower(quote) = lower(?) AND ${ACCEPTED}`;
        const documents = stmt<[string, string], { document_id: string }>(db, `SELECT DISTINCT document_id FROM annotations WHERE ${where}`)
          .all(source!, text)
          .map((r) => r.document_id);
        const at = nowIso();
        const changed = stmt(db, `UPDATE annotations SET label = ?, updated_at = ? WHERE ${where}`).run(target, at, source, text).changes;
        for (const documentId of documents) audit(db, { action: 'suggestions.relabelled', documentId, data: { text, from: source, to: target } }, at);
        touch(db, documents, at);
        return { annotations: changed, documents: documents.length };
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
  const queue = (document: DocumentSummary) => {
    if (getSuggestSettings(context.db).suggestOnImport) jobs.enqueue(document.id);
  };
  return {
    ...handlers,
    'documents:import': async (input) => {
      const result = await handlers['documents:import'](input);
      if (result.status === 'imported') queue(result.document);
      return result;
    },
    'documents:importMany': async (input) => {
      const result = await handlers['documents:importMany'](input);
      for (const r of result.results) if (r.status === 'imported') queue(r.document);
      return result;
    },
  };
}
