/**
 * One simulated reviewer: a loop of writes, as a person at the desk makes them, with a pause of
 * about `thinkMs` between two (0: none, the server's capacity). Each step is one of
 *
 * - tag a span of a shared document (`annotations:create`, an entity with a label, sometimes a note);
 * - relabel or move one of their own annotations (`annotations:update` with its version);
 * - delete one of their own annotations (`annotations:delete` with its version);
 * - work a shared claim (`claims:update`: a new verdict, sometimes a status or an assignee, based on
 *   the version they last saw). A conflict is what the app shows as "changed by someone else": the
 *   reviewer reloads the claim (`claims:get`, a read) and goes on.
 *
 * Every write's answer goes into the ledger and its round trip into the latencies.
 */
import { randomUUID } from 'node:crypto';
import { outcomeOf, type ApiCaller, type Reply } from './client';
import type { AnnotationState, ClaimState, Ledger } from './ledger';
import type { Latencies } from './stats';

/** A shared document the reviewers annotate. */
export interface SharedDocument {
  id: string;
  /** Length of its canonical text. */
  length: number;
}

export interface ReviewerOptions {
  /** The reviewer's display name (written into verdicts, so each verdict is unique). */
  name: string;
  client: ApiCaller;
  ledger: Ledger;
  latencies: Latencies;
  documents: readonly SharedDocument[];
  /** Annotation ids of the shared claims. */
  claimIds: readonly string[];
  /** Who a claim may be assigned to. */
  assignees: readonly string[];
  /** A random number in [0, 1) (seeded, so a run can be repeated). */
  random: () => number;
  /** Mean pause between writes, in milliseconds (each is 0.5 to 1.5 times this; 0: none). */
  thinkMs?: number;
}

const LABELS = ['PERSON', 'ORG', 'PLACE', 'DATE', 'MONEY', 'PERCENT', 'QUANTITY', 'EVENT'];
const STATUSES = ['in_progress', 'verified', 'false', 'misleading', 'unverifiable'];

interface Own {
  state: AnnotationState;
  version: string;
}

/** The writes one reviewer makes; `step()` makes one. */
export class Reviewer {
  private readonly own = new Map<string, Own>();
  /** The version of each shared claim as this reviewer last saw it. */
  private readonly seen = new Map<string, string>();
  private count = 0;
  /** Reads made (claims reloaded after a conflict or before a first edit). */
  reads = 0;

  constructor(private readonly o: ReviewerOptions) {}

  /** Opens the app before the clock starts: reads one shared claim (and so opens a connection, as a person's first look does). */
  async open(): Promise<void> {
    await this.reload(this.pick(this.o.claimIds));
  }

  /** Runs steps until `stop()` says so. */
  async run(stop: () => boolean): Promise<void> {
    // With pauses, reviewers start at different moments too, as people do (not all in one millisecond).
    if (this.o.thinkMs) await this.pause(this.o.random());
    while (!stop()) {
      await this.step();
      if (this.o.thinkMs) await this.pause(0.5 + this.o.random());
    }
  }

  private pause(share: number): Promise<void> {
    return new Promise((resolve) => setTimeout(resolve, (this.o.thinkMs ?? 0) * share));
  }

  /** One write, chosen at random: 35 % tag, 15 % change, 10 % delete, 40 % claim. */
  async step(): Promise<void> {
    const r = this.o.random();
    if (r < 0.35 || this.own.size === 0) return this.create();
    if (r < 0.5) return this.update();
    if (r < 0.6) return this.remove();
    return this.workClaim();
  }

  private pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.o.random() * items.length)];
  }

  private async write(operation: string, input: unknown): Promise<{ reply: Reply; outcome: ReturnType<typeof outcomeOf> }> {
    const reply = await this.o.client.call(operation, input);
    this.o.latencies.record(operation, reply.ms);
    const outcome = outcomeOf(reply);
    if (outcome === 'conflict') this.o.ledger.conflict();
    if (outcome === 'refused') this.o.ledger.refusal();
    return { reply, outcome };
  }

  private async create(): Promise<void> {
    const doc = this.pick(this.o.documents);
    const length = 3 + Math.floor(this.o.random() * 12);
    const start = Math.floor(this.o.random() * (doc.length - length));
    const entity = this.o.random() < 0.9;
    const state: AnnotationState = { documentId: doc.id, kind: entity ? 'entity' : 'note', label: entity ? this.pick(LABELS) : null, start, end: start + length };
    const id = randomUUID();
    const { reply, outcome } = await this.write('annotations:create', {
      documentId: doc.id,
      annotations: [{ id, kind: state.kind, label: state.label, start: state.start, end: state.end }],
    });
    if (outcome === 'ok') {
      const stored = (reply.body as { value: { annotations: Array<{ updatedAt: string }> } }).value.annotations[0];
      this.o.ledger.annotationCreated(id, state);
      this.own.set(id, { state, version: stored.updatedAt });
    } else if (outcome === 'unknown') {
      this.o.ledger.annotationUnknown(id, state);
    }
  }

  private async update(): Promise<void> {
    const [id, own] = this.pick([...this.own.entries()]);
    const doc = this.o.documents.find((d) => d.id === own.state.documentId)!;
    let next: AnnotationState;
    if (own.state.kind === 'entity' && this.o.random() < 0.5) {
      next = { ...own.state, label: this.pick(LABELS.filter((l) => l !== own.state.label)) };
    } else {
      const shift = (1 + Math.floor(this.o.random() * 5)) * (own.state.start > 5 && (this.o.random() < 0.5 || own.state.end + 5 > doc.length) ? -1 : 1);
      next = { ...own.state, start: own.state.start + shift, end: own.state.end + shift };
    }
    const { reply, outcome } = await this.write('annotations:update', {
      id,
      baseVersion: own.version,
      ...(next.label !== own.state.label ? { label: next.label } : { start: next.start, end: next.end }),
    });
    if (outcome === 'ok') {
      this.o.ledger.annotationUpdated(id, next);
      this.own.set(id, { state: next, version: (reply.body as { value: { updatedAt: string } }).value.updatedAt });
    } else if (outcome !== 'refused') {
      // Nobody else writes this annotation: a conflict here is a fault the check will name if it lost anything.
      if (outcome === 'unknown') this.o.ledger.annotationUnknown(id, next);
      this.own.delete(id);
    }
  }

  private async remove(): Promise<void> {
    const [id, own] = this.pick([...this.own.entries()]);
    const { outcome } = await this.write('annotations:delete', { ids: [id], baseVersions: { [id]: own.version } });
    if (outcome === 'ok') this.o.ledger.annotationDeleted(id);
    if (outcome === 'unknown') this.o.ledger.annotationUnknown(id, own.state);
    if (outcome !== 'refused') this.own.delete(id);
  }

  private async workClaim(): Promise<void> {
    const id = this.pick(this.o.claimIds);
    let base = this.seen.get(id);
    if (base === undefined) {
      base = await this.reload(id);
      if (base === undefined) return;
    }
    this.count++;
    const patch: Record<string, unknown> = { verdict: `${this.o.name} #${this.count}: checked against the agency's figures.` };
    if (this.o.random() < 0.5) patch.status = this.pick(STATUSES);
    if (this.o.random() < 0.3) patch.assignee = this.o.random() < 0.2 ? null : this.pick(this.o.assignees);
    const { reply, outcome } = await this.write('claims:update', { annotationId: id, baseVersion: base, ...patch });
    if (outcome === 'ok') {
      const after = (reply.body as { value: ClaimState }).value;
      this.o.ledger.claimUpdated(id, base, after);
      this.seen.set(id, after.updatedAt);
    } else if (outcome === 'conflict') {
      await this.reload(id); // what the app's Reload does
    } else if (outcome === 'unknown') {
      this.o.ledger.claimUnknown(id);
      this.seen.delete(id);
    }
  }

  /** Reads a claim's current version (a read: not timed with the writes). */
  private async reload(id: string): Promise<string | undefined> {
    this.reads++;
    const reply = await this.o.client.call('claims:get', { annotationId: id });
    if (!reply.body?.ok) {
      this.seen.delete(id);
      return undefined;
    }
    const version = (reply.body.value as { claim: ClaimState }).claim.updatedAt;
    this.seen.set(id, version);
    return version;
  }
}
