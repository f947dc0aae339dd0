/**
 * What `npm run bench:team` expects to find at the end: every write the server acknowledged, and
 * the check that all of them are there when everything is read back.
 *
 * - Annotations belong to the reviewer who created them (only they update or delete them), so the
 *   expected end state of each is fully known: the last acknowledged create or update, or gone after
 *   an acknowledged delete. Missing, different, or back after a delete: a lost write.
 * - Claims are shared, and every update names the version it was based on (`baseVersion`). Sorted by
 *   the version each returned, the acknowledged updates of one claim must form one chain from the
 *   seeded version: each based on the version the one before returned. Two acknowledged updates
 *   based on the same version mean one silently overwrote the other — a lost write. The stored claim
 *   must equal the last one acknowledged.
 * - A stale write refused as a conflict changed nothing and is counted as a conflict, never as lost.
 * - A write whose outcome is unknown (no answer, a server error) may or may not have happened: the
 *   record it touched is left out of the check and counted as unverifiable.
 */

/** An annotation as the check compares it. */
export interface AnnotationState {
  documentId: string;
  kind: string;
  label: string | null;
  start: number;
  end: number;
}

/** A claim as the check compares it (`updatedAt` is its version). */
export interface ClaimState {
  status: string;
  verdict: string;
  assignee: string | null;
  updatedAt: string;
}

/** What was read back from the server after the run. */
export interface ReadBack {
  annotations: ReadonlyMap<string, AnnotationState>;
  claims: ReadonlyMap<string, ClaimState>;
}

/** The outcome of the check. */
export interface Verification {
  /** Records compared (annotations and claims). */
  checked: number;
  /** Acknowledged writes not found as acknowledged. */
  lost: number;
  /** Records left out because a write to them had an unknown outcome. */
  unverifiable: number;
  /** What was wrong, one sentence per lost write (the first few are printed). */
  problems: string[];
}

interface ExpectedAnnotation {
  state: AnnotationState;
  deleted: boolean;
  uncertain: boolean;
}

interface ClaimWrite {
  base: string;
  after: ClaimState;
}

interface ExpectedClaim {
  seed: string;
  writes: ClaimWrite[];
  uncertain: boolean;
}

const ANNOTATION_FIELDS = ['documentId', 'kind', 'label', 'start', 'end'] as const;
const CLAIM_FIELDS = ['status', 'verdict', 'assignee', 'updatedAt'] as const;

/** The acknowledged writes of one run and the counts the summary prints. */
export class Ledger {
  private readonly annotations = new Map<string, ExpectedAnnotation>();
  private readonly claims = new Map<string, ExpectedClaim>();
  /** Writes the server acknowledged. */
  acknowledged = 0;
  /** Stale writes refused as conflicts. */
  conflicts = 0;
  /** Writes refused for another reason (nothing written). */
  refused = 0;
  /** Writes whose outcome is unknown. */
  unknown = 0;

  annotationCreated(id: string, state: AnnotationState): void {
    this.acknowledged++;
    this.annotations.set(id, { state: { ...state }, deleted: false, uncertain: false });
  }

  annotationUpdated(id: string, state: AnnotationState): void {
    this.acknowledged++;
    const known = this.requireAnnotation(id);
    known.state = { ...state };
  }

  annotationDeleted(id: string): void {
    this.acknowledged++;
    this.requireAnnotation(id).deleted = true;
  }

  /** A create, update or delete of `id` got no answer or a server error: it may have happened. */
  annotationUnknown(id: string, state: AnnotationState): void {
    this.unknown++;
    const known = this.annotations.get(id);
    if (known) known.uncertain = true;
    else this.annotations.set(id, { state: { ...state }, deleted: false, uncertain: true });
  }

  /** A shared claim as it stood before the run. */
  claimSeeded(id: string, version: string): void {
    this.claims.set(id, { seed: version, writes: [], uncertain: false });
  }

  /** An acknowledged update of claim `id` that was based on `base` and left it as `after`. */
  claimUpdated(id: string, base: string, after: ClaimState): void {
    this.acknowledged++;
    this.requireClaim(id).writes.push({ base, after: { ...after } });
  }

  claimUnknown(id: string): void {
    this.unknown++;
    this.requireClaim(id).uncertain = true;
  }

  /** A stale write refused with a conflict: nothing was written. */
  conflict(): void {
    this.conflicts++;
  }

  /** A write refused for another reason (invalid input, not found): nothing was written. */
  refusal(): void {
    this.refused++;
  }

  /** Compares every acknowledged write with what was read back. */
  verify(readBack: ReadBack): Verification {
    const result: Verification = { checked: 0, lost: 0, unverifiable: 0, problems: [] };
    const lose = (problem: string) => {
      result.lost++;
      result.problems.push(problem);
    };
    for (const [id, expected] of this.annotations) {
      if (expected.uncertain) {
        result.unverifiable++;
        continue;
      }
      result.checked++;
      const found = readBack.annotations.get(id);
      if (expected.deleted) {
        if (found) lose(`annotation ${id} was deleted (acknowledged) but is still there`);
        continue;
      }
      if (!found) {
        lose(`annotation ${id} was acknowledged but is missing`);
        continue;
      }
      const differing = ANNOTATION_FIELDS.filter((field) => found[field] !== expected.state[field]);
      if (differing.length > 0) {
        lose(`annotation ${id}: ${differing.map((f) => `${f} is ${JSON.stringify(found[f])}, acknowledged ${JSON.stringify(expected.state[f])}`).join(', ')}`);
      }
    }
    for (const [id, expected] of this.claims) {
      if (expected.uncertain) {
        result.unverifiable++;
        continue;
      }
      result.checked++;
      const writes = [...expected.writes].sort((a, b) => (a.after.updatedAt < b.after.updatedAt ? -1 : a.after.updatedAt > b.after.updatedAt ? 1 : 0));
      let version = expected.seed;
      for (const write of writes) {
        if (write.base !== version) {
          lose(`claim ${id}: the update acknowledged as version ${write.after.updatedAt} was based on ${write.base}, but ${version} had been acknowledged in between`);
        }
        version = write.after.updatedAt;
      }
      const found = readBack.claims.get(id);
      if (!found) {
        lose(`claim ${id} is missing`);
        continue;
      }
      const last = writes.at(-1)?.after;
      const differing = last ? CLAIM_FIELDS.filter((field) => found[field] !== last[field]) : found.updatedAt === expected.seed ? [] : ['updatedAt' as const];
      if (differing.length > 0) {
        lose(`claim ${id}: ${differing.map((f) => `${f} is ${JSON.stringify(found[f])}, last acknowledged ${JSON.stringify(last ? last[f] : expected.seed)}`).join(', ')}`);
      }
    }
    return result;
  }

  private requireAnnotation(id: string): ExpectedAnnotation {
    const known = this.annotations.get(id);
    if (!known) throw new RangeError(`The ledger has no acknowledged create of annotation ${id}.`);
    return known;
  }

  private requireClaim(id: string): ExpectedClaim {
    const known = this.claims.get(id);
    if (!known) throw new RangeError(`The ledger has no seeded claim ${id}.`);
    return known;
  }
}
