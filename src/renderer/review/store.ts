/**
 * The workspace's copy of what is stored for the open document: the document record, its
 * annotations, claims and sources. Changed only through `reviewReducer`, after the API has answered,
 * so it always mirrors the database. Maps are copied on write (React compares by identity).
 */
import type { Annotation, Claim, ClaimSource, DocumentBundle, DocumentRecord, DocumentStatus } from '../../shared/types';

/** What the workspace knows about the open document. */
export interface ReviewData {
  document: DocumentRecord;
  annotations: ReadonlyMap<string, Annotation>;
  /** Claim rows by annotation id. */
  claims: ReadonlyMap<string, Claim>;
  /** Sources by their own id. */
  sources: ReadonlyMap<string, ClaimSource>;
}

/** Everything that can happen to the stored data, as the reducer sees it. */
export type ReviewChange =
  | { type: 'loaded'; bundle: DocumentBundle }
  | { type: 'added'; annotations: Annotation[]; claims: Claim[]; sources: ClaimSource[] }
  | { type: 'updated'; annotations: Annotation[] }
  | { type: 'removed'; ids: string[] }
  | { type: 'claim'; claim: Claim }
  | { type: 'source'; source: ClaimSource }
  | { type: 'sourceRemoved'; id: string }
  | { type: 'status'; status: DocumentStatus };

function byKey<T>(list: T[], key: (item: T) => string): Map<string, T> {
  return new Map(list.map((item) => [key(item), item]));
}

/** Builds the store from a `documents:bundle` answer. */
export function fromBundle(bundle: DocumentBundle): ReviewData {
  return {
    document: bundle.document,
    annotations: byKey(bundle.annotations, (a) => a.id),
    claims: byKey(bundle.claims, (c) => c.annotationId),
    sources: byKey(bundle.sources, (s) => s.id),
  };
}

/** Applies one stored change. */
export function reviewReducer(data: ReviewData | null, change: ReviewChange): ReviewData | null {
  if (change.type === 'loaded') return fromBundle(change.bundle);
  if (!data) return data;
  switch (change.type) {
    case 'added': {
      const annotations = new Map(data.annotations);
      for (const a of change.annotations) annotations.set(a.id, a);
      const claims = change.claims.length ? new Map(data.claims) : data.claims;
      for (const c of change.claims) (claims as Map<string, Claim>).set(c.annotationId, c);
      const sources = change.sources.length ? new Map(data.sources) : data.sources;
      for (const s of change.sources) (sources as Map<string, ClaimSource>).set(s.id, s);
      return { ...data, annotations, claims, sources };
    }
    case 'updated': {
      const annotations = new Map(data.annotations);
      for (const a of change.annotations) annotations.set(a.id, a);
      return { ...data, annotations };
    }
    case 'removed': {
      const gone = new Set(change.ids);
      const annotations = new Map(data.annotations);
      const claims = new Map(data.claims);
      for (const id of gone) {
        annotations.delete(id);
        claims.delete(id);
      }
      const sources = new Map([...data.sources].filter(([, s]) => !gone.has(s.annotationId)));
      return { ...data, annotations, claims, sources };
    }
    case 'claim':
      return { ...data, claims: new Map(data.claims).set(change.claim.annotationId, change.claim) };
    case 'source':
      return { ...data, sources: new Map(data.sources).set(change.source.id, change.source) };
    case 'sourceRemoved': {
      const sources = new Map(data.sources);
      sources.delete(change.id);
      return { ...data, sources };
    }
    case 'status':
      return { ...data, document: { ...data.document, status: change.status } };
  }
}

/** The sources of one claim, oldest first. */
export function sourcesOf(data: ReviewData, annotationId: string): ClaimSource[] {
  return [...data.sources.values()]
    .filter((s) => s.annotationId === annotationId)
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt));
}

/** A tiny external store around `reviewReducer`: always-current reads for async actions, subscriptions for React. */
export interface ReviewStore {
  get(): ReviewData | null;
  dispatch(change: ReviewChange): void;
  subscribe(listener: () => void): () => void;
}

/** Creates an empty store (filled by a `loaded` change). */
export function createReviewStore(): ReviewStore {
  let state: ReviewData | null = null;
  const listeners = new Set<() => void>();
  return {
    get: () => state,
    dispatch(change) {
      const next = reviewReducer(state, change);
      if (next === state) return;
      state = next;
      for (const listener of listeners) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
