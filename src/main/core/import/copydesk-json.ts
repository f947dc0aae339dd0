/**
 * Copydesk's own lossless JSON (`*.copydesk.json`), as the exporter writes it:
 * `{ format: "copydesk", version: 1, exportedAt, document, annotations, claims, sources }`.
 *
 * Everything is validated before anything is returned: the shape (zod; the message names the
 * field), the version (a newer file is refused rather than half-read), every annotation's offsets
 * and quote against the text, and every claim's and source's link to an annotation. Annotation ids,
 * origins, claims, sources, the document status and the text as first imported are preserved, and
 * an orphaned annotation keeps its quote (its range no longer shows it).
 */
import { z } from 'zod';
import { ApiError } from '../../../shared/result';
import {
  ANNOTATION_KINDS,
  ANNOTATION_ORIGINS,
  CLAIM_STATUSES,
  DOCUMENT_STATUSES,
  TEASER_REASONS,
  type ParsedImport,
} from '../../../shared/types';
import { canonicalOffsetMap, toCanonicalText } from './canonical';
import { decodeText } from './decode';
import { baseName } from './formats';
import { checkNotEmpty } from './guards';
import { makeTitle } from './parsed';

/** The newest file version this Copydesk reads. */
export const COPYDESK_JSON_VERSION = 1;

const attrsSchema = z.looseObject({
  canonical: z.string().optional(),
  reason: z.enum(TEASER_REASONS).optional(),
  note: z.string().optional(),
  candidate: z.boolean().optional(),
});

const annotationSchema = z.object({
  id: z.string().min(1),
  kind: z.enum(ANNOTATION_KINDS),
  label: z.string().nullable().default(null),
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  quote: z.string(),
  attrs: attrsSchema.default({}),
  origin: z.enum(ANNOTATION_ORIGINS).default('manual'),
  orphaned: z.boolean().default(false),
  createdBy: z.string().optional(),
});

const claimSchema = z.object({
  annotationId: z.string().min(1),
  status: z.enum(CLAIM_STATUSES),
  verdict: z.string().default(''),
  assignee: z.string().nullable().default(null),
  checklist: z.record(z.string(), z.boolean()).default({}),
});

const sourceSchema = z.object({
  id: z.string().min(1),
  annotationId: z.string().min(1),
  url: z.string(),
  title: z.string().default(''),
  quote: z.string().default(''),
  note: z.string().default(''),
  consultedAt: z.string().nullable().default(null),
  createdAt: z.string().optional(),
});

/** The file as this version understands it. */
export const copydeskFileSchema = z.object({
  format: z.literal('copydesk'),
  version: z.literal(COPYDESK_JSON_VERSION),
  exportedAt: z.string().optional(),
  document: z.object({
    title: z.string(),
    source: z.string().optional(),
    format: z.string().optional(),
    language: z.string().nullable().default(null),
    status: z.enum(DOCUMENT_STATUSES).default('new'),
    text: z.string(),
    importedText: z.string().optional(),
  }),
  annotations: z.array(annotationSchema),
  claims: z.array(claimSchema).default([]),
  sources: z.array(sourceSchema).default([]),
});

export type CopydeskFile = z.infer<typeof copydeskFileSchema>;

/** "annotations[3].start" from a zod path. */
function fieldName(path: ReadonlyArray<PropertyKey>): string {
  return path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)), '');
}

function excerpt(text: string): string {
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}

/** Checks the header fields first, so an old or foreign file gets the right sentence. */
function checkHeader(shown: string, data: unknown): void {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new ApiError('bad_file', `“${shown}” is not a Copydesk file (it does not hold a JSON object).`);
  }
  const { format, version } = data as { format?: unknown; version?: unknown };
  if (format !== 'copydesk') {
    const what = format === undefined ? 'it has no "format" field' : `its "format" is ${JSON.stringify(format)}, not "copydesk"`;
    throw new ApiError('bad_file', `“${shown}” is not a Copydesk file (${what}).`);
  }
  if (typeof version === 'number' && version > COPYDESK_JSON_VERSION) {
    throw new ApiError(
      'bad_file',
      `“${shown}” was made by a newer Copydesk (file version ${version}; this one reads version ${COPYDESK_JSON_VERSION}). Update Copydesk to import it.`,
    );
  }
}

/** Offsets, quotes, unique ids and links between annotations, claims and sources. */
function checkConsistency(shown: string, file: CopydeskFile): void {
  const bad = (message: string) => new ApiError('bad_file', `“${shown}” is damaged: ${message}`);
  const { text } = file.document;
  const byId = new Map<string, CopydeskFile['annotations'][number]>();
  for (const a of file.annotations) {
    if (byId.has(a.id)) throw bad(`two annotations have the id “${a.id}”.`);
    byId.set(a.id, a);
    if (a.start > a.end || a.end > text.length) {
      throw bad(`annotation “${a.id}” (${a.kind}) points at ${a.start}–${a.end}, outside the text (${text.length} characters).`);
    }
    const actual = text.slice(a.start, a.end);
    if (!a.orphaned && actual !== a.quote) {
      throw bad(`annotation “${a.id}” (${a.kind}) quotes “${excerpt(a.quote)}” but the text there reads “${excerpt(actual)}”.`);
    }
  }
  const claimed = new Set<string>();
  for (const c of file.claims) {
    if (byId.get(c.annotationId)?.kind !== 'claim') throw bad(`a claim refers to “${c.annotationId}”, which is not a claim annotation in the file.`);
    if (claimed.has(c.annotationId)) throw bad(`the claim “${c.annotationId}” appears twice.`);
    claimed.add(c.annotationId);
  }
  for (const s of file.sources) {
    if (!byId.has(s.annotationId)) throw bad(`source “${s.id}” refers to “${s.annotationId}”, which is not an annotation in the file.`);
  }
}

/**
 * Validates and reads a parsed Copydesk JSON value. Throws `bad_file` naming the field or the
 * annotation at fault.
 */
export function readCopydeskFile(name: string, data: unknown): ParsedImport {
  const shown = baseName(name);
  checkHeader(shown, data);
  const parsed = copydeskFileSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ApiError('bad_file', `“${shown}” is not a valid Copydesk file: ${fieldName(issue.path) || 'the file'} — ${issue.message}.`);
  }
  const file = parsed.data;
  checkConsistency(shown, file);

  const warnings: string[] = [];
  let text = file.document.text;
  let annotations = file.annotations.map((a) => ({ ...a }));
  if (toCanonicalText(text) !== text) {
    // Not written by Copydesk as is (edited by hand?): canonicalise and carry the annotations along.
    const map = canonicalOffsetMap(text);
    text = map.text;
    annotations = annotations.map((a) => {
      const range = map.mapRange(a.start, a.end) ?? map.mapRange(a.start, a.start) ?? { start: 0, end: 0 };
      return { ...a, ...range };
    });
    warnings.push(`The text of “${shown}” had extra blank lines or spaces; they were removed and the annotations moved with the text.`);
  }
  checkNotEmpty(shown, text);

  return {
    format: 'copydesk-json',
    title: file.document.title.trim() || makeTitle('', name),
    text,
    ...(file.document.importedText !== undefined ? { importedText: toCanonicalText(file.document.importedText) } : {}),
    language: file.document.language,
    warnings,
    annotations: annotations.map((a) => ({
      id: a.id,
      kind: a.kind,
      label: a.label,
      start: a.start,
      end: a.end,
      attrs: a.attrs,
      origin: a.origin,
      orphaned: a.orphaned,
      ...(a.orphaned ? { quote: a.quote } : {}),
      ...(a.createdBy !== undefined ? { createdBy: a.createdBy } : {}),
    })),
    claims: file.claims.map((c) => ({ ...c })),
    sources: file.sources.map((s) => ({ ...s })),
    status: file.document.status,
  };
}

/** Reads a `*.copydesk.json` file. Throws `bad_file` for malformed JSON, a wrong shape or a newer version. */
export function parseCopydeskJson(name: string, bytes: Uint8Array): ParsedImport {
  const decoded = decodeText(name, bytes);
  checkNotEmpty(name, decoded.text);
  let data: unknown;
  try {
    data = JSON.parse(decoded.text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new ApiError('bad_file', `“${baseName(name)}” is not valid JSON (${reason}).`);
  }
  const result = readCopydeskFile(name, data);
  result.warnings.unshift(...decoded.warnings);
  return result;
}
