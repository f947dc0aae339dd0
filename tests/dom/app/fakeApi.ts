/**
 * An in-memory stand-in for the core, behind the renderer client's transport: just the operations
 * the shell, library, import and settings use. Every call is recorded for assertions.
 */
import { setTransportForTests } from '../../../src/renderer/api/client';
import type { OperationName } from '../../../src/shared/api';
import { ApiError, type Result } from '../../../src/shared/result';
import { DEFAULT_LABELS, type DocumentSummary, type Label, type SearchHit } from '../../../src/shared/types';
import type { ClaimRow } from '../../../src/renderer/claims/rows';
import { fakeClaimDocuments, fakeClaimsPage } from '../claims/fakeClaims';

export interface FakeCall {
  name: OperationName;
  input: any;
}

type Handler = (input: any) => unknown | Promise<unknown>;

/** Build a document summary with sensible defaults. */
export function doc(partial: Partial<DocumentSummary> & { id: string; title: string }): DocumentSummary {
  return {
    source: `${partial.id}.txt`,
    format: 'txt',
    status: 'new',
    length: 1000,
    annotationCount: 0,
    claimCount: 0,
    claimsVerified: 0,
    assignee: null,
    createdAt: '2024-05-01T10:00:00.000Z',
    updatedAt: '2024-05-01T10:00:00.000Z',
    ...partial,
  };
}

/** The fake core's state and the calls it received. */
export class FakeApi {
  documents: DocumentSummary[] = [];
  labels: Label[] = DEFAULT_LABELS.map((l, i) => ({ id: `label-${i + 1}`, kind: 'entity', position: i, ...l }));
  reviewerName = '';
  searchHits: SearchHit[] | ((query: string) => SearchHit[]) = [];
  calls: FakeCall[] = [];
  /** The claims `claims:page` pages through. */
  claims: ClaimRow[] = [];
  /** What `library:version` answers: bump it to say the library changed elsewhere. */
  version = 1;
  /** Per-operation overrides (answer, throw, or wait). */
  overrides: Partial<Record<OperationName, Handler>> = {};

  install(): this {
    setTransportForTests(async (name, input) => {
      this.calls.push({ name, input });
      try {
        const handler = this.overrides[name] ?? this.handlers[name];
        if (!handler) throw new ApiError('unknown_operation', `The fake has no ${name}.`);
        return { ok: true, value: await handler(input) } as Result<unknown>;
      } catch (error) {
        if (error instanceof ApiError) return { ok: false, error: { code: error.code, message: error.message } };
        throw error;
      }
    });
    return this;
  }

  /**
   * The rows `documents:page` answers for a filter and order: the search hits (`searchHits`) when
   * there is a query, else the documents filtered by status and sorted like the core would.
   */
  matching(request: { query?: string; status?: string[]; sort?: string; direction?: string }): Array<{ document: DocumentSummary; snippet?: string }> {
    const query = (request.query ?? '').trim();
    let rows = query
      ? (typeof this.searchHits === 'function' ? this.searchHits(query) : this.searchHits).map((h) => ({ document: h.document, snippet: h.snippet }))
      : this.documents.map((document) => ({ document }));
    if (request.status) rows = rows.filter((r) => request.status!.includes(r.document.status));
    const key = request.sort ?? 'updated';
    if (key === 'relevance') return rows;
    const order = ['new', 'in_review', 'reviewed'];
    const value = (d: DocumentSummary): string | number =>
      key === 'title' ? d.title.toLowerCase() : key === 'source' ? d.source.toLowerCase() : key === 'status' ? order.indexOf(d.status) : d.updatedAt;
    const sign = request.direction === 'asc' ? 1 : -1;
    return [...rows].sort((a, b) => (value(a.document) < value(b.document) ? -sign : value(a.document) > value(b.document) ? sign : 0));
  }

  callsOf(name: OperationName): any[] {
    return this.calls.filter((c) => c.name === name).map((c) => c.input);
  }

  private handlers: Partial<Record<OperationName, Handler>> = {
    'app:info': () => ({ version: '0.1.0-test', dbPath: '/tmp/library.sqlite', schemaVersion: 1, maxImportBytes: 25 * 1024 * 1024 }),
    'documents:list': () => [...this.documents],
    'documents:titles': ({ ids }) =>
      (ids ? ids.map((id: string) => this.documents.find((d) => d.id === id)).filter(Boolean) : this.documents).map((d: any) => ({ id: d.id, title: d.title })),
    'documents:search': ({ query }) => (typeof this.searchHits === 'function' ? this.searchHits(query) : this.searchHits),
    'documents:page': (request) => {
      const rows = this.matching(request);
      const offset = request.offset ?? 0;
      const limit = request.limit ?? 100;
      return { rows: rows.slice(offset, offset + limit), total: rows.length, libraryTotal: this.documents.length, offset, nextCursor: null };
    },
    'documents:ids': ({ filter, except = [] }) => ({
      ids: this.matching(filter).map((r) => r.document.id).filter((id) => !except.includes(id)),
    }),
    'documents:bulk': ({ selection, action }) => {
      const ids: string[] =
        'ids' in selection ? selection.ids : this.matching(selection.filter).map((r) => r.document.id).filter((id) => !(selection.except ?? []).includes(id));
      for (const id of ids) {
        if (action.kind === 'delete') this.documents = this.documents.filter((d) => d.id !== id);
        else Object.assign(this.documents.find((d) => d.id === id) ?? {}, { status: action.status });
      }
      return { done: ids.length, nextSeq: null };
    },
    'library:version': () => ({ version: String(this.version) }),
    'claims:page': (request) => fakeClaimsPage(this.claims, request),
    'claims:documents': () => fakeClaimDocuments(this.claims),
    'documents:rename': ({ id, title }) => {
      const d = this.documents.find((x) => x.id === id);
      if (!d) throw new ApiError('not_found', 'That document no longer exists.');
      d.title = title;
      return d;
    },
    'documents:delete': ({ id }) => {
      this.documents = this.documents.filter((d) => d.id !== id);
      return { deleted: true };
    },
    'documents:import': ({ name }) => {
      const d = doc({ id: `imported-${this.documents.length + 1}`, title: name.replace(/\.[^.]+$/, ''), source: name });
      this.documents.push(d);
      return { status: 'imported', document: d, warnings: [] };
    },
    'labels:list': () => [...this.labels],
    'labels:update': ({ id, ...patch }) => {
      const label = this.labels.find((l) => l.id === id);
      if (!label) throw new ApiError('not_found', 'That label no longer exists.');
      if (patch.hotkey) {
        const other = this.labels.find((l) => l.hotkey === patch.hotkey && l.id !== id);
        if (other) throw new ApiError('conflict', `The hotkey ${patch.hotkey} is already used by ${other.name}.`);
      }
      Object.assign(label, Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)));
      return { ...label };
    },
    'labels:reorder': ({ ids }) => {
      this.labels = ids.map((id: string, position: number) => ({ ...this.labels.find((l) => l.id === id)!, position }));
      return [...this.labels];
    },
    'labels:create': ({ name, color, hotkey }) => {
      const label: Label = { id: `label-${this.labels.length + 100}`, kind: 'entity', name, color, hotkey: hotkey ?? null, position: this.labels.length };
      this.labels.push(label);
      return label;
    },
    'labels:delete': ({ id }) => {
      this.labels = this.labels.filter((l) => l.id !== id);
      return { deleted: true };
    },
    'settings:get': () => ({ reviewerName: this.reviewerName }),
    'settings:set': ({ reviewerName }) => {
      this.reviewerName = reviewerName;
      return { reviewerName };
    },
  };
}
