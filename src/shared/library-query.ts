/**
 * What the library asks the core for: one page of documents in an order, narrowed by status, format,
 * date of last change and a search query, with the true number of matches. The same filter names a
 * selection of any size ("all 594 matching") for the bulk operations, so a million ids never travel.
 */
import { z } from 'zod';
import { DOCUMENT_STATUSES, IMPORT_FORMATS, type DocumentSummary } from './types';

/** The orders the library offers; `relevance` only means something with a search query. */
export const LIBRARY_SORT_KEYS = ['relevance', 'title', 'source', 'status', 'format', 'length', 'created', 'updated', 'assignee'] as const;
export type LibrarySortKey = (typeof LIBRARY_SORT_KEYS)[number];

/** Most rows one page answers. */
export const MAX_PAGE_SIZE = 500;

/**
 * Rows per library request: the first screenful and the rows the virtualiser keeps either side (about
 * 30 on a 900-pixel window). Half the claims desk's: a search's first page is ranked and given snippets
 * row by row, so a smaller one shows the true count sooner (at 100,000 documents "whale" took 100 ms
 * for 100 rows, 74 for 30). The web mode warms this very request up before it listens.
 */
export const LIBRARY_PAGE_SIZE = 50;

const isoDate = z.string().max(40).refine((s) => !Number.isNaN(Date.parse(s)), 'a date like 2026-03-01');

/** Which documents: every field narrows; none given means the whole library. */
export const libraryFilter = z.object({
  /** What the user typed in the search box (words, "a phrase", a prefix at the end). */
  query: z.string().max(500).default(''),
  status: z.array(z.enum(DOCUMENT_STATUSES)).max(DOCUMENT_STATUSES.length).optional(),
  format: z.array(z.enum(IMPORT_FORMATS)).max(IMPORT_FORMATS.length).optional(),
  /** Last changed at or after / before this instant (ISO 8601). */
  updatedFrom: isoDate.optional(),
  updatedBefore: isoDate.optional(),
  /** Only the documents assigned to this name; null: only the documents assigned to nobody. */
  assignee: z.string().min(1).max(200).nullable().optional(),
  /** Only the documents assigned to the acting user (the library's "My queue"); the handler sets `assignee` from it. */
  mine: z.boolean().optional(),
});
export type LibraryFilter = z.input<typeof libraryFilter>;
export type ParsedLibraryFilter = z.output<typeof libraryFilter>;

/** A page request: the filter, an order and where the page starts (an offset, or the previous page's cursor). */
export const libraryPageRequest = libraryFilter.extend({
  sort: z.enum(LIBRARY_SORT_KEYS).default('updated'),
  direction: z.enum(['asc', 'desc']).default('desc'),
  offset: z.number().int().min(0).max(10_000_000).default(0),
  limit: z.number().int().min(1).max(MAX_PAGE_SIZE).default(100),
  /** `nextCursor` of the previous page: continues after its last row even if rows were deleted or added before it. */
  after: z.string().max(2000).optional(),
});
export type LibraryPageRequest = z.input<typeof libraryPageRequest>;
export type ParsedLibraryPageRequest = z.output<typeof libraryPageRequest>;

/** One row of a page: the summary and, when searching, the matched passage (\u0001…\u0002 mark the words). */
export interface LibraryPageRow {
  document: DocumentSummary;
  snippet?: string;
}

export interface LibraryPage {
  rows: LibraryPageRow[];
  /** How many documents match the filter in all (not just this page). */
  total: number;
  /** How many documents the library holds, whatever the filter. */
  libraryTotal: number;
  /** The offset of the first row. */
  offset: number;
  /** Pass as `after` for the page after this one; null at the end. */
  nextCursor: string | null;
}

/** The bulk operations' target: these ids, or every document matching a filter except some. */
export const documentSelection = z.union([
  z.object({ ids: z.array(z.string().min(1).max(200)).min(1).max(MAX_PAGE_SIZE * 2) }),
  z.object({ filter: libraryFilter, except: z.array(z.string().min(1).max(200)).max(100_000).default([]) }),
]);
export type DocumentSelection = z.input<typeof documentSelection>;
export type ParsedDocumentSelection = z.output<typeof documentSelection>;
