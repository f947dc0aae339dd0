/**
 * The API contract: every operation's name, zod input schema and output type, in one map.
 * The preload, the IPC registration, the HTTP transport, the CLI and the renderer's client are all
 * derived from `api`, so adding an operation is one entry here plus one core handler.
 */
import { z } from 'zod';
import type {
  Annotation,
  Claim,
  ClaimSource,
  DocumentBundle,
  DocumentRecord,
  DocumentSummary,
  EventRecord,
  ExportFile,
  Label,
  SearchHit,
} from './types';
import { annotationAttrs, httpUrl, idField, labelNameField, offsetField } from './annotation-schema';
import { MAX_STORED_TITLE_LENGTH } from './limits';
import { MAX_ANNOTATIONS_PER_DOCUMENT, MAX_CHECKLIST_ITEMS, MAX_IDS_PER_CALL, MAX_LABELS } from './request-limits';
import { documentSelection, libraryFilter, libraryPageRequest, MAX_PAGE_SIZE, type LibraryPage } from './library-query';
import { claimsPageRequest, type ClaimsPage } from './claims-query';
import { ADJUDICATION_CHOICES, type Adjudication, type AdjudicationView, type AgreementReport, type DoubleReview, type DoubleReviewState } from './double-review';
import {
  ANNOTATION_KINDS,
  ANNOTATION_ORIGINS,
  CLAIM_STATUSES,
  DOCUMENT_STATUSES,
  EXPORT_FORMATS,
  TEASER_REASONS,
} from './types';

/** The kinds of suggestion (suggest/types.ts SuggestionKind). */
export const SUGGESTION_KIND_NAMES = ['teaser', 'claim', 'entity'] as const;
/** Settings → Suggestions. */
export interface SuggestSettingsValue {
  claimSetting: 'precise' | 'broad';
  suggestOnImport: boolean;
}

/** Declares one operation: `op(inputSchema).returns<Output>()`. */
function op<I extends z.ZodType>(input: I) {
  return {
    returns<O>() {
      return { input, output: undefined as unknown as O };
    },
  };
}

const id = idField;
const offset = offsetField;
const labelName = labelNameField;
const color = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'a colour like #1c7ed6');
const hotkey = z.string().regex(/^[0-9a-z]$/, 'a single digit or lower-case letter').nullable();
/**
 * The document revision the caller's offsets refer to. When given and the document's text has
 * changed since (another window or the CLI edited it), the write is refused with `conflict`.
 */
const baseRevision = z.number().int().min(0).optional();
/**
 * The `updatedAt` of the annotation or claim as the caller last received it. When given and the record
 * has changed since (another user, another window), the write is refused with `conflict` saying who
 * changed what (handlers/versions.ts).
 */
const baseVersion = z.string().max(64).optional();
export { annotationAttrs, httpUrl };

const newAnnotation = z.object({
  /** Client-chosen UUID so undo/redo can recreate the same annotation. */
  id: z.string().uuid().optional(),
  kind: z.enum(ANNOTATION_KINDS),
  label: labelName.nullable().default(null),
  start: offset,
  end: offset,
  attrs: annotationAttrs.default({}),
  origin: z.enum(ANNOTATION_ORIGINS).default('manual'),
});
export type NewAnnotation = z.input<typeof newAnnotation>;

const claimPatch = z.object({
  status: z.enum(CLAIM_STATUSES).optional(),
  verdict: z.string().max(20000).optional(),
  assignee: z.string().max(200).nullable().optional(),
  checklist: z
    .record(z.string().max(200), z.boolean())
    .refine((items) => Object.keys(items).length <= MAX_CHECKLIST_ITEMS, `at most ${MAX_CHECKLIST_ITEMS} checklist items`)
    .optional(),
});

const sourceInput = z.object({
  url: httpUrl,
  title: z.string().max(2000).default(''),
  quote: z.string().max(20000).default(''),
  note: z.string().max(20000).default(''),
  consultedAt: z.string().datetime({ offset: true }).nullable().default(null),
});

/** A partial source edit: no defaults, so a field left out stays as it is (zod's .partial() keeps defaults). */
const sourcePatch = z.object({
  url: httpUrl.optional(),
  title: z.string().max(2000).optional(),
  quote: z.string().max(20000).optional(),
  note: z.string().max(20000).optional(),
  consultedAt: z.string().datetime({ offset: true }).nullable().optional(),
});

/** A position change for one annotation, sent with a text edit (the editor maps ranges itself). */
const annotationMove = z.object({ id, start: offset, end: offset, orphaned: z.boolean() });

/** One file to import: `documents:import` takes one, `documents:importMany` a batch. */
const importFile = z.object({
  name: z.string().min(1).max(1000),
  /** The file's bytes, base64. */
  data: z.string(),
  /** Where it came from, if more than the file name is known (a path, a URL). */
  source: z.string().max(4000).optional(),
  /** Files that belong with this one: the `.ann` of a brat `.txt`. */
  companions: z.array(z.object({ name: z.string().min(1).max(1000), data: z.string() })).max(4).default([]),
  /**
   * Import even when the library already has a document with the same imported canonical text.
   * When false (the default) such a file is skipped, nothing is written, and `duplicateOf` names it.
   */
  allowDuplicate: z.boolean().default(false),
});

export const api = {
  'app:info': op(z.object({}).default({})).returns<{
    version: string;
    dbPath: string;
    schemaVersion: number;
    maxImportBytes: number;
  }>(),

  'documents:list': op(z.object({}).default({})).returns<DocumentSummary[]>(),
  /**
   * Ids and titles only — what an export's progress or an id lookup needs, without the per-document
   * counts that make `documents:list` slow on a large library. `ids` given: those that exist, in that
   * order; else every document, most recently changed first.
   */
  'documents:titles': op(z.object({ ids: z.array(id).max(100_000).optional() }).default({})).returns<Array<{ id: string; title: string }>>(),
  'documents:search': op(z.object({ query: z.string().max(500) })).returns<SearchHit[]>(),
  /** One page of the library (order, filters, search with snippets) and the true number of matches: see library-query.ts. */
  'documents:page': op(libraryPageRequest).returns<LibraryPage>(),
  /** Every id matching a filter (minus `except`), oldest first: what an export of "all matching" exports. */
  'documents:ids': op(z.object({ filter: libraryFilter, except: z.array(id).max(100_000).default([]) })).returns<{ ids: string[] }>(),
  /**
   * Delete or set the status of a selection, one chunk per call so the UI shows progress: the given
   * ids (all of them), or the documents matching a filter with seq after `afterSeq` (`limit` of them).
   * `nextSeq` continues a filter selection; null when it is done.
   */
  'documents:bulk': op(
    z.object({
      selection: documentSelection,
      action: z.discriminatedUnion('kind', [
        z.object({ kind: z.literal('delete') }),
        z.object({ kind: z.literal('setStatus'), status: z.enum(DOCUMENT_STATUSES) }),
        /** Assign to a person (null: to nobody). On a team server only the chief assigns others (team/roles.ts). */
        z.object({ kind: z.literal('assign'), assignee: z.string().trim().min(1).max(200).nullable() }),
      ]),
      afterSeq: z.number().int().min(0).default(0),
      limit: z.number().int().min(1).max(MAX_PAGE_SIZE).default(200),
    }),
  ).returns<{ done: number; nextSeq: number | null }>(),
  /**
   * The names an "Assigned to" field suggests: names documents and claims are assigned to and, on a
   * team server, the team's people (enabled accounts' display names); `me` is the acting user's name.
   */
  'documents:assignees': op(z.object({}).default({})).returns<{ names: string[]; me: string; /** False for an editor or fact-checker on a team server: they may only take and give back. */ assignOthers: boolean }>(),
  /** Changes whenever anything in the library changed, from this app or another process: the views poll it. */
  'library:version': op(z.object({}).default({})).returns<{ version: string }>(),
  'documents:get': op(z.object({ id })).returns<DocumentRecord>(),
  /** Everything the editor needs in one round-trip. */
  'documents:bundle': op(z.object({ id })).returns<DocumentBundle>(),
  /** Import one file; the renderer calls it once per file to show progress. */
  'documents:import': op(importFile).returns<
    | { status: 'imported'; document: DocumentSummary; warnings: string[] }
    /** `duplicateOf`: the id of the document already holding the same text, when that is why it was skipped. */
    | { status: 'skipped'; reason: string; duplicateOf?: string }
  >(),
  /**
   * Import a batch of files in one transaction (each file in its own savepoint: a file that fails is
   * answered `failed` and the others are kept). One answer per file, in order.
   */
  'documents:importMany': op(z.object({ files: z.array(importFile).min(1).max(200) })).returns<{
    results: Array<
      | { status: 'imported'; document: DocumentSummary; warnings: string[] }
      | { status: 'skipped'; reason: string; duplicateOf?: string }
      | { status: 'failed'; reason: string }
    >;
  }>(),
  'documents:rename': op(z.object({ id, title: z.string().trim().min(1).max(MAX_STORED_TITLE_LENGTH) })).returns<DocumentSummary>(),
  /** What deserves a second look before marking the document reviewed (the warnings setStatus gives); writes nothing. */
  'documents:reviewWarnings': op(z.object({ id })).returns<{ warnings: string[] }>(),
  'documents:setStatus': op(z.object({ id, status: z.enum(DOCUMENT_STATUSES) })).returns<{
    document: DocumentSummary;
    /** Why marking reviewed deserves a second look ("2 claims still unverified: …"); empty when nothing is open. */
    warnings: string[];
  }>(),
  /**
   * Save corrected text and the mapped annotation positions in one transaction. The text is made
   * canonical (empty lines dropped, lines trimmed) and every offset mapped along; annotations not in
   * `moves` are mapped through the changed region. Answers the bundle as stored.
   */
  'documents:updateText': op(
    z.object({ id, baseRevision: z.number().int().min(0), text: z.string(), moves: z.array(annotationMove).max(MAX_ANNOTATIONS_PER_DOCUMENT) }),
  ).returns<DocumentBundle>(),
  'documents:delete': op(z.object({ id })).returns<{ deleted: true }>(),

  'annotations:list': op(z.object({ documentId: id })).returns<Annotation[]>(),
  /** Create one or many annotations in one transaction (one undoable step). */
  'annotations:create': op(
    z.object({ documentId: id, baseRevision, annotations: z.array(newAnnotation).min(1).max(100000) }),
  ).returns<{
    annotations: Annotation[];
    claims: Claim[];
  }>(),
  'annotations:update': op(
    z.object({
      id,
      label: labelName.nullable().optional(),
      kind: z.enum(ANNOTATION_KINDS).optional(),
      attrs: annotationAttrs.optional(),
      start: offset.optional(),
      end: offset.optional(),
      /** Checked only when start or end changes. */
      baseRevision,
      baseVersion,
    }),
  ).returns<Annotation>(),
  'annotations:delete': op(
    z.object({ ids: z.array(id).min(1).max(100000), /** id → the `updatedAt` the caller saw (baseVersion). */ baseVersions: z.record(id, z.string().max(64)).optional() }),
  ).returns<{ deleted: number }>(),
  /**
   * Put back annotations exactly as they were (undo of a delete), with their claims and sources;
   * answers them as stored (an annotation may have moved, or been orphaned, if the text changed since).
   * Each element is checked against the shared records of annotation-schema.ts by the handler, which
   * names the one at fault; unknown attribute keys are dropped.
   */
  'annotations:restore': op(
    z.object({
      documentId: id,
      baseRevision,
      annotations: z.array(z.custom<Annotation>((v) => typeof v === 'object' && v !== null)).max(100000),
      claims: z.array(z.custom<Claim>((v) => typeof v === 'object' && v !== null)).max(MAX_ANNOTATIONS_PER_DOCUMENT).default([]),
      sources: z.array(z.custom<ClaimSource>((v) => typeof v === 'object' && v !== null)).max(MAX_ANNOTATIONS_PER_DOCUMENT).default([]),
    }),
  ).returns<{ restored: number; annotations: Annotation[]; claims: Claim[]; sources: ClaimSource[] }>(),

  'claims:list': op(
    z.object({ documentId: id.optional(), status: z.enum(CLAIM_STATUSES).optional() }).default({}),
  ).returns<
    Array<{ claim: Claim; annotation: Annotation; documentTitle: string; sourceCount: number }>
  >(),
  /** One page of the claims desk (filters, order) with the true total and the count of each status: see claims-query.ts. */
  'claims:page': op(claimsPageRequest).returns<ClaimsPage>(),
  /** Documents that have claims, by title (at most `limit`): the claims desk's document filter. */
  'claims:documents': op(z.object({ limit: z.number().int().min(1).max(5000).default(1000) }).default({ limit: 1000 })).returns<Array<{ id: string; title: string }>>(),
  'claims:get': op(z.object({ annotationId: id })).returns<{
    claim: Claim;
    annotation: Annotation;
    sources: ClaimSource[];
    history: EventRecord[];
  }>(),
  'claims:update': op(claimPatch.extend({ annotationId: id, baseVersion })).returns<Claim>(),
  'sources:add': op(sourceInput.extend({ annotationId: id })).returns<ClaimSource>(),
  /** `baseVersion` here is shared/conflict.ts `sourceVersion` of the source as the caller shows it. */
  'sources:update': op(sourcePatch.extend({ id, baseVersion })).returns<ClaimSource>(),
  'sources:delete': op(z.object({ id, baseVersion })).returns<{ deleted: true }>(),

  'labels:list': op(z.object({}).default({})).returns<Label[]>(),
  'labels:create': op(z.object({ name: labelName, color, hotkey: hotkey.default(null) })).returns<Label>(),
  /** Rename, recolour or re-key; renaming updates every annotation with the old name. */
  'labels:update': op(z.object({ id, name: labelName.optional(), color: color.optional(), hotkey: hotkey.optional() })).returns<Label>(),
  'labels:reorder': op(z.object({ ids: z.array(id).max(MAX_LABELS) })).returns<Label[]>(),
  'labels:delete': op(z.object({ id })).returns<{ deleted: true }>(),

  'events:list': op(z.object({ documentId: id.optional(), annotationId: id.optional(), limit: z.number().int().min(1).max(10000).default(500) })).returns<EventRecord[]>(),

  'settings:get': op(z.object({}).default({})).returns<{ reviewerName: string }>(),
  'settings:set': op(z.object({ reviewerName: z.string().trim().max(200) })).returns<{ reviewerName: string }>(),

  /** Render one document in one format; the caller writes or downloads the files. */
  'export:document': op(z.object({ id, format: z.enum(EXPORT_FORMATS) })).returns<ExportFile[]>(),
  /**
   * Write documents × formats into a folder on this machine (files written atomically), one document
   * at a time. Calls sharing a `batchId` (the UI's one call per document) number clashing names
   * ("harbin-2.txt") as one call would. A document that fails is listed in `failed` and the others
   * are still written; when every document fails, the call fails with the (first) reason. `notes`
   * tells what a written document's files leave out ("No ClaimReview file: no claims with a verdict.",
   * "3 nested entities were left out of CoNLL…"). brat's annotation.conf is one per folder, merged.
   */
  'export:toFolder': op(
    z.object({
      ids: z.array(id).min(1).max(MAX_IDS_PER_CALL),
      formats: z.array(z.enum(EXPORT_FORMATS)).min(1).max(EXPORT_FORMATS.length),
      dir: z.string().min(1).max(4000),
      batchId: z.string().min(1).max(200).optional(),
    }),
  ).returns<{
    written: string[];
    failed: Array<{ documentId: string; title: string; message: string }>;
    notes: Array<{ documentId: string; title: string; message: string }>;
  }>(),
  /**
   * Run the suggesters (in the task worker) on documents, storing what they find as pending
   * suggestions (origin "suggested", `attrs.pending`); existing annotations and rejected
   * suggestions are never added again. One answer per document, with a sentence where suggestions
   * could not be made (an empty document, one with no words).
   */
  'suggestions:run': op(
    z
      .object({
        documentIds: z.array(id).min(1).max(MAX_IDS_PER_CALL).optional(),
        all: z.boolean().optional(),
        kinds: z.array(z.enum(SUGGESTION_KIND_NAMES)).min(1).max(3).optional(),
      })
      .refine((v) => (v.documentIds !== undefined) !== (v.all === true), 'name the documents, or ask for all of them'),
  ).returns<{
    documents: Array<{ documentId: string; title: string; added: Record<(typeof SUGGESTION_KIND_NAMES)[number], number>; withdrawn?: number; message?: string }>;
  }>(),
  /**
   * Whether suggestions for a document are being made (in the background after its import, or on
   * demand), and which kind they are at ("claims (2 of 3)"); when none is, how many suggestions the
   * document holds pending, and the sentence of the last background run where a kind could not be made.
   */
  'suggestions:status': op(z.object({ documentId: id })).returns<{ running: boolean; step?: string; pending?: number; message?: string }>(),
  /** Settings → Suggestions. */
  'suggestions:settings': op(z.object({}).default({})).returns<SuggestSettingsValue>(),
  'suggestions:setSettings': op(
    z.object({ claimSetting: z.enum(['precise', 'broad']).optional(), suggestOnImport: z.boolean().optional() }),
  ).returns<SuggestSettingsValue>(),
  /** Names tagged with different labels across the library (the consistency view). */
  'suggestions:consistency': op(z.object({ limit: z.number().int().min(1).max(5000).default(500) }).default({ limit: 500 })).returns<
    Array<{ text: string; labels: Array<{ label: string; annotations: number; documents: number }> }>
  >(),
  /** Relabel every accepted entity whose text is `text` (any case) and label `from` to `to`, in every document. */
  'suggestions:relabel': op(z.object({ text: z.string().min(1).max(500), from: labelName, to: labelName })).returns<{
    annotations: number;
    documents: number;
  }>(),
  /**
   * One claims CSV for many documents (`claims.csv`, a "Document ID" column after the title): written
   * into `dir` when given (numbered within a `batchId` like export:toFolder), else answered as `file`
   * to download. No file when none of the documents has a claim (`claims` is 0).
   */
  /** A document's double review and the layer the acting user annotates it in (double-review.ts). */
  'doubleReview:get': op(z.object({ documentId: id })).returns<DoubleReviewState>(),
  /** Sets documents to double review by two reviewers, each annotating in a private layer (chief editor). */
  'doubleReview:start': op(
    z.object({
      documentIds: z.array(id).min(1).max(MAX_IDS_PER_CALL),
      reviewerA: z.string().trim().min(1).max(200),
      reviewerB: z.string().trim().min(1).max(200),
    }),
  ).returns<DoubleReview[]>(),
  /**
   * The library's bulk "Double review…": sets a selection (ids, or every document matching a filter)
   * to double review, one chunk per call like documents:bulk. Documents already in an open double
   * review are left as they are and counted in `skipped`. `nextSeq` continues a filter selection.
   */
  'doubleReview:startMany': op(
    z.object({
      selection: documentSelection,
      reviewerA: z.string().trim().min(1).max(200),
      reviewerB: z.string().trim().min(1).max(200),
      afterSeq: z.number().int().min(0).default(0),
      limit: z.number().int().min(1).max(MAX_PAGE_SIZE).default(200),
    }),
  ).returns<{ started: number; skipped: number; nextSeq: number | null }>(),
  /** Both layers, the agreement between them and the decisions made so far (chief editor). */
  'doubleReview:adjudication': op(z.object({ documentId: id })).returns<AdjudicationView>(),
  /** Takes A's or B's version of one difference into the main layer, or neither (`none`). */
  'doubleReview:decide': op(
    z.object({ documentId: id, difference: z.string().min(1).max(200), choice: z.enum(ADJUDICATION_CHOICES) }),
  ).returns<Adjudication>(),
  /** Takes back the decision on one difference (and the annotation it added). */
  'doubleReview:undo': op(z.object({ documentId: id, difference: z.string().min(1).max(200) })).returns<{ undone: boolean }>(),
  /** Ends the double review: what both reviewers agreed on joins the main layer; every difference must be decided. */
  'doubleReview:finish': op(z.object({ documentId: id })).returns<{ review: DoubleReview; agreed: number }>(),
  /** Agreement per label across every double-reviewed document. */
  'doubleReview:agreement': op(z.object({}).default({})).returns<AgreementReport>(),
  'export:claimsCsv': op(
    z.object({
      ids: z.array(id).min(1).max(100_000),
      dir: z.string().min(1).max(4000).optional(),
      batchId: z.string().min(1).max(200).optional(),
    }),
  ).returns<{
    written: string | null;
    file: ExportFile | null;
    claims: number;
    documents: number;
    failed: Array<{ documentId: string; title: string; message: string }>;
  }>(),
} as const;

export type Api = typeof api;
export type OperationName = keyof Api;
export type Input<K extends OperationName> = z.input<Api[K]['input']>;
export type ParsedInput<K extends OperationName> = z.output<Api[K]['input']>;
export type Output<K extends OperationName> = Api[K]['output'];

export const OPERATION_NAMES = Object.keys(api) as OperationName[];

/** What the core implements: one function per operation, taking the validated input. */
export type Handlers = { [K in OperationName]: (input: ParsedInput<K>) => Output<K> | Promise<Output<K>> };

export function isOperationName(name: unknown): name is OperationName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(api, name);
}
