/**
 * An in-memory stand-in for the core, behind the renderer client's transport: just the operations
 * the shell, library, import and settings use. Every call is recorded for assertions.
 */
import { setTransportForTests } from '../../../src/renderer/api/client';
import type { OperationName } from '../../../src/shared/api';
import { ApiError, type Result } from '../../../src/shared/result';
import { DEFAULT_LABELS, type DocumentSummary, type Label, type SearchHit } from '../../../src/shared/types';

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

  callsOf(name: OperationName): any[] {
    return this.calls.filter((c) => c.name === name).map((c) => c.input);
  }

  private handlers: Partial<Record<OperationName, Handler>> = {
    'app:info': () => ({ version: '0.1.0-test', dbPath: '/tmp/library.sqlite', schemaVersion: 1, maxImportBytes: 25 * 1024 * 1024 }),
    'documents:list': () => [...this.documents],
    'documents:search': ({ query }) => (typeof this.searchHits === 'function' ? this.searchHits(query) : this.searchHits),
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
