/**
 * `documents:import`: reads one file with the import module and stores the document with its
 * annotations, claims and sources in one transaction. A file the importer cannot read (bad_file,
 * too_large) is answered as `skipped` with the reason, so a batch import carries on.
 *
 * A file whose imported canonical text the library already holds (the same SHA-256, db/content-hash.ts)
 * is skipped with `duplicateOf` naming the document, and nothing is written — unless the caller says
 * `allowDuplicate`. The check and the write share one transaction.
 *
 * Ids carried by the file (a Copydesk JSON export) are kept unless the library already has them —
 * importing the same export twice (allowing the duplicate) gives a second copy with fresh ids,
 * references remapped.
 *
 * Parsing (jsdom and Readability take up to a second a page) runs in the core's CpuTasks — a worker
 * thread in the app — while the database write stays here, on the main thread, in its transaction.
 * The decoded bytes live in shared memory, so the worker reads them without a copy and the original
 * is still here to store.
 */
import { basename } from 'node:path';
import type { Output, ParsedInput } from '../../../shared/api';
import { ApiError } from '../../../shared/result';
import { wellFormedDeep } from '../../../shared/well-formed';
import type { Annotation, Claim, ClaimSource, DocumentSummary, ParsedImport } from '../../../shared/types';
import { quoteSelector } from '../anchoring';
import { contentHash } from '../db/content-hash';
import { newId, nowIso } from '../db/sql';
import { formatSize } from '../import/guards';
import type { StoreTx } from '../store/types';
import { currentActorOf } from '../actor';
import { sharedBytes, type CpuTasks } from '../workers/cpu-tasks';
import { ensureLabelTx } from './annotation-rules';
import { checkedAssignees } from './import-assignees';
import { newClaim } from './annotations';
import { plural } from '../../../shared/plural';
import { auditTx, type CoreContext, type HandlerFamily } from './context';
import { candidateAsSuggestion } from '../suggest/store';

type ImportResult = Output<'documents:import'>;

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** The handler of `documents:import`; `cpu` parses the file. */
export function importHandlers(context: CoreContext, cpu: CpuTasks): HandlerFamily<'documents:import'> {
  return {
    'documents:import': async (input) => {
      const read = await readImport(context, cpu, input);
      return 'skipped' in read ? read.skipped : storeImport(context.store, input, read.bytes, read.parsed);
    },
  };
}

/**
 * Checks, decodes and parses one file (in `cpu`), writing nothing; a file the importer cannot read
 * is answered as `skipped` with the reason. `documents:importMany` stores several in one transaction.
 */
export async function readImport(
  context: CoreContext,
  cpu: CpuTasks,
  input: ParsedInput<'documents:import'>,
): Promise<{ skipped: ImportResult } | { bytes: Uint8Array; parsed: ParsedImport }> {
  const tooBig = estimateTooLarge(input, context.maxImportBytes);
  if (tooBig) return { skipped: { status: 'skipped', reason: tooBig } };
  const bytes = decodeBase64(input.data, input.name);
  const companions = input.companions.map((c) => ({ name: c.name, bytes: decodeBase64(c.data, c.name) }));
  try {
    // Every string stored is well-formed UTF-16 (a .docx heading can carry "&#xD800;"): see shared/well-formed.ts.
    const parsed = wellFormedDeep(await cpu.parseImport(input.name, bytes, { maxBytes: context.maxImportBytes, companions }));
    return { bytes, parsed };
  } catch (error) {
    if (error instanceof ApiError && (error.code === 'bad_file' || error.code === 'too_large')) {
      return { skipped: { status: 'skipped', reason: error.message } };
    }
    throw error;
  }
}

/**
 * Stores a parsed file — or, when its text is already in the library and duplicates are not allowed,
 * answers `skipped` and writes nothing; one transaction for the check, the document and everything it
 * carries (the caller's, when `store` is already inside one: `documents:importMany`).
 */
export function storeImport(
  store: StoreTx,
  input: ParsedInput<'documents:import'>,
  bytes: Uint8Array,
  file: ParsedImport,
): Promise<ImportResult> {
  const parsed = checkedAssignees(file); // a team server's assignees must be its people (import-assignees.ts)
  const importedSha256 = contentHash(parsed.importedText ?? parsed.text);
  return store.write(async (tx) => {
    if (!input.allowDuplicate) {
      const existing = await tx.documents.findByImportedHash(importedSha256);
      if (existing) return duplicateSkip(existing);
    }
    const at = nowIso();
    const actor = await currentActorOf(tx);
    const documentId = newId();
    const warnings = [...parsed.warnings];
    await tx.documents.insertDocument({
      id: documentId,
      title: parsed.title.trim() || input.name,
      source: input.source ?? input.name,
      format: parsed.format,
      language: parsed.language,
      text: parsed.text,
      importedText: parsed.importedText,
      importedSha256,
      original: bytes,
      status: parsed.status,
      assignee: parsed.assignee ?? null,
      createdAt: at,
    });

    // Annotations: fresh ids where the library already has the file's, labels added when missing.
    const ids = new Map<string, string>();
    const kinds = new Map<string, Annotation['kind']>();
    const addedLabels = new Set<string>();
    let outside = 0;
    for (const item of parsed.annotations) {
      // An orphaned annotation (its text was edited away) may have shrunk to an empty range.
      const minLength = item.orphaned ? 0 : 1;
      if (!(item.start >= 0 && item.end - item.start >= minLength && item.end <= parsed.text.length)) {
        outside++;
        continue;
      }
      const id = item.id && !ids.has(item.id) && !(await tx.annotations.annotationExists(item.id)) ? item.id : newId();
      if (item.id) ids.set(item.id, id);
      let label = item.kind === 'entity' ? item.label : null;
      if (label) {
        const ensured = await ensureLabelTx(tx, label);
        if (ensured.created) addedLabels.add(ensured.name);
        label = ensured.name;
      }
      await tx.annotations.insertAnnotation({
        id,
        documentId,
        kind: item.kind,
        label,
        start: item.start,
        end: item.end,
        ...selectorFor(parsed.text, item),
        attrs: candidateAsSuggestion(item.attrs ?? {}),
        origin: item.attrs?.candidate === true ? 'suggested' : item.origin,
        orphaned: item.orphaned ?? false,
        createdBy: item.createdBy ?? actor,
        createdAt: at,
        updatedAt: at,
      });
      kinds.set(id, item.kind);
    }
    if (outside > 0) warnings.push(`${plural(outside, 'annotation')} pointing outside the text ${outside === 1 ? 'was' : 'were'} left out.`);
    if (addedLabels.size > 0) warnings.push(`New ${addedLabels.size === 1 ? 'label' : 'labels'} added from the file: ${[...addedLabels].join(', ')}.`);

    const claimed = await storeClaims(tx, parsed.claims, ids, kinds, at);
    for (const [id, kind] of kinds) if (kind === 'claim' && !claimed.has(id)) await tx.claims.saveClaim(newClaim(id, at));
    await storeSources(tx, parsed.sources, ids, claimed, at);

    const stored = kinds.size;
    const claimCount = [...kinds.values()].filter((kind) => kind === 'claim').length;
    await auditTx(
      tx,
      {
        action: 'document.imported',
        documentId,
        data: { name: input.name, source: input.source ?? null, format: parsed.format, annotations: stored, claims: claimCount, warnings },
      },
      at,
      actor,
    );
    return { status: 'imported', document: (await tx.documents.getDocumentSummary(documentId))!, warnings };
  });
}

/** Stores the file's claims of the annotations stored (`kinds`, by stored id); answers their ids. */
async function storeClaims(
  tx: StoreTx,
  claims: ParsedImport['claims'],
  ids: Map<string, string>,
  kinds: Map<string, string>,
  at: string,
): Promise<Set<string>> {
  const stored = new Set<string>();
  for (const claim of claims) {
    const annotationId = ids.get(claim.annotationId) ?? claim.annotationId;
    if (kinds.get(annotationId) !== 'claim' || stored.has(annotationId)) continue;
    const checklist = Object.fromEntries(Object.entries(claim.checklist ?? {}).map(([key, ticked]) => [ids.get(key) ?? key, ticked]));
    const row: Claim = { ...claim, annotationId, checklist, updatedAt: at };
    await tx.claims.saveClaim(row);
    stored.add(annotationId);
  }
  return stored;
}

/** Stores the file's sources of the claims stored, with fresh ids where the library has the file's. */
async function storeSources(tx: StoreTx, sources: ParsedImport['sources'], ids: Map<string, string>, claims: Set<string>, at: string): Promise<void> {
  for (const source of sources) {
    const annotationId = ids.get(source.annotationId) ?? source.annotationId;
    if (!claims.has(annotationId)) continue;
    const row: ClaimSource = {
      ...source,
      id: source.id && !(await tx.claims.sourceExists(source.id)) ? source.id : newId(),
      annotationId,
      createdAt: source.createdAt ?? at,
    };
    await tx.claims.insertSource(row);
  }
}

/** The answer for a file whose text the library already holds as `existing`. */
function duplicateSkip(existing: { id: string; title: string }): ImportResult {
  return { status: 'skipped', reason: `Already in the library as “${existing.title}” (the same text).`, duplicateOf: existing.id };
}

/**
 * The quote of an imported annotation: the text at its range, except for an orphaned annotation that
 * carries its quote — its range no longer shows what it pointed to, so keep what the file says.
 */
function selectorFor(text: string, item: ParsedImport['annotations'][number]) {
  if (item.orphaned && item.quote !== undefined) return { quote: item.quote, prefix: '', suffix: '' };
  return quoteSelector(text, item.start, item.end);
}

/** A "too large" reason when the base64 payload alone shows a file exceeds the limit (before decoding it). */
function estimateTooLarge(input: ParsedInput<'documents:import'>, maxBytes: number): string | null {
  for (const file of [{ name: input.name, data: input.data }, ...input.companions]) {
    const bytes = decodedLength(file.data);
    if (bytes > maxBytes) return `“${basename(file.name)}” is ${formatSize(bytes)}; the limit is ${formatSize(maxBytes)}.`;
  }
  return null;
}

/** The number of bytes a base64 string decodes to (whitespace ignored). */
function decodedLength(data: string): number {
  const length = data.length - (data.match(/\s/g)?.length ?? 0);
  const padding = data.trimEnd().endsWith('==') ? 2 : data.trimEnd().endsWith('=') ? 1 : 0;
  return Math.max(0, Math.floor((length * 3) / 4) - padding);
}

/** The bytes of a base64 payload, in shared memory (one copy, as before: a worker then reads them in place). */
function decodeBase64(data: string, name: string): Uint8Array {
  const compact = data.replace(/\s+/g, '');
  if (compact.length % 4 === 1 || !BASE64.test(compact)) {
    throw new ApiError('invalid_input', `The content of ${name} did not arrive intact (it is not valid base64).`);
  }
  return sharedBytes(Buffer.from(compact, 'base64'));
}
