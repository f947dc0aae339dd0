/**
 * An in-memory core for the review workspace tests, behind the API client's transport: one
 * document with its annotations, claims, sources and events, implementing the operations the
 * workspace calls with the same rules the real core applies (ids, quotes, "in review" on the first
 * annotation, review warnings, revision guard). Every call is recorded.
 */
import { setTransportForTests } from '../../../src/renderer/api/client';
import type { OperationName } from '../../../src/shared/api';
import { ApiError, type Result } from '../../../src/shared/result';
import { CHANGED_ELSEWHERE_TAIL, sourceVersion } from '../../../src/shared/conflict';
import {
  DEFAULT_LABELS,
  type Annotation,
  type Claim,
  type ClaimSource,
  type DocumentRecord,
  type EventRecord,
  type Label,
} from '../../../src/shared/types';

type Handler = (input: any) => unknown;

let counter = 0;
const uid = () => `00000000-0000-4000-8000-${String(++counter).padStart(12, '0')}`;
const now = () => new Date(Date.UTC(2025, 2, 12, 10, 0, counter)).toISOString();

/** The fake core. */
export class FakeCore {
  document: DocumentRecord;
  annotations = new Map<string, Annotation>();
  claims = new Map<string, Claim>();
  sources = new Map<string, ClaimSource>();
  events: EventRecord[] = [];
  labels: Label[] = DEFAULT_LABELS.map((l, i) => ({ id: `label-${i + 1}`, kind: 'entity' as const, position: i, ...l }));
  calls: Array<{ name: OperationName; input: any }> = [];
  /** What `settings:get` answers. */
  reviewerName = 'Ana';
  /** What the next `suggestions:run` adds as pending suggestions. */
  nextSuggestions: Array<Pick<Annotation, 'id' | 'kind' | 'label' | 'start' | 'end' | 'attrs'>> = [];
  /** Per-operation overrides (to fail or answer differently). */
  overrides: Partial<Record<OperationName, Handler>> = {};

  constructor(text: string, importedText = text) {
    this.document = {
      id: 'doc-1',
      title: 'Northeast revitalization',
      source: 'northeast.txt',
      format: 'txt',
      status: 'new',
      length: text.length,
      annotationCount: 0,
      claimCount: 0,
      claimsVerified: 0,
      assignee: null,
      createdAt: now(),
      updatedAt: now(),
      language: 'en',
      text,
      importedText,
      revision: 0,
    };
  }

  /** Routes the API client to this fake. */
  install(): this {
    setTransportForTests(async (name, input) => {
      this.calls.push({ name, input });
      try {
        const handler = this.overrides[name] ?? this.handlers[name];
        if (!handler) throw new ApiError('unknown_operation', `The fake core has no ${name}.`);
        return { ok: true, value: structuredClone(await handler(input)) } as Result<unknown>;
      } catch (error) {
        if (error instanceof ApiError) return { ok: false, error: { code: error.code, message: error.message } };
        throw error;
      }
    });
    return this;
  }

  /** The inputs of every call to `name`. */
  callsOf(name: OperationName): any[] {
    return this.calls.filter((c) => c.name === name).map((c) => c.input);
  }

  /** Stored annotations of a kind. */
  ofKind(kind: Annotation['kind']): Annotation[] {
    return [...this.annotations.values()].filter((a) => a.kind === kind).sort((a, b) => a.start - b.start);
  }

  /** Seeds a stored annotation (as if made earlier). */
  seed(partial: Partial<Annotation> & Pick<Annotation, 'kind' | 'start' | 'end'>, claim?: Partial<Claim>): Annotation {
    const annotation = this.make({ id: uid(), label: null, attrs: {}, origin: 'manual', ...partial });
    this.annotations.set(annotation.id, annotation);
    if (annotation.kind === 'claim') this.claims.set(annotation.id, { ...this.newClaim(annotation.id), ...claim });
    return annotation;
  }

  private make(a: Pick<Annotation, 'id' | 'kind' | 'label' | 'start' | 'end' | 'attrs' | 'origin'> & Partial<Annotation>): Annotation {
    const text = this.document.text;
    if (a.end <= a.start || a.end > text.length) throw new ApiError('invalid_input', `Bad range ${a.start}–${a.end}.`);
    return {
      documentId: this.document.id,
      quote: text.slice(a.start, a.end),
      prefix: text.slice(Math.max(0, a.start - 32), a.start),
      suffix: text.slice(a.end, a.end + 32),
      orphaned: false,
      createdBy: 'Ana',
      createdAt: now(),
      updatedAt: now(),
      ...a,
    };
  }

  private newClaim(annotationId: string): Claim {
    // A new row has a version of its own, never that of a row it replaces (the core's clock has moved on).
    const updatedAt = new Date(Date.parse(now()) + ++this.claimRows).toISOString();
    return { annotationId, status: 'unverified', verdict: '', assignee: null, checklist: {}, updatedAt };
  }
  private claimRows = 0;

  private log(action: string, annotationId: string | null, data: Record<string, unknown>): void {
    this.events.push({ id: this.events.length + 1, at: now(), actor: 'Ana', action, documentId: this.document.id, annotationId, data });
  }

  private need<T>(map: Map<string, T>, id: string, what: string): T {
    const found = map.get(id);
    if (!found) throw new ApiError('not_found', `No ${what} with id ${id}.`);
    return found;
  }

  private warnings(): string[] {
    const open = [...this.claims.values()].filter((c) => c.status === 'unverified');
    const candidates = this.ofKind('teaser').filter((t) => t.attrs.candidate);
    const out: string[] = [];
    if (open.length) out.push(`${open.length} claim${open.length === 1 ? '' : 's'} still unverified: ${open.map((c) => `“${this.annotations.get(c.annotationId)?.quote}”`).join(', ')}`);
    if (candidates.length) out.push(`${candidates.length} teaser candidates not yet accepted or rejected`);
    return out;
  }

  /** The core's guard on offsets: a write whose `baseRevision` is behind the stored text is refused. */
  private checkRevision(baseRevision: number | undefined): void {
    if (baseRevision !== undefined && baseRevision !== this.document.revision) {
      throw new ApiError('conflict', `The text of “${this.document.title}” was changed elsewhere.`);
    }
  }

  /** The core's optimistic-concurrency rule (handlers/versions.ts), with a fixed sentence. */
  private checkVersion(what: string, current: { updatedAt: string }, baseVersion: string | undefined): void {
    if (baseVersion !== undefined && baseVersion !== current.updatedAt) {
      throw new ApiError('conflict', `Mei Chen changed this ${what} at 14:02; ${CHANGED_ELSEWHERE_TAIL}`);
    }
  }

  handlers: Partial<Record<OperationName, Handler>> = {
    'settings:get': () => ({ reviewerName: this.reviewerName }),
    'settings:set': ({ reviewerName }) => ((this.reviewerName = reviewerName.trim()), { reviewerName: this.reviewerName }),
    'documents:reviewWarnings': () => ({ warnings: this.warnings() }),
    'documents:titles': ({ ids }) => (ids ?? [this.document.id]).filter((id: string) => id === this.document.id).map((id: string) => ({ id, title: this.document.title })),
    'labels:list': () => this.labels,
    // Suggestions: nothing runs in the background here; `suggestions:run` adds `this.nextSuggestions`.
    'suggestions:status': () => ({ running: false, pending: [...this.annotations.values()].filter((a) => a.attrs.pending === true).length }),
    'suggestions:run': () => {
      const added = { teaser: 0, claim: 0, entity: 0 };
      for (const a of this.nextSuggestions.splice(0)) {
        this.annotations.set(a.id, this.make({ ...a, origin: 'suggested' }));
        added[a.kind as keyof typeof added]++;
      }
      return { documents: [{ documentId: this.document.id, title: this.document.title, added }] };
    },
    'documents:bundle': ({ id }) => {
      if (id !== this.document.id) throw new ApiError('not_found', `No document with id ${id}.`);
      return { document: this.document, annotations: [...this.annotations.values()], claims: [...this.claims.values()], sources: [...this.sources.values()] };
    },
    'annotations:create': ({ documentId, annotations, baseRevision }) => {
      if (documentId !== this.document.id) throw new ApiError('not_found', 'No such document.');
      this.checkRevision(baseRevision);
      const made = (annotations as any[]).map((spec) =>
        this.make({ id: spec.id ?? uid(), kind: spec.kind, label: spec.label ?? null, start: spec.start, end: spec.end, attrs: spec.attrs ?? {}, origin: spec.origin ?? 'manual' }),
      );
      const claims: Claim[] = [];
      for (const a of made) {
        if (this.annotations.has(a.id)) throw new ApiError('invalid_input', `Annotation ${a.id} exists.`);
        this.annotations.set(a.id, a);
        if (a.kind === 'claim') {
          const claim = this.newClaim(a.id);
          this.claims.set(a.id, claim);
          claims.push(claim);
        }
        this.log('annotation.created', a.id, { kind: a.kind });
      }
      if (this.document.status === 'new') this.document.status = 'in_review';
      return { annotations: made, claims };
    },
    'annotations:update': ({ id, baseRevision, baseVersion, ...patch }) => {
      if (patch.start !== undefined || patch.end !== undefined) this.checkRevision(baseRevision);
      const before = this.need(this.annotations, id, 'annotation');
      this.checkVersion('annotation', before, baseVersion);
      const after: Annotation = { ...before, ...(patch.label !== undefined && { label: patch.label }), ...(patch.attrs && { attrs: patch.attrs }), updatedAt: now() };
      // A new range (attaching an orphan): placed there with a fresh quote, no longer orphaned.
      if (patch.start !== undefined && patch.end !== undefined) Object.assign(after, this.make({ ...after, start: patch.start, end: patch.end, quote: this.document.text.slice(patch.start, patch.end), orphaned: false }));
      this.annotations.set(id, after);
      // An accepted claim suggestion gets its claim row, as in the core (suggest/store.ts).
      if (after.kind === 'claim' && before.attrs.pending && !after.attrs.pending && !this.claims.has(id)) this.claims.set(id, this.newClaim(id));
      // Taking the acceptance back removes that row again when no work was done on it (suggestions-logic.ts).
      if (after.kind === 'claim' && !before.attrs.pending && after.attrs.pending) {
        const row = this.claims.get(id);
        const worked = row && (row.status !== 'unverified' || row.verdict.trim() || [...this.sources.values()].some((s) => s.annotationId === id));
        if (row && !worked) this.claims.delete(id);
      }
      this.log('annotation.updated', id, { before: { label: before.label }, after: { label: after.label } });
      return after;
    },
    'annotations:delete': ({ ids, baseVersions }) => {
      for (const id of ids as string[]) this.checkVersion('annotation', this.need(this.annotations, id, 'annotation'), baseVersions?.[id]);
      for (const id of ids as string[]) {
        this.need(this.annotations, id, 'annotation');
        this.annotations.delete(id);
        this.claims.delete(id);
        for (const s of [...this.sources.values()]) if (s.annotationId === id) this.sources.delete(s.id);
      }
      return { deleted: ids.length };
    },
    'annotations:restore': ({ annotations, claims = [], sources = [], baseRevision }) => {
      this.checkRevision(baseRevision);
      // Stored as given, re-anchored the way the core does when the quote no longer matches.
      const text = this.document.text;
      const stored = (annotations as Annotation[]).map((a) => {
        if (text.slice(a.start, a.end) === a.quote) return a;
        const at = text.indexOf(a.quote);
        return at >= 0 ? { ...a, start: at, end: at + a.quote.length, orphaned: false } : { ...a, orphaned: true };
      });
      for (const a of stored) this.annotations.set(a.id, a);
      for (const c of claims as Claim[]) this.claims.set(c.annotationId, c);
      for (const s of sources as ClaimSource[]) this.sources.set(s.id, s);
      return { restored: stored.length, annotations: stored, claims, sources };
    },
    'claims:get': ({ annotationId }) => ({
      claim: this.need(this.claims, annotationId, 'claim'),
      annotation: this.need(this.annotations, annotationId, 'annotation'),
      sources: [...this.sources.values()].filter((s) => s.annotationId === annotationId),
      history: this.events.filter((e) => e.annotationId === annotationId),
    }),
    'claims:update': ({ annotationId, baseVersion, ...patch }) => {
      const before = this.need(this.claims, annotationId, 'claim');
      this.checkVersion('claim', before, baseVersion);
      const after: Claim = { ...before, ...Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)), updatedAt: now() };
      this.claims.set(annotationId, after);
      if (before.status !== after.status) this.log('claim.status_changed', annotationId, { before: before.status, after: after.status });
      return after;
    },
    'sources:add': ({ annotationId, ...fields }) => {
      this.need(this.claims, annotationId, 'claim');
      const source: ClaimSource = { id: uid(), annotationId, url: fields.url, title: fields.title ?? '', quote: fields.quote ?? '', note: fields.note ?? '', consultedAt: fields.consultedAt ?? null, createdAt: now() };
      this.sources.set(source.id, source);
      this.log('source.added', annotationId, { sourceId: source.id, url: source.url, title: source.title });
      return source;
    },
    'sources:update': ({ id, baseVersion, ...fields }) => {
      this.checkVersion('source', { updatedAt: sourceVersion(this.need(this.sources, id, 'source')) }, baseVersion);
      const after = { ...this.need(this.sources, id, 'source'), ...fields };
      this.sources.set(id, after);
      return after;
    },
    'sources:delete': ({ id, baseVersion }) => {
      this.checkVersion('source', { updatedAt: sourceVersion(this.need(this.sources, id, 'source')) }, baseVersion);
      this.sources.delete(id);
      return { deleted: true };
    },
    'documents:setStatus': ({ id, status }) => {
      const warnings = status === 'reviewed' ? this.warnings() : [];
      this.document.status = status;
      return { document: { ...this.document, id }, warnings };
    },
    'documents:updateText': ({ baseRevision, text, moves }) => {
      if (baseRevision !== this.document.revision) {
        throw new ApiError('conflict', `The text of “${this.document.title}” was changed elsewhere.`);
      }
      this.document = { ...this.document, text, revision: this.document.revision + 1, length: text.length };
      for (const move of moves as Array<{ id: string; start: number; end: number; orphaned: boolean }>) {
        const a = this.need(this.annotations, move.id, 'annotation');
        this.annotations.set(move.id, { ...a, start: move.start, end: move.end, orphaned: move.orphaned, quote: move.orphaned ? a.quote : text.slice(move.start, move.end) });
      }
      return this.handlers['documents:bundle']!({ id: this.document.id });
    },
    'export:document': ({ format }) =>
      format === 'brat'
        ? [
            { name: 'northeast.txt', mediaType: 'text/plain', content: 'exported as brat' },
            { name: 'northeast.ann', mediaType: 'text/plain', content: 'T1\tPLACE 0 8\tShenyang' },
          ]
        : [{ name: `northeast.${format}.txt`, mediaType: 'text/plain', content: `exported as ${format}` }],
  };
}
