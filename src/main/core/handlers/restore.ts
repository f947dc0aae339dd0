/**
 * `annotations:restore`: puts annotations back as they were (the undo of a delete), with their
 * claims and sources, and answers them as stored. The contract only promises objects, so each one
 * is checked here against the shared records (shared/annotation-schema.ts) and a malformed one is
 * refused by name; attribute keys the API does not know are dropped rather than refused.
 *
 * If the text has changed since, an annotation whose quote is no longer at its position is
 * re-anchored by quote, or kept as orphaned. An entity's label must still exist: a label renamed
 * meanwhile is followed through the audit log to its current name; a label deleted meanwhile is not
 * silently re-created (that would undo the deletion behind the editor's back) — the undo is refused
 * with a message naming it, so the editor can create it again and retry.
 */
import type { z } from 'zod';
import { annotationRecord, cleanAttrs, claimRecord, sourceRecord } from '../../../shared/annotation-schema';
import { ApiError } from '../../../shared/result';
import type { Annotation, Claim, ClaimSource } from '../../../shared/types';
import { describeZodError } from '../../../shared/zod-message';
import { currentActorOf } from '../actor';
import { reanchor } from '../anchoring';
import { nowIso } from '../db/sql';
import type { StoreTx } from '../store/types';
import { checkBaseRevision } from './annotation-rules';
import { describeAnnotation, newClaim } from './annotations';
import { labelRenames } from './label-renames';
import { auditManyTx } from './audit-batch';
import { touchTx, type CoreContext, type HandlerFamily } from './context';
import { isPending } from '../suggest/pending';
import { markEditedTx } from './review-state';
import { layerOf } from './review-layers';

function parse<T>(schema: z.ZodType<T>, value: unknown, what: string): T {
  const result = schema.safeParse(value);
  if (!result.success) throw new ApiError('invalid_input', `${what} cannot be restored: ${describeZodError(result.error)}.`);
  return result.data;
}

/** The handler of `annotations:restore`. */
export function restoreHandlers({ store }: CoreContext): HandlerFamily<'annotations:restore'> {
  return {
    'annotations:restore': (input) =>
      store.write(async (tx) => {
        const doc = await tx.documents.requireDocument(input.documentId);
        checkBaseRevision(doc, input.baseRevision);
        const at = nowIso();
        const annotations: Annotation[] = input.annotations.map((a, i) => {
          const record = parse(annotationRecord, a, `Annotation ${i + 1}`);
          return { ...record, attrs: cleanAttrs(record.attrs).attrs };
        });
        const claims: Claim[] = input.claims.map((c, i) => parse(claimRecord, c, `Claim ${i + 1}`));
        const sources: ClaimSource[] = input.sources.map((s, i) => parse(sourceRecord, s, `Source ${i + 1}`));
        const stored: { annotations: Annotation[]; claims: Claim[]; sources: ClaimSource[] } = { annotations: [], claims: [], sources: [] };
        const actor = await currentActorOf(tx); // read once for every event of the undo
        // A reviewer's undo in double review puts the annotations back in their private layer, without claim rows.
        const layer = await layerOf(tx, doc.id, actor);

        // Checks in the order given, then the writes in batches (an undo of a big delete restores thousands).
        const taken = new Set(await tx.annotations.existingIds(annotations.map((a) => a.id)));
        const labels = new Map<string, Promise<string>>(); // one look-up per label and time, not per annotation
        for (const original of annotations) {
          if (original.documentId !== doc.id) {
            throw new ApiError('invalid_input', `Annotation ${original.id} belongs to another document and cannot be restored here.`);
          }
          if (taken.has(original.id)) {
            throw new ApiError('conflict', `Annotation ${original.id} already exists; it may have been restored already.`);
          }
          taken.add(original.id);
          let label = original.label;
          if (original.kind === 'entity' && original.label) {
            const key = `${original.label}\u0000${original.updatedAt}`;
            if (!labels.has(key)) labels.set(key, currentLabel(tx, original.label, original.updatedAt));
            label = await labels.get(key)!;
          }
          const annotation = { ...original, label, ...placeInText(original, doc.text) };
          if (isPending(annotation)) await tx.suggestions.forgetRejection(annotation); // a rejection undone
          stored.annotations.push(annotation);
        }
        await tx.annotations.insertAnnotations(stored.annotations, layer ?? '');
        await auditManyTx(
          tx,
          stored.annotations.map((a) => ({ action: 'annotation.restored', documentId: doc.id, annotationId: a.id, data: describeAnnotation(a) })),
          at,
          actor,
        );
        const kinds = new Map(annotations.map((a) => [a.id, a.kind]));
        for (const claim of layer ? [] : claims) {
          if (kinds.get(claim.annotationId) !== 'claim') {
            throw new ApiError('invalid_input', `The claim for ${claim.annotationId} has no claim annotation among those being restored.`);
          }
          stored.claims.push(claim);
        }
        const restoredClaims = new Set(claims.map((c) => c.annotationId));
        for (const annotation of annotations) {
          if (layer || annotation.kind !== 'claim' || restoredClaims.has(annotation.id)) continue;
          stored.claims.push(newClaim(annotation.id, at));
        }
        await tx.claims.saveClaims(stored.claims);
        for (const source of sources) {
          if (!kinds.has(source.annotationId) || !(await tx.claims.getClaim(source.annotationId))) {
            throw new ApiError('invalid_input', `Source ${source.id} belongs to a claim that is not being restored.`);
          }
          if (await tx.claims.sourceExists(source.id)) throw new ApiError('conflict', `Source ${source.id} already exists.`);
          await tx.claims.insertSource(source);
          stored.sources.push(source);
        }
        await markEditedTx(tx, doc.id, at);
        await touchTx(tx, [doc.id], at);
        return { restored: stored.annotations.length, ...stored };
      }),
  };
}

/**
 * The taxonomy's current spelling of `name`, following renames recorded since the annotation last
 * changed (`since`). Throws `conflict` naming the label when it no longer exists.
 */
async function currentLabel(tx: StoreTx, name: string, since: string): Promise<string> {
  const found = await tx.labels.findLabelByName(name);
  if (found) return found.name;
  let current = name;
  for (const rename of labelRenames(await tx.events.labelUpdatesSince(since))) {
    if (rename.from.toLowerCase() === current.toLowerCase()) current = rename.to;
  }
  const renamed = current !== name ? await tx.labels.findLabelByName(current) : undefined;
  if (renamed) return renamed.name;
  throw new ApiError(
    'conflict',
    `This cannot be undone: it would bring back an entity tagged ${name}, and the label ${name} no longer exists (it was deleted). Create the label ${name} again, then undo.`,
  );
}

/** Where the annotation goes in `text`: where its quote is (moved if the text changed), else orphaned near its old place. */
function placeInText(annotation: Annotation, text: string): Pick<Annotation, 'start' | 'end' | 'orphaned'> {
  const place = annotation.orphaned ? null : reanchor(text, annotation);
  if (place) return { ...place, orphaned: false };
  const start = Math.min(annotation.start, text.length);
  return { start, end: Math.min(Math.max(annotation.end, start), text.length), orphaned: true };
}
