/** Claims for the claims-desk tests: `claimRow` builds one `claims:list` row with sensible defaults. */
import type { ClaimRow } from '../../../src/renderer/claims/rows';
import type { ClaimStatus } from '../../../src/shared/types';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

/** An ISO time `ms` milliseconds ago. */
export function ago(ms: number): string {
  return new Date(Date.now() - ms).toISOString();
}

export interface ClaimSpec {
  id: string;
  documentId: string;
  documentTitle: string;
  quote: string;
  status?: ClaimStatus;
  /** How long ago the claim was marked (ms). */
  age?: number;
  assignee?: string | null;
  sources?: number;
  start?: number;
}

/** One claim as `claims:list` answers it. */
export function claimRow(spec: ClaimSpec): ClaimRow {
  const created = ago(spec.age ?? DAY);
  return {
    claim: {
      annotationId: spec.id,
      status: spec.status ?? 'unverified',
      verdict: '',
      assignee: spec.assignee ?? null,
      checklist: {},
      updatedAt: created,
    },
    annotation: {
      id: spec.id,
      documentId: spec.documentId,
      kind: 'claim',
      label: null,
      start: spec.start ?? 0,
      end: (spec.start ?? 0) + spec.quote.length,
      quote: spec.quote,
      prefix: '',
      suffix: '',
      attrs: {},
      origin: 'manual',
      orphaned: false,
      createdBy: 'Ana',
      createdAt: created,
      updatedAt: created,
    },
    documentTitle: spec.documentTitle,
    sourceCount: spec.sources ?? 0,
  };
}

/** Three documents, six claims: 3 unverified, 1 in progress, 1 verified, 1 false. */
export function sampleClaims(): ClaimRow[] {
  const ne = { documentId: 'd1', documentTitle: 'Northeast revitalization' };
  const pa = { documentId: 'd2', documentTitle: 'Parasite wins Palme d’Or' };
  const ma = { documentId: 'd3', documentTitle: 'Surgical masks' };
  return [
    claimRow({ id: 'c1', ...ne, quote: 'a regional GDP of 2.7 trillion yuan', status: 'verified', age: 10 * DAY, assignee: 'Ana', sources: 2, start: 10 }),
    claimRow({ id: 'c2', ...ne, quote: 'a year-on-year increase of 5.8%', status: 'unverified', age: 9 * DAY, start: 60 }),
    claimRow({ id: 'c3', ...pa, quote: 'the first South Korean film to win the Palme d’Or', status: 'in_progress', age: 3 * DAY, assignee: 'Bo', sources: 1 }),
    claimRow({ id: 'c4', ...pa, quote: 'the jury’s decision was unanimous', status: 'unverified', age: 2 * DAY, start: 80 }),
    claimRow({ id: 'c5', ...ma, quote: 'masks reduce transmission by 80%', status: 'false', age: 5 * 60 * MINUTE, sources: 3 }),
    claimRow({ id: 'c6', ...ma, quote: 'sales rose tenfold in January', status: 'unverified', age: 20 * MINUTE, start: 40 }),
  ];
}
