/**
 * Persistence primitives of the review workspace. Each one calls the API first and, once the core
 * has answered, applies the stored result to the workspace store and to the editor — so what the
 * editor shows is always what is saved. User actions (`useReviewActions`) and undo/redo steps
 * (`undo.ts`) are built from these and nothing else.
 *
 * Writes that carry offsets send the revision of the text they refer to (`baseRevision`, the stored
 * document's as the workspace last received it, after a text save the revision that save answered);
 * the core refuses them with a `conflict` when the text has changed since. Writes to an annotation or
 * claim also send its version as the workspace holds it (`baseVersion`, its `updatedAt`), so a change
 * someone else saved meanwhile is refused (with who changed what) instead of overwritten.
 */
import type { Input, NewAnnotation } from '../../shared/api';
import { sourceVersion } from '../../shared/conflict';
import { ApiError, isNotFound } from '../../shared/result';
import type { Annotation, AnnotationAttrs, Claim, ClaimSource } from '../../shared/types';
import { call } from '../api/client';
import type { ReviewEditor } from '../editor';
import { forEditor } from './editorAnnotations';
import type { ReviewChange, ReviewData } from './store';

/** An annotation the core no longer has (deleted or rejected elsewhere, withdrawn by Suggest), in words. */
const GONE = 'That annotation no longer exists: it was deleted or rejected elsewhere, or Suggest withdrew it.';

/** Annotations exactly as stored, with their claims and sources: what a delete captures and a restore puts back. */
export interface Snapshot {
  annotations: Annotation[];
  claims: Claim[];
  sources: ClaimSource[];
}

/** The fields of an annotation the panel can change. */
export interface AnnotationPatch {
  label?: string | null;
  attrs?: AnnotationAttrs;
  /** A new range (attaching an orphan to the words it belongs to). */
  start?: number;
  end?: number;
}

/** The fields of a claim the panel can change. */
export type ClaimPatch = Omit<Input<'claims:update'>, 'annotationId'>;

/** The editable fields of a source. */
export type SourceFields = Omit<Input<'sources:add'>, 'annotationId'>;

/** What the primitives need from the workspace. */
export interface SyncDeps {
  documentId: string;
  data(): ReviewData | null;
  dispatch(change: ReviewChange): void;
  editor(): ReviewEditor | null;
  /** Called after a create (the core moves a new document to "in review" on its first annotation). */
  onCreated?(): void;
  /**
   * True once the workspace is being reloaded (after a conflict): its writes are no longer sent, since
   * a field saving on its way out would otherwise save over what the reload fetched, based on it.
   */
  closed?(): boolean;
}

/** A write from a workspace that is being reloaded; not sent, and not worth a message (the draft is kept). */
export class WorkspaceClosedError extends Error {
  constructor() {
    super('The document is being reloaded; this change was kept as a draft.');
    this.name = 'WorkspaceClosedError';
  }
}

/** Persistence primitives; every one resolves after the store and editor reflect the saved state. */
export interface ReviewSync {
  create(specs: NewAnnotation[]): Promise<Snapshot>;
  remove(ids: string[]): Promise<Snapshot>;
  restore(snapshot: Snapshot): Promise<void>;
  update(id: string, patch: AnnotationPatch): Promise<{ before: Annotation; after: Annotation }>;
  /**
   * Saves several annotations' patches (no range changes), then shows them all in ONE store change
   * and ONE editor change — accepting thousands of suggestions at once. What was saved before a
   * refusal is shown too and answered in `saved`, with the refusal in `failure`. Annotations gone
   * meanwhile (deleted or rejected elsewhere, withdrawn by Suggest) are skipped, taken off the screen
   * and counted in `gone`.
   */
  updateMany(
    patches: ReadonlyArray<{ id: string; patch: Omit<AnnotationPatch, 'start' | 'end'> }>,
  ): Promise<{ saved: Array<{ before: Annotation; after: Annotation }>; failure: unknown; gone: number }>;
  updateClaim(annotationId: string, patch: ClaimPatch): Promise<{ before: Claim; after: Claim }>;
  addSource(annotationId: string, fields: SourceFields): Promise<ClaimSource>;
  updateSource(id: string, fields: Partial<SourceFields>): Promise<{ before: ClaimSource; after: ClaimSource }>;
  deleteSource(id: string): Promise<ClaimSource>;
}

/** A fresh client-side id, so undo/redo can recreate the very same annotation. */
export function newId(): string {
  return crypto.randomUUID();
}

/** How many annotation updates `updateMany` keeps on their way at once. */
const UPDATES_IN_FLIGHT = 8;

/** Builds the primitives over the API client. */
export function createSync(deps: SyncDeps): ReviewSync {
  const data = () => {
    if (deps.closed?.()) throw new WorkspaceClosedError();
    const current = deps.data();
    if (!current) throw new Error('The document is not loaded.');
    return current;
  };
  const status = (id: string) => deps.data()?.claims.get(id)?.status;
  /** The revision the workspace's offsets belong to. */
  const revision = () => data().document.revision;
  /** Shows saved annotations in the editor (orphans have nothing to paint). */
  const paint = (list: Annotation[]) => {
    const anchored = forEditor(list, status);
    if (anchored.length) deps.editor()?.addAnnotations(anchored);
  };
  /** Saves one annotation's patch against the revision and version the workspace holds. */
  const save = async (id: string, patch: AnnotationPatch) => {
    const before = data().annotations.get(id);
    // Deleted elsewhere, or a suggestion a later Suggest run withdrew: words for the person, not a bug.
    if (!before) throw new ApiError('not_found', GONE);
    const after = await call('annotations:update', { id, baseRevision: revision(), baseVersion: before.updatedAt, ...patch }).catch((error: unknown) => {
      if (!isNotFound(error)) throw error;
      // Someone else rejected or deleted it meanwhile: off the text and the panel too, where every key on it would fail.
      deps.dispatch({ type: 'removed', ids: [id] });
      deps.editor()?.removeAnnotations([id]);
      throw new ApiError('not_found', GONE);
    });
    return { before, after };
  };
  /**
   * An accepted claim suggestion got its verification row in the core, which the workspace has yet to
   * fetch — also when it holds one from an earlier acceptance: taking that back (undo) removed the row
   * in the core, and the new one has a version of its own (a verdict saved against the old was refused).
   */
  const lacksClaimRow = ({ before, after }: { before: Annotation; after: Annotation }) =>
    after.kind === 'claim' && !after.attrs.pending && (before.attrs.pending === true || !data().claims.has(after.id));
  /** Shows updated annotations in the editor: an orphan it never painted (orphaned when the document was loaded) is new to it once attached. */
  const repaint = (list: Annotation[]) => {
    const editor = deps.editor();
    if (!editor) return;
    const known = list.filter((a) => editor.getAnnotation(a.id));
    paint(list.filter((a) => !editor.getAnnotation(a.id)));
    editor.updateAnnotations(forEditor(known, status));
  };

  return {
    async create(specs) {
      const withIds = specs.map((s) => ({ ...s, id: s.id ?? newId() }));
      const result = await call('annotations:create', { documentId: deps.documentId, baseRevision: revision(), annotations: withIds });
      deps.dispatch({ type: 'added', annotations: result.annotations, claims: result.claims, sources: [] });
      paint(result.annotations);
      deps.onCreated?.();
      return { annotations: result.annotations, claims: result.claims, sources: [] };
    },

    async remove(ids) {
      const current = data();
      const gone = new Set(ids);
      const snapshot: Snapshot = {
        annotations: ids.map((id) => current.annotations.get(id)).filter((a): a is Annotation => Boolean(a)),
        claims: ids.map((id) => current.claims.get(id)).filter((c): c is Claim => Boolean(c)),
        sources: [...current.sources.values()].filter((s) => gone.has(s.annotationId)),
      };
      const baseVersions = Object.fromEntries(snapshot.annotations.map((a) => [a.id, a.updatedAt]));
      await call('annotations:delete', { ids, baseVersions });
      deps.dispatch({ type: 'removed', ids });
      deps.editor()?.removeAnnotations(ids);
      return snapshot;
    },

    async restore(snapshot) {
      // Shown as the core stored them: an annotation may have moved, or been orphaned, meanwhile.
      const stored = await call('annotations:restore', { documentId: deps.documentId, baseRevision: revision(), ...snapshot });
      deps.dispatch({ type: 'added', annotations: stored.annotations, claims: stored.claims, sources: stored.sources });
      paint(stored.annotations);
    },

    async update(id, patch) {
      const { before, after } = await save(id, patch);
      deps.dispatch({ type: 'updated', annotations: [after] });
      if (lacksClaimRow({ before, after })) deps.dispatch({ type: 'claim', claim: (await call('claims:get', { annotationId: id })).claim });
      repaint([after]);
      return { before, after };
    },

    async updateMany(patches) {
      const saved: Array<{ before: Annotation; after: Annotation }> = [];
      let failure: unknown = null;
      let gone = 0;
      // A few on their way at once: the round trips overlap (the core still writes one at a time).
      for (let i = 0; i < patches.length && !failure; i += UPDATES_IN_FLIGHT) {
        const answers = await Promise.allSettled(patches.slice(i, i + UPDATES_IN_FLIGHT).map(({ id, patch }) => save(id, patch)));
        for (const answer of answers) {
          if (answer.status === 'fulfilled') saved.push(answer.value);
          // Nothing left to change (save took it off the screen): the others still go on.
          else if (isNotFound(answer.reason)) gone++;
          else failure ??= answer.reason;
        }
      }
      if (saved.length === 0 || deps.closed?.()) return { saved, failure, gone };
      const afters = saved.map((s) => s.after);
      // Accepted claim suggestions' verification rows, fetched a few at a time.
      const missing = saved.filter(lacksClaimRow).map((s) => s.after.id);
      const claims: Claim[] = [];
      for (let i = 0; i < missing.length; i += 16) {
        const answers = await Promise.all(missing.slice(i, i + 16).map((annotationId) => call('claims:get', { annotationId }).then((c) => c.claim, () => null)));
        for (const claim of answers) if (claim) claims.push(claim);
      }
      deps.dispatch({ type: 'added', annotations: afters, claims, sources: [] });
      repaint(afters);
      return { saved, failure, gone };
    },

    async updateClaim(annotationId, patch) {
      const before = data().claims.get(annotationId);
      if (!before) throw new ApiError('not_found', 'That claim no longer exists.');
      const after = await call('claims:update', { annotationId, baseVersion: before.updatedAt, ...patch });
      deps.dispatch({ type: 'claim', claim: after });
      const annotation = data().annotations.get(annotationId);
      if (annotation && !annotation.orphaned && after.status !== before.status) deps.editor()?.updateAnnotation(annotationId, { status: after.status });
      return { before, after };
    },

    async addSource(annotationId, fields) {
      data();
      const source = await call('sources:add', { annotationId, ...fields });
      deps.dispatch({ type: 'source', source });
      return source;
    },

    async updateSource(id, fields) {
      const before = data().sources.get(id);
      if (!before) throw new Error('That source no longer exists.');
      const after = await call('sources:update', { id, baseVersion: sourceVersion(before), ...fields });
      deps.dispatch({ type: 'source', source: after });
      return { before, after };
    },

    async deleteSource(id) {
      const before = data().sources.get(id);
      if (!before) throw new Error('That source no longer exists.');
      await call('sources:delete', { id, baseVersion: sourceVersion(before) });
      deps.dispatch({ type: 'sourceRemoved', id });
      return before;
    },
  };
}
