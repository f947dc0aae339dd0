/**
 * `documents:updateText`: saves corrected text and the annotation positions the editor mapped
 * through the edit, in one transaction, guarded by the revision the editor started from.
 *
 * - The text is stored canonical (DESIGN.md: trimmed lines, no empty lines): the editor can leave an
 *   empty paragraph or a trailing space behind, and every offset is mapped through that
 *   normalisation (canonicalOffsetMap), so an export re-imports without "made canonical" warnings.
 * - `moves` are the editor's word: offsets into the text as sent, mapped to the canonical text; one
 *   left with nothing but removed whitespace is orphaned.
 * - Annotations the editor did not move are mapped through the changed region between the old and
 *   the new canonical text (edit-map.ts): one before or after it keeps its text, one around it (a
 *   typo fixed inside it) stretches or shrinks with it and takes a fresh quote. One that straddles an
 *   edge of the region is looked for by its quote first (a save can hold several edits, and the
 *   region then spans them all), else stretched or shrunk; one wholly inside the region was deleted
 *   or rewritten: found by its quote, or kept as orphaned (never dropped).
 * - Offsets inside a surrogate pair are refused (they cannot be exported in code points).
 */
import { ApiError } from '../../../shared/result';
import type { Annotation } from '../../../shared/types';
import { CONTEXT_LENGTH, quoteSelector, reanchor } from '../anchoring';
import { nowIso } from '../db/sql';
import { createEditMap, type ChangedRegion } from '../edit-map';
import { canonicalOffsetMap } from '../import/canonical';
import { reattachOrphan } from '../reattach';
import { checkWholeCharacters } from './annotation-rules';
import { auditTx, type CoreContext, type HandlerFamily } from './context';
import { markEditedTx } from './review-state';
import { checkNoOpenDoubleReview } from './review-layers';

type Place = { start: number; end: number; orphaned: boolean };

/** The handler of `documents:updateText`. */
export function textHandlers({ store }: CoreContext): HandlerFamily<'documents:updateText'> {
  return {
    'documents:updateText': ({ id, baseRevision, text: sent, moves }) =>
      store.write(async (tx) => {
        const doc = await tx.documents.requireDocument(id);
        await checkNoOpenDoubleReview(tx, id, doc.title);
        if (doc.revision !== baseRevision) {
          throw new ApiError(
            'conflict',
            `The text of “${doc.title}” was changed elsewhere (revision ${doc.revision}; this edit started from ${baseRevision}). Reload the document and make the edit again.`,
          );
        }
        if (sent.includes('\r')) {
          throw new ApiError('invalid_input', 'The text must use "\\n" line breaks only (it contains "\\r").');
        }
        const canonical = canonicalOffsetMap(sent);
        const text = canonical.text;
        const at = nowIso();
        const annotations = new Map((await tx.annotations.listAnnotations(id)).map((a) => [a.id, a]));
        // Where each annotation goes is worked out first, then stored: the text work stays synchronous.
        const changed = new Map<string, Annotation>();
        const moved = new Set<string>();
        const counts = { moved: 0, mapped: 0, reanchored: 0, orphaned: 0, reattached: 0 };

        for (const move of moves) {
          const before = annotations.get(move.id);
          if (!before) throw new ApiError('not_found', `No annotation with id ${move.id} in “${doc.title}”.`);
          if (move.end < move.start || move.end > sent.length) {
            throw new ApiError(
              'invalid_input',
              `Annotation ${move.id} was moved to ${move.start}–${move.end}, which is not inside the new text (${sent.length} characters).`,
            );
          }
          checkWholeCharacters(sent, move.start, move.end, `Annotation ${move.id}`);
          // Orphaned by the editor, but its words may be back (an undone deletion): attach it again there.
          const back = move.orphaned ? reattachOrphan(text, before, canonical.mapPoint(move.start)) : null;
          if (back) counts.reattached++;
          const range = back ?? (move.orphaned ? null : canonical.mapRange(move.start, move.end));
          const place: Place = range
            ? { ...range, orphaned: false }
            : { start: canonical.mapPoint(move.start), end: Math.max(canonical.mapPoint(move.start), canonical.mapPoint(move.end)), orphaned: true };
          if (place.orphaned) counts.orphaned++;
          else if (!back) counts.moved++;
          save(before, place);
          moved.add(move.id);
        }

        const edit = createEditMap(doc.text, text);
        for (const annotation of annotations.values()) {
          if (moved.has(annotation.id)) continue;
          if (annotation.orphaned) {
            // Its words are back where they were (an undone deletion): attached again.
            const back = reattachOrphan(text, annotation, Math.min(edit.mapPoint(annotation.start), text.length));
            if (back) {
              counts.reattached++;
              save(annotation, { ...back, orphaned: false });
              continue;
            }
            // No text of its own: only keep its position inside the new text.
            const start = Math.min(edit.mapPoint(annotation.start), text.length);
            const end = Math.min(Math.max(edit.mapPoint(annotation.end), start), text.length);
            if (start !== annotation.start || end !== annotation.end) save(annotation, { start, end, orphaned: true });
            continue;
          }
          const overlap = edit.overlap(annotation.start, annotation.end);
          const hint = Math.min(edit.mapPoint(annotation.start), text.length);
          // Straddling an edge of the changed region (or inside it): its quote, where it still is, is the better guide.
          const found = overlap === 'partial' || overlap === 'inside' ? reanchor(text, annotation, hint) : null;
          const mapped = found ? null : overlap === 'inside' ? null : edit.mapRange(annotation.start, annotation.end);
          const range = found ?? (mapped && trimLike(text, mapped, annotation.quote));
          if (!range) {
            counts.orphaned++;
            save(annotation, { start: hint, end: hint, orphaned: true });
            continue;
          }
          const unchanged =
            range.start === annotation.start &&
            range.end === annotation.end &&
            text.slice(range.start, range.end) === annotation.quote &&
            contextHolds(text, annotation, edit.region);
          if (unchanged) continue;
          if (found) counts.reanchored++;
          else counts.mapped++;
          save(annotation, { ...range, orphaned: false });
        }

        for (const annotation of changed.values()) await tx.annotations.saveAnnotation(annotation);
        await tx.documents.updateDocumentText(id, text, doc.revision + 1, at);
        await markEditedTx(tx, id, at); // a corrected text is no longer the one reviewed
        await auditTx(
          tx,
          {
            action: 'document.text_updated',
            documentId: id,
            data: {
              revisionBefore: doc.revision,
              revisionAfter: doc.revision + 1,
              lengthBefore: doc.text.length,
              lengthAfter: text.length,
              madeCanonical: text !== sent,
              ...counts,
            },
          },
          at,
        );
        // The annotations are already in hand: no need to read tens of thousands of rows back.
        return {
          document: await tx.documents.requireDocument(id),
          annotations: [...annotations.values()].sort(textOrder),
          claims: await tx.claims.listClaimsForDocument(id),
          sources: await tx.claims.listSourcesForDocument(id),
        };

        /** Puts an annotation at its new place with a quote taken from the new text (stored below). */
        function save(before: Annotation, place: Place): void {
          const selector = place.orphaned
            ? { quote: before.quote, prefix: before.prefix, suffix: before.suffix } // keep what it pointed to
            : quoteSelector(text, place.start, place.end);
          const after = { ...before, ...place, ...selector, updatedAt: at };
          changed.set(after.id, after);
          annotations.set(after.id, after);
        }
      }),
  };
}

/**
 * True when the stored prefix and suffix of `annotation` (at the same place in the new text) are still
 * what surrounds it. Only an annotation within CONTEXT_LENGTH of the changed region can have lost
 * them, so only those are compared — the rest cost nothing, however long the document.
 */
function contextHolds(text: string, annotation: Annotation, region: ChangedRegion): boolean {
  const reach = CONTEXT_LENGTH + 1; // + 1: the context never splits a surrogate pair, so it may reach one further
  if (annotation.end + reach < region.start || annotation.start - reach > region.newEnd) return true;
  const fresh = quoteSelector(text, annotation.start, annotation.end);
  return fresh.prefix === annotation.prefix && fresh.suffix === annotation.suffix;
}

/**
 * `range` without the white space a mapped edge picked up, unless the old quote had it there too;
 * null when nothing but white space is left.
 */
function trimLike(text: string, range: { start: number; end: number }, quote: string): { start: number; end: number } | null {
  let { start, end } = range;
  if (!/^\s/.test(quote)) while (start < end && /\s/.test(text[start])) start++;
  if (!/\s$/.test(quote)) while (end > start && /\s/.test(text[end - 1])) end--;
  return end > start ? { start, end } : null;
}

/** The order `annotations:list` uses: by start, longer first, then by creation. */
function textOrder(a: Annotation, b: Annotation): number {
  return a.start - b.start || b.end - a.end || (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
