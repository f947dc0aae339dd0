// `npm run bench:team` counts lost writes by reading everything back (bench/team/ledger.ts). Its
// bookkeeping is checked here against an in-memory fake of the team server's API, which can be made
// to acknowledge a write and forget it, or to let stale claim writes through: no server needed.
import { describe, expect, it } from 'vitest';
import { outcomeOf, type ApiCaller, type Reply } from '../../../bench/team/client';
import { Ledger, type AnnotationState, type ClaimState, type ReadBack } from '../../../bench/team/ledger';
import { Reviewer } from '../../../bench/team/reviewer';
import { Latencies } from '../../../bench/team/stats';

interface FakeFaults {
  /** Acknowledge the n-th annotation create (1-based) without storing it. */
  forgetCreate?: number;
  /** Accept claim writes whatever version they were based on (last writer wins, silently). */
  ignoreClaimVersions?: boolean;
}

/** The four write operations and `claims:get`, in memory, with versions as the real server keeps them. */
class FakeDesk implements ApiCaller {
  readonly annotations = new Map<string, AnnotationState & { updatedAt: string }>();
  readonly claims = new Map<string, ClaimState>();
  private clock = 0;
  private creates = 0;

  constructor(private readonly faults: FakeFaults = {}) {}

  private version(): string {
    return new Date(Date.UTC(2026, 0, 1) + ++this.clock).toISOString();
  }

  addClaim(id: string): string {
    const updatedAt = this.version();
    this.claims.set(id, { status: 'unverified', verdict: '', assignee: null, updatedAt });
    return updatedAt;
  }

  async call(operation: string, input: any): Promise<Reply> {
    const ok = (value: unknown): Reply => ({ status: 200, body: { ok: true, value }, ms: 1 });
    const conflict: Reply = { status: 409, body: { ok: false, error: { code: 'conflict', message: 'Someone changed this claim; your change was not saved — reload to see it.' } }, ms: 1 };
    const notFound: Reply = { status: 200, body: { ok: false, error: { code: 'not_found', message: 'No annotation with that id.' } }, ms: 1 };
    if (operation === 'annotations:create') {
      const [a] = input.annotations;
      const stored = { documentId: input.documentId, kind: a.kind, label: a.label, start: a.start, end: a.end, updatedAt: this.version() };
      if (++this.creates !== this.faults.forgetCreate) this.annotations.set(a.id, stored);
      return ok({ annotations: [{ id: a.id, ...stored }], claims: [] });
    }
    if (operation === 'annotations:update') {
      const before = this.annotations.get(input.id);
      if (!before) return notFound;
      if (input.baseVersion !== before.updatedAt) return conflict;
      const after = { ...before, label: input.label ?? before.label, start: input.start ?? before.start, end: input.end ?? before.end, updatedAt: this.version() };
      this.annotations.set(input.id, after);
      return ok({ id: input.id, ...after });
    }
    if (operation === 'annotations:delete') {
      if (!input.ids.every((id: string) => this.annotations.has(id))) return notFound;
      for (const id of input.ids) this.annotations.delete(id);
      return ok({ deleted: input.ids.length });
    }
    if (operation === 'claims:update') {
      const before = this.claims.get(input.annotationId)!;
      if (!this.faults.ignoreClaimVersions && input.baseVersion !== before.updatedAt) return conflict;
      const after = { ...before, ...(input.status && { status: input.status }), verdict: input.verdict, ...(input.assignee !== undefined && { assignee: input.assignee }), updatedAt: this.version() };
      this.claims.set(input.annotationId, after);
      return ok(after);
    }
    if (operation === 'claims:get') return ok({ claim: this.claims.get(input.annotationId) });
    throw new Error(`the fake has no ${operation}`);
  }

  readBack(): ReadBack {
    return { annotations: new Map(this.annotations), claims: new Map(this.claims) };
  }
}

/** A seeded generator (mulberry32), so each test makes the same choices every time. */
function seeded(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Three reviewers taking turns, one step each, `rounds` times, on one document and two shared claims. */
async function runDesk(desk: FakeDesk, rounds: number): Promise<Ledger> {
  const ledger = new Ledger();
  const claimIds = ['claim-1', 'claim-2'];
  for (const id of claimIds) ledger.claimSeeded(id, desk.addClaim(id));
  const reviewers = [1, 2, 3].map(
    (n) =>
      new Reviewer({
        name: `Reviewer ${n}`,
        client: desk,
        ledger,
        latencies: new Latencies(),
        documents: [{ id: 'doc-1', length: 500 }],
        claimIds,
        assignees: ['Reviewer 1', 'Reviewer 2'],
        random: seeded(n),
      }),
  );
  for (let round = 0; round < rounds; round++) for (const reviewer of reviewers) await reviewer.step();
  return ledger;
}

const PLACE: AnnotationState = { documentId: 'doc-1', kind: 'entity', label: 'PLACE', start: 10, end: 16 };

describe('bench:team bookkeeping', () => {
  it('finds nothing lost when the server kept every acknowledged write, and counts stale claim writes as conflicts', async () => {
    const desk = new FakeDesk();
    const ledger = await runDesk(desk, 60);
    const verification = ledger.verify(desk.readBack());
    expect(ledger.conflicts).toBeGreaterThan(0);
    expect(ledger.acknowledged).toBeGreaterThan(100);
    expect(verification).toMatchObject({ lost: 0, unverifiable: 0 });
    expect(verification.checked).toBeGreaterThan(10);
  });

  it('catches an annotation that was acknowledged but is missing when read back', async () => {
    const desk = new FakeDesk({ forgetCreate: 3 });
    const verification = (await runDesk(desk, 20)).verify(desk.readBack());
    expect(verification.lost).toBeGreaterThanOrEqual(1);
    expect(verification.problems.join('\n')).toMatch(/annotation .+ (was acknowledged but is missing|is missing)/);
  });

  it('catches a claim update overwritten by another based on the same version, though the stored claim is the last one acknowledged', async () => {
    const desk = new FakeDesk({ ignoreClaimVersions: true });
    const ledger = await runDesk(desk, 60);
    const verification = ledger.verify(desk.readBack());
    expect(ledger.conflicts).toBe(0);
    expect(verification.lost).toBeGreaterThan(0);
    expect(verification.problems.every((p) => /^claim .+ was based on .+ had been acknowledged in between$/.test(p))).toBe(true);
  });

  it('names an acknowledged label that did not stick, and a deleted annotation that came back', () => {
    const ledger = new Ledger();
    ledger.annotationCreated('a', PLACE);
    ledger.annotationUpdated('a', { ...PLACE, label: 'ORG' });
    ledger.annotationCreated('b', PLACE);
    ledger.annotationDeleted('b');
    const verification = ledger.verify({ annotations: new Map([['a', PLACE], ['b', PLACE]]), claims: new Map() });
    expect(verification.lost).toBe(2);
    expect(verification.problems).toEqual([
      'annotation a: label is "PLACE", acknowledged "ORG"',
      'annotation b was deleted (acknowledged) but is still there',
    ]);
  });

  it('leaves out, and does not call lost, a record whose write got no answer', () => {
    const ledger = new Ledger();
    ledger.annotationCreated('a', PLACE);
    ledger.annotationUnknown('a', { ...PLACE, label: 'ORG' });
    ledger.claimSeeded('c', '2026-01-01T00:00:00.001Z');
    ledger.claimUnknown('c');
    const verification = ledger.verify({ annotations: new Map(), claims: new Map() });
    expect(verification).toEqual({ checked: 0, lost: 0, unverifiable: 2, problems: [] });
  });

  it('reads a 409 or a conflict code as a conflict, a server error or no answer as unknown, other refusals as refused', () => {
    const refusal = (status: number, code: string): Reply => ({ status, body: { ok: false, error: { code, message: '…' } }, ms: 1 });
    expect(outcomeOf({ status: 200, body: { ok: true, value: {} }, ms: 1 })).toBe('ok');
    expect(outcomeOf(refusal(409, 'conflict'))).toBe('conflict');
    expect(outcomeOf(refusal(200, 'conflict'))).toBe('conflict');
    expect(outcomeOf(refusal(200, 'not_found'))).toBe('refused');
    expect(outcomeOf(refusal(500, 'internal'))).toBe('unknown');
    expect(outcomeOf({ status: 0, body: null, ms: 30_000, failure: 'socket hang up' })).toBe('unknown');
  });
});
