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
import { annotationRecord, claimRecord, cleanAttrs, looseAttrs, sourceRecord, storedLabelField } from '../../../shared/annotation-schema';
import { splitsSurrogatePair } from '../../../shared/codepoints';
import { plural } from '../../../shared/plural';
import { MAX_STORED_TITLE_LENGTH } from '../../../shared/limits';
import { ApiError } from '../../../shared/result';
import { DOCUMENT_STATUSES, type ParsedImport } from '../../../shared/types';
import { isHttpUrl } from '../../../shared/urls';
import { wellFormedDeep } from '../../../shared/well-formed';
import { firstIssue } from '../../../shared/zod-message';
import { canonicalOffsetMap, toCanonicalText } from './canonical';
import { decodeText } from './decode';
import { baseName } from './formats';
import { checkNotEmpty } from './guards';
import { makeTitle } from './parsed';

/** The newest file version this Copydesk reads. */
export const COPYDESK_JSON_VERSION = 1;

/** An annotation as the file carries it: the shared record, without what the library recomputes. */
const annotationSchema = annotationRecord.pick({ id: true, kind: true, start: true, end: true, quote: true }).extend({
  label: storedLabelField.default(null),
  attrs: looseAttrs.default({}),
  origin: annotationRecord.shape.origin.default('manual'),
  orphaned: z.boolean().default(false),
  createdBy: annotationRecord.shape.createdBy.optional(),
});

const claimSchema = claimRecord.pick({ annotationId: true, status: true }).extend({
  verdict: claimRecord.shape.verdict.default(''),
  assignee: claimRecord.shape.assignee.default(null),
  verdictBy: claimRecord.shape.verdictBy,
  checklist: claimRecord.shape.checklist.default({}),
});

/** A source; its URL is checked after parsing, so a bad one skips that source, not the file. */
const sourceSchema = sourceRecord.pick({ id: true, annotationId: true, url: true }).extend({
  title: sourceRecord.shape.title.default(''),
  quote: sourceRecord.shape.quote.default(''),
  note: sourceRecord.shape.note.default(''),
  consultedAt: sourceRecord.shape.consultedAt.default(null),
  createdAt: sourceRecord.shape.createdAt.optional(),
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
    /** Absent in files written before documents were assigned. */
    assignee: z.string().max(200).nullable().default(null),
    text: z.string(),
    importedText: z.string().optional(),
  }),
  annotations: z.array(annotationSchema),
  claims: z.array(claimSchema).default([]),
  sources: z.array(sourceSchema).default([]),
});

export type CopydeskFile = z.infer<typeof copydeskFileSchema>;

function excerpt(text: string): string {
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}

/**
 * Most annotations (and claims, sources) one file may hold: "tens of thousands" per document, with
 * room. Checked before the shape, so a million-element array is refused at once rather than validated.
 */
const MAX_FILE_ITEMS = 200_000;

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
  for (const field of ['annotations', 'claims', 'sources'] as const) {
    const list = (data as Record<string, unknown>)[field];
    if (Array.isArray(list) && list.length > MAX_FILE_ITEMS) {
      throw new ApiError(
        'bad_file',
        `“${shown}” holds ${list.length.toLocaleString('en-US')} ${field}; Copydesk reads up to ${MAX_FILE_ITEMS.toLocaleString('en-US')} per document.`,
      );
    }
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
    if (!a.orphaned && (splitsSurrogatePair(text, a.start) || splitsSurrogatePair(text, a.end))) {
      throw bad(`annotation “${a.id}” (${a.kind}) begins or ends in the middle of a character (${a.start}–${a.end}).`);
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
 * Each annotation's attributes as the API accepts them (annotationAttrs); keys it does not know, or
 * whose value it refuses, are dropped with one warning naming them — so every imported annotation
 * can be edited, deleted and restored by undo like one made in the app.
 */
function cleanFileAttrs(shown: string, file: CopydeskFile, warnings: string[]): ParsedImport['annotations'][number]['attrs'][] {
  const droppedKeys = new Set<string>();
  let affected = 0;
  const cleaned = file.annotations.map((a) => {
    const { attrs, dropped } = cleanAttrs(a.attrs);
    if (dropped.length > 0) affected++;
    for (const key of dropped) droppedKeys.add(key);
    return attrs;
  });
  if (affected > 0) {
    const keys = [...droppedKeys].map((key) => `“${key}”`).join(', ');
    warnings.push(`${plural(affected, 'annotation', 'annotations')} in “${shown}” carried attributes Copydesk does not keep or could not read (${keys}); they were left out.`);
  }
  return cleaned;
}

/** The sources whose URL is an http(s) web address; the others are left out with a warning (they could never be opened). */
function keepWebSources(shown: string, file: CopydeskFile, warnings: string[]): ParsedImport['sources'] {
  const kept = file.sources.filter((s) => isHttpUrl(s.url));
  const skipped = file.sources.filter((s) => !isHttpUrl(s.url));
  if (skipped.length > 0) {
    const shownUrls = skipped.slice(0, 3).map((s) => `“${s.url.length > 60 ? `${s.url.slice(0, 59)}…` : s.url}”`).join(', ');
    warnings.push(
      `${plural(skipped.length, 'source', 'sources')} in “${shown}” ${skipped.length === 1 ? 'was' : 'were'} left out: ${shownUrls}${skipped.length > 3 ? ' and more' : ''} ${skipped.length === 1 ? 'is not a web address' : 'are not web addresses'} (http:// or https://).`,
    );
  }
  return kept.map((s) => ({ ...s, url: s.url.trim() }));
}

/** How deep a Copydesk file nests (file → annotations → one annotation → attrs → a value is 5); far more is not one. */
const MAX_NESTING = 64;

/**
 * Throws `bad_file` when `data` nests deeper than MAX_NESTING — before anything walks it recursively.
 * Iterative, so a file of a million nested arrays is measured without exhausting the stack.
 */
function checkNesting(shown: string, data: unknown): void {
  const stack: Array<[unknown, number]> = [[data, 1]];
  while (stack.length > 0) {
    const [value, depth] = stack.pop()!;
    if (value === null || typeof value !== 'object') continue;
    if (depth > MAX_NESTING) {
      throw new ApiError('bad_file', `“${shown}” is not a Copydesk file: it nests more than ${MAX_NESTING} levels deep (a Copydesk file nests about 5).`);
    }
    for (const child of Array.isArray(value) ? value : Object.values(value)) {
      if (child !== null && typeof child === 'object') stack.push([child, depth + 1]);
    }
  }
}

/**
 * The file's title, trimmed and cut to the length rename accepts (MAX_STORED_TITLE_LENGTH), with a
 * warning when it was cut — so every imported title can be renamed and exported like any other.
 */
function storableTitle(shown: string, title: string, warnings: string[]): string {
  const clean = title.trim();
  if (clean.length <= MAX_STORED_TITLE_LENGTH) return clean;
  let cut = MAX_STORED_TITLE_LENGTH - 1;
  if (splitsSurrogatePair(clean, cut)) cut--;
  warnings.push(
    `The title in “${shown}” was ${clean.length.toLocaleString('en-US')} characters long; it was cut to the ${MAX_STORED_TITLE_LENGTH.toLocaleString('en-US')} Copydesk keeps.`,
  );
  return `${clean.slice(0, cut).trimEnd()}…`;
}

/**
 * Validates and reads a parsed Copydesk JSON value. Throws `bad_file` naming the field or the
 * annotation at fault.
 */
export function readCopydeskFile(name: string, raw: unknown): ParsedImport {
  const shown = baseName(name);
  checkNesting(shown, raw);
  // "\ud800" in JSON is a lone surrogate: U+FFFD instead, one for one, so every offset still holds.
  const data = wellFormedDeep(raw);
  checkHeader(shown, data);
  const parsed = copydeskFileSchema.safeParse(data);
  if (!parsed.success) {
    const issue = firstIssue(parsed.error);
    throw new ApiError('bad_file', `“${shown}” is not a valid Copydesk file: ${issue.field || 'the file'} — ${issue.message}.`);
  }
  const file = parsed.data;
  checkConsistency(shown, file);
  if (file.document.text.includes('\u0000')) {
    throw new ApiError('bad_file', `“${shown}” is damaged: its text contains a NUL character (\\u0000), which no text holds.`);
  }

  const warnings: string[] = [];
  const title = storableTitle(shown, file.document.title, warnings);
  let text = file.document.text;
  const attrs = cleanFileAttrs(shown, file, warnings);
  let annotations = file.annotations.map((a, i) => ({ ...a, attrs: attrs[i] }));
  const sources = keepWebSources(shown, file, warnings);
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
    title: title || makeTitle('', name),
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
    sources,
    status: file.document.status,
    assignee: file.document.assignee,
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
