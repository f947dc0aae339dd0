/**
 * What the claims desk asks the core for: one page of claims across the library in an order,
 * narrowed by status, document and words, with the true number of matches and the count of each
 * status in scope (the toggles and the chart), all answered by SQLite.
 */
import { z } from 'zod';
import { CLAIM_STATUSES, type Annotation, type Claim, type ClaimStatus } from './types';

/** One claim with its annotation and what the desk shows beside it (as `claims:list` answers it). */
export interface ClaimOverview {
  claim: Claim;
  annotation: Annotation;
  documentTitle: string;
  sourceCount: number;
}

export const CLAIM_SORT_KEYS = ['claim', 'document', 'status', 'age', 'assignee', 'sources', 'updated'] as const;

export const claimsPageRequest = z.object({
  statuses: z.array(z.enum(CLAIM_STATUSES)).max(CLAIM_STATUSES.length).default([]),
  documentId: z.string().min(1).max(200).nullable().default(null),
  /** Words that must all appear in the quote, document title, assignee or verdict. */
  text: z.string().max(500).default(''),
  /** Only the claims assigned to this name. */
  assignee: z.string().max(200).nullable().default(null),
  /** Only the claims assigned to the acting user (the desk's "My queue"); the handler sets `assignee` from it. */
  mine: z.boolean().default(false),
  sort: z.enum(CLAIM_SORT_KEYS).default('age'),
  direction: z.enum(['asc', 'desc']).default('desc'),
  offset: z.number().int().min(0).max(10_000_000).default(0),
  limit: z.number().int().min(1).max(500).default(100),
  /** Only the claims after this one (an annotation id) in the order; a claim that no longer exists is ignored. */
  after: z.string().min(1).max(200).nullable().default(null),
});
export type ClaimsPageRequest = z.input<typeof claimsPageRequest>;
export type ParsedClaimsPageRequest = z.output<typeof claimsPageRequest>;

export interface ClaimsPage {
  rows: ClaimOverview[];
  /** Claims matching every filter. */
  total: number;
  /** Claims of each status matching the document and words filters (what the status toggles count). */
  counts: Record<ClaimStatus, number>;
  /** Claims in the whole library. */
  libraryTotal: number;
  offset: number;
}
