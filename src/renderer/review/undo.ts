/**
 * Undo/redo of annotation work. Every step is a pair of API-backed operations (see `sync.ts`):
 *
 *   create      ↔ delete   (the delete captures the annotations with their claims and sources)
 *   delete      ↔ annotations:restore of exactly what was captured before deleting
 *   update      ↔ update with the previous values (label, attrs; claim fields; source fields)
 *   add source  ↔ delete source
 *
 * so the store always matches what is saved. The manager also serialises all work through one
 * queue: a burst of keystrokes (tag, tag, Ctrl+Z) runs in order, never interleaved. A step whose
 * API call fails stays where it was and the error goes to the caller — unless what it would change no
 * longer exists (`not_found`): then it leaves the history, as it could never succeed.
 *
 * Sources get a new id when an undo/redo re-adds them; the manager keeps an alias table so later
 * steps that name the old id still find the source.
 *
 * Each step names the API operations its undo and its redo send (`sends`), so that on a team server
 * a step the signed-in role may no longer send is neither offered nor sent: the manager's `gate`
 * (set by the workspace from team/may.ts) answers why, and `undo()`/`redo()` then reject with a
 * {@link StepRefusedError} before any request goes out.
 */
import type { OperationName } from '../../shared/api';
import { ApiError, isNotFound } from '../../shared/result';
import type { Annotation, Claim, ClaimSource } from '../../shared/types';
import type { AnnotationPatch, ClaimPatch, ReviewSync, Snapshot, SourceFields } from './sync';

/** One undoable step: what it did, in words, and how to take it back and do it again. */
export interface UndoStep {
  label: string;
  undo(): Promise<void>;
  redo(): Promise<void>;
  /** The operations `undo()` and `redo()` call (the gate checks them before either runs). */
  sends: { undo: readonly OperationName[]; redo: readonly OperationName[] };
}

/** Why the person may not send these operations (the first refusal's sentence), or null when they may. */
export type UndoGate = (operations: readonly OperationName[]) => string | null;

/** An undo or redo the gate refused; nothing was sent. The message says which step and why. */
export class StepRefusedError extends Error {
  constructor(
    readonly direction: 'undo' | 'redo',
    readonly step: string,
    readonly reason: string,
  ) {
    super(`${direction === 'undo' ? 'Not undone' : 'Not redone'}: ${step}. ${reason}`);
    this.name = 'StepRefusedError';
  }
}

/** A linear undo history with a work queue. */
export class UndoManager {
  private done: UndoStep[] = [];
  private undone: UndoStep[] = [];
  private queue: Promise<unknown> = Promise.resolve();
  private readonly aliases = new Map<string, string>();
  private readonly listeners = new Set<() => void>();
  /** Who may send what; everything passes until the workspace sets it (see the module note). */
  private gate: UndoGate = () => null;

  constructor(private readonly limit = 500) {}

  /** Sets who may send what (the signed-in role's permissions); asked before each undo and redo. */
  setGate(gate: UndoGate): void {
    this.gate = gate;
  }

  /** Runs `work` after everything queued before it; a failure does not block later work. */
  run<T>(work: () => Promise<T>): Promise<T> {
    const next = this.queue.then(work, work);
    this.queue = next.catch(() => undefined);
    return next;
  }

  /** Records a step that has just been done (forgets whatever could be redone). */
  push(step: UndoStep): void {
    this.done.push(step);
    if (this.done.length > this.limit) this.done.shift();
    this.undone = [];
    this.emit();
  }

  /** Takes back the latest step; resolves with its label, or null when there is nothing to undo. */
  undo(): Promise<string | null> {
    return this.run(async () => {
      const step = this.done[this.done.length - 1];
      if (!step) return null;
      const refused = this.gate(step.sends.undo);
      if (refused !== null) throw new StepRefusedError('undo', step.label, refused);
      await gone(step.undo(), 'Not undone', step.label, () => this.forget(this.done, step));
      this.done.pop();
      this.undone.push(step);
      this.emit();
      return step.label;
    });
  }

  /** Does again the latest undone step; resolves with its label, or null. */
  redo(): Promise<string | null> {
    return this.run(async () => {
      const step = this.undone[this.undone.length - 1];
      if (!step) return null;
      const refused = this.gate(step.sends.redo);
      if (refused !== null) throw new StepRefusedError('redo', step.label, refused);
      await gone(step.redo(), 'Not redone', step.label, () => this.forget(this.undone, step));
      this.undone.pop();
      this.done.push(step);
      this.emit();
      return step.label;
    });
  }

  /** Takes `step` off `stack` (it can never be done again). */
  private forget(stack: UndoStep[], step: UndoStep): void {
    const at = stack.lastIndexOf(step);
    if (at >= 0) stack.splice(at, 1);
    this.emit();
  }

  /** Forgets the history (after the text was corrected, old offsets no longer apply). */
  clear(): void {
    this.done = [];
    this.undone = [];
    this.emit();
  }

  /** Label of the step Ctrl+Z would take back. */
  get undoLabel(): string | null {
    return this.done[this.done.length - 1]?.label ?? null;
  }

  /** Label of the step Ctrl+Shift+Z would do again. */
  get redoLabel(): string | null {
    return this.undone[this.undone.length - 1]?.label ?? null;
  }

  /** Why the step Ctrl+Z would take back may not be sent by this person; null when it may (or there is none). */
  get undoRefusal(): string | null {
    const step = this.done[this.done.length - 1];
    return step ? this.gate(step.sends.undo) : null;
  }

  /** Why the step Ctrl+Shift+Z would do again may not be sent by this person; null when it may (or there is none). */
  get redoRefusal(): string | null {
    const step = this.undone[this.undone.length - 1];
    return step ? this.gate(step.sends.redo) : null;
  }

  /** Notes that a source once known as `from` is now stored as `to`. */
  alias(from: string, to: string): void {
    if (from !== to) this.aliases.set(from, to);
  }

  /** The current id of a source, following re-adds. */
  resolve(id: string): string {
    let current = id;
    for (let hops = 0; this.aliases.has(current) && hops < 1000; hops++) current = this.aliases.get(current)!;
    return current;
  }

  /** Subscribes to changes of what can be undone/redone. */
  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private emit(): void {
    for (const listener of this.listeners) listener();
  }
}

/**
 * Waits for a step's undo or redo; when what it would change no longer exists (deleted elsewhere, a
 * suggestion a later Suggest run withdrew) it never can: `drop` takes it out of the history, so it
 * stops failing on every key and blocking the steps behind it, and the error names the step.
 */
async function gone(work: Promise<void>, verb: string, label: string, drop: () => void): Promise<void> {
  try {
    await work;
  } catch (error) {
    if (!isNotFound(error)) throw error;
    drop();
    throw new ApiError('not_found', `${verb}: ${label}. ${error.message}`);
  }
}

const idsOf = (snapshot: Snapshot) => snapshot.annotations.map((a) => a.id);

/** Undo of a create deletes what was created (capturing it as it is then); redo restores that capture. */
export function createdStep(sync: ReviewSync, created: Snapshot, label: string): UndoStep {
  let captured = created;
  return {
    label,
    async undo() {
      captured = await sync.remove(idsOf(captured));
    },
    redo: () => sync.restore(captured),
    sends: { undo: ['annotations:delete'], redo: ['annotations:restore'] },
  };
}

/** Undo of a delete restores exactly what was captured before deleting (claims and sources included). */
export function deletedStep(sync: ReviewSync, deleted: Snapshot, label: string): UndoStep {
  let captured = deleted;
  return {
    label,
    undo: () => sync.restore(captured),
    async redo() {
      captured = await sync.remove(idsOf(captured));
    },
    sends: { undo: ['annotations:restore'], redo: ['annotations:delete'] },
  };
}

function patchOf(annotation: Annotation): AnnotationPatch {
  return { label: annotation.label, attrs: annotation.attrs };
}

/** Undo of an annotation update writes back the previous label and attributes. */
export function updatedStep(sync: ReviewSync, before: Annotation, after: Annotation, label: string): UndoStep {
  return {
    label,
    undo: async () => void (await sync.update(before.id, patchOf(before))),
    redo: async () => void (await sync.update(after.id, patchOf(after))),
    sends: { undo: ['annotations:update'], redo: ['annotations:update'] },
  };
}

/**
 * Undo of several annotation updates made at once (accepting every suggestion of a kind): the
 * previous labels and attributes written back, shown in one change; a refusal part-way is thrown
 * after what was written back is shown.
 */
export function updatedManyStep(sync: ReviewSync, changes: ReadonlyArray<{ before: Annotation; after: Annotation }>, label: string): UndoStep {
  const write = async (side: 'before' | 'after') => {
    const { failure } = await sync.updateMany(changes.map((c) => ({ id: c[side].id, patch: patchOf(c[side]) })));
    if (failure) throw failure;
  };
  return {
    label,
    undo: () => write('before'),
    redo: () => write('after'),
    sends: { undo: ['annotations:update'], redo: ['annotations:update'] },
  };
}

function claimFields(claim: Claim, fields: ReadonlyArray<keyof ClaimPatch>): ClaimPatch {
  const patch: ClaimPatch = {};
  for (const field of fields) Object.assign(patch, { [field]: claim[field as keyof Claim] });
  return patch;
}

/** Undo of a claim update writes back the previous values of the fields that changed. */
export function claimStep(sync: ReviewSync, before: Claim, after: Claim, fields: ReadonlyArray<keyof ClaimPatch>, label: string): UndoStep {
  return {
    label,
    undo: async () => void (await sync.updateClaim(before.annotationId, claimFields(before, fields))),
    redo: async () => void (await sync.updateClaim(after.annotationId, claimFields(after, fields))),
    sends: { undo: ['claims:update'], redo: ['claims:update'] },
  };
}

function fieldsOf(source: ClaimSource): SourceFields {
  return { url: source.url, title: source.title, quote: source.quote, note: source.note, consultedAt: source.consultedAt };
}

/** Undo of adding a source deletes it; redo adds it again (under a new id, aliased). */
export function sourceAddedStep(sync: ReviewSync, manager: UndoManager, added: ClaimSource): UndoStep {
  return {
    label: 'Add source',
    undo: async () => void (await sync.deleteSource(manager.resolve(added.id))),
    async redo() {
      const again = await sync.addSource(added.annotationId, fieldsOf(added));
      manager.alias(manager.resolve(added.id), again.id);
    },
    sends: { undo: ['sources:delete'], redo: ['sources:add'] },
  };
}

/** Undo of removing a source adds it back (under a new id, aliased); redo removes it again. */
export function sourceDeletedStep(sync: ReviewSync, manager: UndoManager, removed: ClaimSource): UndoStep {
  return {
    label: 'Remove source',
    async undo() {
      const again = await sync.addSource(removed.annotationId, fieldsOf(removed));
      manager.alias(manager.resolve(removed.id), again.id);
    },
    redo: async () => void (await sync.deleteSource(manager.resolve(removed.id))),
    sends: { undo: ['sources:add'], redo: ['sources:delete'] },
  };
}

/** Undo of editing a source writes back its previous fields. */
export function sourceUpdatedStep(sync: ReviewSync, manager: UndoManager, before: ClaimSource, after: ClaimSource): UndoStep {
  return {
    label: 'Edit source',
    undo: async () => void (await sync.updateSource(manager.resolve(before.id), fieldsOf(before))),
    redo: async () => void (await sync.updateSource(manager.resolve(after.id), fieldsOf(after))),
    sends: { undo: ['sources:update'], redo: ['sources:update'] },
  };
}

/**
 * Undo of attaching an orphan puts it back orphaned where it was, with whatever claim and sources it
 * has by then (deleted and restored as captured then, its old place and quote); redo attaches it again.
 */
export function attachedStep(sync: ReviewSync, before: Annotation, range: { start: number; end: number }): UndoStep {
  return {
    label: 'Attach annotation',
    async undo() {
      const now = await sync.remove([before.id]);
      const { start, end, quote, prefix, suffix } = before;
      await sync.restore({ ...now, annotations: now.annotations.map((a) => ({ ...a, start, end, quote, prefix, suffix, orphaned: true })) });
    },
    redo: async () => void (await sync.update(before.id, range)),
    sends: { undo: ['annotations:delete', 'annotations:restore'], redo: ['annotations:update'] },
  };
}

/** Several steps taken back and done again as one (accepting many suggestions; reusing a verdict). */
export function compositeStep(label: string, steps: readonly UndoStep[]): UndoStep {
  const all = (direction: 'undo' | 'redo') => [...new Set(steps.flatMap((step) => step.sends[direction]))];
  return {
    label,
    undo: async () => {
      for (const step of [...steps].reverse()) await step.undo();
    },
    redo: async () => {
      for (const step of steps) await step.redo();
    },
    sends: { undo: all('undo'), redo: all('redo') },
  };
}
