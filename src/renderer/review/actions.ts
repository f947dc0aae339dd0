/**
 * What an editor can do to a document's annotations, as plain async functions. Each action runs
 * through the undo manager's queue, saves through `sync` (API first, then store and editor),
 * records one undo step, selects what it made, and reports failures in words.
 */
import type { NewAnnotation } from '../../shared/api';
import { ApiError } from '../../shared/result';
import type { Annotation, AnnotationAttrs, ClaimSource, ClaimStatus, Label, TeaserReason } from '../../shared/types';
import { CLAIM_STATUS_WORDS, TEASER_REASON_WORDS } from '../../shared/vocabulary';
import { call } from '../api/client';
import { errorMessage } from '../ui/errors';
import type { EditGuard } from './editGuard';
import type { ReviewStore } from './store';
import { WorkspaceClosedError, type ClaimPatch, type ReviewSync, type SourceFields } from './sync';
import {
  attachedStep,
  claimStep,
  compositeStep,
  createdStep,
  deletedStep,
  sourceAddedStep,
  sourceDeletedStep,
  sourceUpdatedStep,
  StepRefusedError,
  updatedManyStep,
  updatedStep,
  type UndoManager,
  type UndoStep,
} from './undo';
import { plural } from './vocabulary';

/** A span of canonical text. */
export interface Span {
  start: number;
  end: number;
}

/** What the actions need from the workspace. */
export interface ActionDeps {
  store: ReviewStore;
  sync: ReviewSync;
  undo: UndoManager;
  /** Select (and show) an annotation after an action, or clear the selection. */
  select(id: string | null): void;
  notify(message: string, kind?: 'info' | 'success' | 'error'): void;
  /**
   * The core refused a write because the text changed since the workspace loaded it (another window,
   * the CLI): the offsets here are stale; or because someone changed the annotation or claim since
   * (shared/conflict.ts). The workspace says so and offers to reload. Without it, the message is
   * notified like any other error.
   */
  onConflict?(message: string): void;
  /** The words selected in the text now (snapped), for "Attach here"; null when nothing is selected. */
  selectedText?(): (Span & { text: string }) | null;
  /**
   * The annotation outlined in the text now (null: none, or an orphan), so that deleting others
   * leaves it selected: D has moved on to the next suggestion before the rejected one is deleted.
   * Without it, deleting clears the selection.
   */
  outlinedId?(): string | null;
  /** Asks before a Reviewed document is changed (editGuard.ts); without it, edits go ahead. */
  guard?: EditGuard;
}

/** True for the core's refusal of stale offsets (`baseRevision` behind the stored text). */
export function isConflict(error: unknown): error is ApiError {
  return error instanceof ApiError && error.code === 'conflict';
}

/** Trims whitespace off both ends of a span of `text`; null when nothing is left. */
export function trimSpan(text: string, span: Span): Span | null {
  let { start, end } = span;
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return end > start ? { start, end } : null;
}

/** From how many suggestions "accept all" says that it has started (it takes a second or more). */
const LONG_ACCEPT = 100;

/** Builds the action set for one open document. */
export function createReviewActions({ store, sync, undo, select, notify, onConflict, selectedText, outlinedId, guard }: ActionDeps) {
  const text = () => store.get()?.document.text ?? '';
  const annotation = (id: string) => store.get()?.annotations.get(id);

  /** Says what went wrong; a stale-offsets conflict goes to `onConflict`. */
  function report(error: unknown): void {
    if (error instanceof WorkspaceClosedError) return; // a field saving on its way out of a reload: its draft is kept
    // An undo/redo this role may not send (undo.ts gate): nothing was sent; say why, as a refused key does.
    if (error instanceof StepRefusedError) return notify(error.message, 'info');
    if (onConflict && isConflict(error)) onConflict(error.message);
    else notify(errorMessage(error), 'error');
  }

  /**
   * Runs one action in the queue (after the guard's question, for a Reviewed document); failures
   * become a readable message, never an unhandled rejection.
   */
  function perform(work: () => Promise<void>): Promise<boolean> {
    return guarded(() =>
      undo.run(work).then(
        () => {
          // The core moves a New document to In review on its first edit; the bar follows.
          if (store.get()?.document.status === 'new') store.dispatch({ type: 'status', status: 'in_review' });
          return true;
        },
        (error: unknown) => {
          report(error);
          return false;
        },
      ),
    );
  }

  /** Runs `edit` at once, or after the editor agreed to change a Reviewed document; false when they did not. */
  function guarded<T>(edit: () => Promise<T>, declined: T = false as T): Promise<T> {
    const question = guard?.confirmEdit();
    return question ? question.then((ok) => (ok ? edit() : declined)) : edit();
  }

  function create(specs: NewAnnotation[], label: string, selectFirst = true): Promise<boolean> {
    // Words the editor selects while the save is on its way are their next move: selecting what was
    // made would take that selection away, and the next key (a label digit) would land on it instead.
    const selectedBefore = selectedText?.() ?? null;
    const selectionMoved = () => {
      const now = selectedText?.() ?? null;
      return now !== null && (now.start !== selectedBefore?.start || now.end !== selectedBefore?.end);
    };
    return perform(async () => {
      const created = await sync.create(specs);
      undo.push(createdStep(sync, created, label));
      if (selectFirst && created.annotations[0] && !selectionMoved()) select(created.annotations[0].id);
    });
  }

  function update(id: string, patch: { label?: string | null; attrs?: AnnotationAttrs }, label: string): Promise<boolean> {
    return perform(async () => {
      const { before, after } = await sync.update(id, patch);
      undo.push(updatedStep(sync, before, after, label));
    });
  }

  function claim(annotationId: string, patch: ClaimPatch, label: string): Promise<boolean> {
    // Deleted meanwhile (a field saving as its panel closes after Delete): nothing is left to save.
    if (!store.get()?.claims.has(annotationId)) return Promise.resolve(false);
    return perform(async () => {
      const { before, after } = await sync.updateClaim(annotationId, patch);
      undo.push(claimStep(sync, before, after, Object.keys(patch) as Array<keyof ClaimPatch>, label));
    });
  }

  const actions = {
    /** Tags a span as an entity; an entity already on exactly that span changes label instead. */
    tag(label: Label, span: Span): Promise<boolean> {
      const trimmed = trimSpan(text(), span);
      if (!trimmed) return Promise.resolve(false);
      const existing = [...(store.get()?.annotations.values() ?? [])].find(
        (a) => a.kind === 'entity' && !a.orphaned && a.start === trimmed.start && a.end === trimmed.end,
      );
      if (existing) {
        select(existing.id);
        return existing.label === label.name ? Promise.resolve(false) : actions.changeLabel(existing, label.name);
      }
      return create([{ kind: 'entity', label: label.name, ...trimmed }], `Tag ${label.name}`);
    },

    /**
     * Tags the occurrences the editor kept in the tag-all preview (tag-all.ts) as `label` in ONE
     * create call (one undo step), then selects the one at `focus` (the selection it started from),
     * else the first, so the panel shows what was just tagged.
     */
    tagAll(label: string, needle: string, spans: Span[], canonical?: string, focus?: Span): Promise<boolean> {
      if (spans.length === 0) return Promise.resolve(false);
      const attrs: AnnotationAttrs = canonical ? { canonical } : {};
      const specs = spans.map((s) => ({ kind: 'entity' as const, label, attrs, start: s.start, end: s.end }));
      return perform(async () => {
        const created = await sync.create(specs);
        undo.push(createdStep(sync, created, `Tag ${plural(spans.length, 'occurrence')} as ${label}`));
        const made = created.annotations;
        const shown = made.find((a) => focus && a.start === focus.start && a.end === focus.end) ?? made[0];
        if (shown) select(shown.id);
      }).then((ok) => {
        if (ok) notify(`Tagged ${plural(spans.length, 'occurrence')} of “${needle.trim()}” as ${label}.`, 'success');
        return ok;
      });
    },

    /** Flags a span as off-topic teaser content with a reason. */
    flag(span: Span, reason: TeaserReason = 'related_teaser'): Promise<boolean> {
      const trimmed = trimSpan(text(), span);
      if (!trimmed) return Promise.resolve(false);
      return create([{ kind: 'teaser', ...trimmed, attrs: { reason } }], `Flag ${TEASER_REASON_WORDS[reason].toLowerCase()}`);
    },

    /** Flags from the start of `block` to the end of the document. */
    flagToEnd(block: Span, reason: TeaserReason = 'related_teaser'): Promise<boolean> {
      return actions.flag({ start: block.start, end: text().length }, reason);
    },

    /** Marks a span as a factual claim; the core starts it as unverified. */
    markClaim(span: Span): Promise<boolean> {
      const trimmed = trimSpan(text(), span);
      if (!trimmed) return Promise.resolve(false);
      return create([{ kind: 'claim', ...trimmed }], 'Mark claim');
    },

    /** Deletes annotations (with their claims and sources, which undo restores); `what` names the undo step. */
    remove(ids: string[], what = ids.length === 1 ? 'Delete annotation' : `Delete ${ids.length} annotations`): Promise<boolean> {
      if (ids.length === 0) return Promise.resolve(false);
      return perform(async () => {
        const deleted = await sync.remove(ids);
        undo.push(deletedStep(sync, deleted, what));
        const outlined = outlinedId?.() ?? null;
        if (outlined === null || ids.includes(outlined)) select(null);
      });
    },

    /** Changes an entity's label. */
    changeLabel(target: Annotation, label: string): Promise<boolean> {
      return update(target.id, { label }, `Change label to ${label}`);
    },

    /** Replaces some attributes (reason, note, canonical name), keeping the others. */
    changeAttrs(id: string, patch: Partial<AnnotationAttrs>, label: string): Promise<boolean> {
      const current = annotation(id);
      if (!current) return Promise.resolve(false);
      const attrs: AnnotationAttrs = { ...current.attrs, ...patch };
      for (const key of Object.keys(attrs) as Array<keyof AnnotationAttrs>) {
        if (attrs[key] === undefined || attrs[key] === '') delete attrs[key];
      }
      return update(id, { attrs }, label);
    },

    /**
     * Attaches an orphaned annotation to the words selected in the text (one undo step). Refused in
     * words when nothing is selected, or when the selection is in text not saved yet (while correcting).
     */
    attach(id: string): Promise<boolean> {
      const orphan = annotation(id);
      if (!orphan?.orphaned) return Promise.resolve(false);
      const chosen = selectedText?.() ?? null;
      const span = chosen && trimSpan(text(), chosen);
      if (!chosen || !span) {
        notify('Select the words it belongs to in the text first, then press “Attach here”.', 'info');
        return Promise.resolve(false);
      }
      if (text().slice(chosen.start, chosen.end) !== chosen.text) {
        notify('The selected words are in a correction not saved yet: press “Done editing” first, then attach.', 'info');
        return Promise.resolve(false);
      }
      return perform(async () => {
        const { before, after } = await sync.update(id, span);
        undo.push(attachedStep(sync, before, { start: after.start, end: after.end }));
        select(id);
      });
    },

    /**
     * Accepts a pending suggestion (any kind; also an older teaser candidate): it becomes an ordinary
     * annotation, optionally with another label (relabel by label key). Undo makes it pending again.
     */
    confirmCandidate(id: string, label?: string): Promise<boolean> {
      const current = annotation(id);
      if (!current) return Promise.resolve(false);
      const attrs: AnnotationAttrs = { ...current.attrs };
      delete attrs.candidate;
      delete attrs.pending;
      const what = current.kind === 'entity' ? `Accept ${label ?? current.label ?? 'entity'}` : current.kind === 'claim' ? 'Accept claim' : 'Accept teaser';
      return update(id, label && label !== current.label ? { label, attrs } : { attrs }, what);
    },

    /** Accepts several suggestions as ONE undoable step (Shift+Enter, Shift+Y). */
    confirmCandidates(ids: string[]): Promise<boolean> {
      return perform(async () => {
        const patches: Array<{ id: string; patch: { attrs: AnnotationAttrs } }> = [];
        for (const id of ids) {
          const current = annotation(id);
          if (!current) continue;
          const attrs: AnnotationAttrs = { ...current.attrs };
          delete attrs.candidate;
          delete attrs.pending;
          patches.push({ id, patch: { attrs } });
        }
        if (patches.length === 0) return;
        const noun = suggestionNoun(annotation(ids[0])?.kind);
        // Saved one by one, shown at once (sync.updateMany); what was saved before a refusal stays
        // accepted and is one undo step, and the refusal is reported. Thousands take a while (≈ 10 ms
        // each): say that it has started, as nothing in the text changes until they are all saved.
        if (patches.length >= LONG_ACCEPT) notify(`Accepting ${plural(patches.length, ...noun)}…`, 'info');
        const { saved, failure, gone } = await sync.updateMany(patches);
        if (saved.length) undo.push(updatedManyStep(sync, saved, `Accept ${plural(saved.length, ...noun)}`));
        if (failure) throw failure;
        const elsewhere = gone > 0 ? ` ${gone} ${gone === 1 ? 'was' : 'were'} no longer there (rejected or deleted elsewhere, or withdrawn by Suggest).` : '';
        notify(`Accepted ${plural(saved.length, ...noun)}.${elsewhere}`, 'success');
      });
    },

    /**
     * Accepts a suggested claim that repeats one checked in another document and gives it that claim's
     * status, verdict and sources (U): one undoable step.
     */
    reuseCheckedVerdict(id: string): Promise<boolean> {
      const current = annotation(id);
      const from = current?.attrs.checkedBefore;
      if (!current || current.kind !== 'claim' || !from) return Promise.resolve(false);
      return perform(async () => {
        const checked = await call('claims:get', { annotationId: from });
        const attrs: AnnotationAttrs = { ...current.attrs };
        delete attrs.pending;
        const steps: UndoStep[] = [];
        const accepted = await sync.update(id, { attrs });
        steps.push(updatedStep(sync, accepted.before, accepted.after, 'Accept claim'));
        const patch: ClaimPatch = { status: checked.claim.status, verdict: checked.claim.verdict };
        const judged = await sync.updateClaim(id, patch);
        steps.push(claimStep(sync, judged.before, judged.after, ['status', 'verdict'], 'Reuse verdict'));
        for (const s of checked.sources) {
          const added = await sync.addSource(id, { url: s.url, title: s.title, quote: s.quote, note: s.note, consultedAt: s.consultedAt });
          steps.push(sourceAddedStep(sync, undo, added));
        }
        undo.push(compositeStep('Reuse the verdict of a claim checked before', steps));
        notify(`Accepted the claim with the verdict “${CLAIM_STATUS_WORDS[checked.claim.status]}” and ${plural(checked.sources.length, 'source')} from “${checked.annotation.quote.slice(0, 40)}…”.`, 'success');
      });
    },

    /** Rejects a suggestion: it is deleted and the core remembers not to suggest it here again (undo brings it back). */
    rejectCandidate(id: string): Promise<boolean> {
      return actions.remove([id], 'Reject suggestion');
    },

    /** Moves a claim through the verification workflow. */
    setClaimStatus(id: string, status: ClaimStatus): Promise<boolean> {
      return claim(id, { status }, `Mark claim ${CLAIM_STATUS_WORDS[status].toLowerCase()}`);
    },

    /** Saves the verdict note. */
    setVerdict(id: string, verdict: string): Promise<boolean> {
      return claim(id, { verdict }, 'Edit verdict');
    },

    /** Assigns the claim to someone (trimmed; empty unassigns). */
    setAssignee(id: string, assignee: string): Promise<boolean> {
      const next = assignee.trim() || null;
      if ((store.get()?.claims.get(id)?.assignee ?? null) === next) return Promise.resolve(false);
      return claim(id, { assignee: next }, next ? `Assign claim to ${next}` : 'Unassign claim');
    },

    /** Ticks or unticks one entity on the claim's checklist. */
    setChecked(id: string, entityId: string, checked: boolean): Promise<boolean> {
      const current = store.get()?.claims.get(id);
      if (!current) return Promise.resolve(false);
      return claim(id, { checklist: { ...current.checklist, [entityId]: checked } }, checked ? 'Tick checklist item' : 'Untick checklist item');
    },

    /** Adds a source to a claim; resolves with it (null when saving failed). */
    addSource(annotationId: string, fields: SourceFields): Promise<ClaimSource | null> {
      let added: ClaimSource | null = null;
      return perform(async () => {
        added = await sync.addSource(annotationId, fields);
        undo.push(sourceAddedStep(sync, undo, added));
      }).then(() => added);
    },

    /** Edits a source; resolves true when saved. */
    updateSource(id: string, fields: Partial<SourceFields>): Promise<boolean> {
      let saved = false;
      return perform(async () => {
        const { before, after } = await sync.updateSource(id, fields);
        undo.push(sourceUpdatedStep(sync, undo, before, after));
        saved = true;
      }).then(() => saved);
    },

    /** Removes a source from a claim. */
    deleteSource(id: string): Promise<boolean> {
      return perform(async () => {
        const removed = await sync.deleteSource(id);
        undo.push(sourceDeletedStep(sync, undo, removed));
      });
    },

    /** Takes back the latest step and says what was undone. */
    undo(): Promise<void> {
      return guarded(() =>
        undo
          .undo()
          .then((label) => notify(label ? `Undone: ${label}` : 'Nothing to undo.', 'info'))
          .catch(report),
      undefined);
    },

    /** Does again the latest undone step. */
    redo(): Promise<void> {
      return guarded(() =>
        undo
          .redo()
          .then((label) => notify(label ? `Redone: ${label}` : 'Nothing to redo.', 'info'))
          .catch(report),
      undefined);
    },
  };
  return actions;
}

/** "suggested teaser", "suggested claim", "suggested entity" (the kind of a batch of suggestions). */
function suggestionNoun(kind: Annotation['kind'] | undefined): [string, string] {
  if (kind === 'entity') return ['suggested entity', 'suggested entities'];
  return kind === 'claim' ? ['suggested claim', 'suggested claims'] : ['suggested teaser', 'suggested teasers'];
}

/** The action set's type, for components that receive it. */
export type ReviewActions = ReturnType<typeof createReviewActions>;
