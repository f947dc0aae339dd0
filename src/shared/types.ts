/**
 * Domain types shared by the core, the front doors and the renderer.
 * Offsets are JavaScript string indexes (UTF-16 code units) into a document's canonical text
 * (see DESIGN.md: "Text, offsets and anchoring"); formats that count code points convert on the way out/in.
 */

export const DOCUMENT_STATUSES = ['new', 'in_review', 'reviewed'] as const;
export type DocumentStatus = (typeof DOCUMENT_STATUSES)[number];

export const ANNOTATION_KINDS = ['entity', 'teaser', 'claim', 'note'] as const;
export type AnnotationKind = (typeof ANNOTATION_KINDS)[number];

export const CLAIM_STATUSES = ['unverified', 'in_progress', 'verified', 'false', 'misleading', 'unverifiable'] as const;
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];

/** The claim statuses that are a final verdict: the claim has been worked through, whatever it found. */
export const VERDICT_STATUSES = ['verified', 'false', 'misleading', 'unverifiable'] as const satisfies readonly ClaimStatus[];

export const TEASER_REASONS = [
  'related_teaser',
  'repeated_headline',
  'truncated_snippet',
  'advertisement',
  'boilerplate',
  'other',
] as const;
export type TeaserReason = (typeof TEASER_REASONS)[number];

export const ANNOTATION_ORIGINS = ['manual', 'suggested', 'imported'] as const;
export type AnnotationOrigin = (typeof ANNOTATION_ORIGINS)[number];

/** Import formats Copydesk understands (by file name). */
export const IMPORT_FORMATS = ['txt', 'md', 'html', 'docx', 'copydesk-json', 'brat'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/** Export format names, as the CLI and the export dialog spell them. */
export const EXPORT_FORMATS = ['copydesk-json', 'w3c', 'brat', 'conll', 'claimreview', 'csv', 'text', 'report'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** One row of the library. */
export interface DocumentSummary {
  id: string;
  title: string;
  /** Where it came from: the file name or path, or a URL. */
  source: string;
  format: ImportFormat;
  status: DocumentStatus;
  /** Number of characters (UTF-16 code units) of the canonical text. */
  length: number;
  annotationCount: number;
  claimCount: number;
  /**
   * The claims worked to a verdict (verified, false, misleading or unverifiable), out of `claimCount`.
   * The name is kept for compatibility: it counted only `verified` claims before.
   */
  claimsVerified: number;
  /** Who the document is assigned to (a person's name, as claims' assignee); null when nobody. */
  assignee: string | null;
  createdAt: string;
  updatedAt: string;
}

/** A whole document as the editor needs it. */
export interface DocumentRecord extends DocumentSummary {
  language: string | null;
  /** The canonical text: blocks joined by "\n". */
  text: string;
  /** The canonical text as first imported (kept when the editor corrects the text). */
  importedText: string;
  /** Increases with every change to the text; guards concurrent text edits. */
  revision: number;
}

/** Kind-specific extra data of an annotation. */
export interface AnnotationAttrs {
  /** Entity: canonical name ("Harbin Electric Power Group" for "the Group"). */
  canonical?: string;
  /** Teaser: why it is off-topic. */
  reason?: TeaserReason;
  /** Any kind: the editor's note. */
  note?: string;
  /** Teaser: suggested at import (content the article extractor left out), not yet confirmed. Older libraries only: migration 006 turns it into `pending`. */
  candidate?: boolean;
  /** A suggestion not yet accepted or rejected (origin "suggested"): drawn dashed, left out of every export. */
  pending?: boolean;
  /** Suggestion: the reasons that fired ("repeated headline", "known ORG from 12 documents"). */
  reasons?: string[];
  /** Suggestion: the suggester's confidence in [0, 1]. */
  score?: number;
  /** Suggested claim: the id of the claim annotation, in another document, it repeats and whose verdict can be reused. */
  checkedBefore?: string;
}

export interface Annotation {
  id: string;
  documentId: string;
  kind: AnnotationKind;
  /** Entity label name (PERSON, ORG, …); null for other kinds. */
  label: string | null;
  start: number;
  end: number;
  /** TextQuoteSelector: the exact text, and up to 32 characters either side. */
  quote: string;
  prefix: string;
  suffix: string;
  attrs: AnnotationAttrs;
  origin: AnnotationOrigin;
  /** True when the text it pointed to was deleted and it could not be re-anchored. */
  orphaned: boolean;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
}

export interface Claim {
  annotationId: string;
  status: ClaimStatus;
  /** The verdict note. */
  verdict: string;
  assignee: string | null;
  /**
   * Who gave the current verdict: the reviewer who last changed the status or the verdict text
   * (exports name them as the review's author); null while no one has.
   */
  verdictBy?: string | null;
  /** Checklist of the entities inside the claim: entity annotation id → ticked. */
  checklist: Record<string, boolean>;
  updatedAt: string;
}

export interface ClaimSource {
  id: string;
  annotationId: string;
  url: string;
  title: string;
  /** The passage quoted from the source. */
  quote: string;
  note: string;
  /** When the source was consulted (ISO date-time), if known. */
  consultedAt: string | null;
  createdAt: string;
}

export interface Label {
  id: string;
  name: string;
  kind: 'entity';
  /** CSS colour, "#rrggbb". */
  color: string;
  /** A single key ("1"…"9", a letter) or null. */
  hotkey: string | null;
  position: number;
}

export interface EventRecord {
  id: number;
  at: string;
  actor: string;
  action: string;
  documentId: string | null;
  annotationId: string | null;
  data: Record<string, unknown>;
}

/** Everything about one document: what the editor loads and what export and Copydesk JSON carry. */
export interface DocumentBundle {
  document: DocumentRecord;
  annotations: Annotation[];
  claims: Claim[];
  sources: ClaimSource[];
}

/** The result of reading one file for import, before it is stored. */
export interface ParsedImport {
  format: ImportFormat;
  title: string;
  text: string;
  /** The text as first imported, when the file carries it (a Copydesk JSON export of corrected text); else `text`. */
  importedText?: string;
  language: string | null;
  /** Human-readable notes for the per-file result ("3 invalid UTF-8 sequences replaced with U+FFFD"). */
  warnings: string[];
  /** Annotations the file carried (Copydesk JSON, brat) or suggested (HTML teaser candidates). */
  annotations: Array<
    Omit<Annotation, 'id' | 'documentId' | 'quote' | 'prefix' | 'suffix' | 'createdAt' | 'updatedAt' | 'orphaned' | 'createdBy'> & {
      id?: string;
      createdBy?: string;
      orphaned?: boolean;
      /** What an orphaned annotation pointed to (its range no longer shows it); others quote the text at their range. */
      quote?: string;
    }
  >;
  claims: Array<Omit<Claim, 'updatedAt'>>;
  sources: Array<Omit<ClaimSource, 'createdAt'> & { createdAt?: string }>;
  /** The document status carried by the file (Copydesk JSON), else 'new'. */
  status: DocumentStatus;
  /** Who the document is assigned to, as carried by the file (Copydesk JSON); absent: nobody. */
  assignee?: string | null;
}

/** One file to write, produced by an exporter. */
export interface ExportFile {
  /** File name only, no folder ("northeast-revitalization.ann"). */
  name: string;
  mediaType: string;
  content: string;
  /** A sentence for the person exporting about what the file leaves out ("3 nested entities were left out of CoNLL…"). */
  notice?: string;
}

export interface SearchHit {
  document: DocumentSummary;
  /** Matching passage; matched words wrapped in \u0001 … \u0002 (rendered as marks, never as HTML). */
  snippet: string;
  rank: number;
}

/** The default entity taxonomy (DESIGN.md), hotkeys 1–8. */
// Paul Tol's "light" scheme (personal.sron.nl/~pault; lavender for QUANTITY instead of olive, too near pear once painted), made for filled areas with dark text on them
// and distinct under the common colour-vision deficiencies; each reads at 7:1 or more under #212529
// as the editor paints it (styles.ts readableAlpha). The selection is dark, unlike all of them.
export const DEFAULT_LABELS: ReadonlyArray<Pick<Label, 'name' | 'color' | 'hotkey'>> = [
  { name: 'PERSON', color: '#ee8866', hotkey: '1' },
  { name: 'ORG', color: '#77aadd', hotkey: '2' },
  { name: 'PLACE', color: '#44bb99', hotkey: '3' },
  { name: 'DATE', color: '#eedd88', hotkey: '4' },
  { name: 'MONEY', color: '#bbcc33', hotkey: '5' },
  { name: 'PERCENT', color: '#99ddff', hotkey: '6' },
  { name: 'QUANTITY', color: '#c5b0d5', hotkey: '7' },
  { name: 'EVENT', color: '#ffaabb', hotkey: '8' },
];
