/**
 * `documents:updateText`: saves corrected text and the annotation positions the editor mapped
 * through the edit, in one transaction, guarded by the revision the editor started from.
 * Annotations the editor did not move are checked against the new text: kept where their quote
 * still is, re-anchored by quote when it moved, otherwise marked orphaned (never dropped).
 */
import { ApiError } from '../../../shared/result';
import type { Annotation } from '../../../shared/types';
import { createRelocator, quoteSelector } from '../anchoring';
import { inTransaction, nowIso } from '../db/sql';
import { listAnnotations, saveAnnotation } from '../repos/annotations';
import { listClaimsForDocument, listSourcesForDocument } from '../repos/claims';
import { requireDocument, updateDocumentText } from '../repos/documents';
import { audit, type CoreContext, type HandlerFamily } from './context';

/** The handler of `documents:updateText`. */
export function textHandlers({ db }: CoreContext): HandlerFamily<'documents:updateText'> {
  return {
    'documents:updateText': ({ id, baseRevision, text, moves }) =>
      inTransaction(db, () => {
        const doc = requireDocument(db, id);
        if (doc.revision !== baseRevision) {
          throw new ApiError(
            'conflict',
            `The text of “${doc.title}” was changed elsewhere (revision ${doc.revision}; this edit started from ${baseRevision}). Reload the document and make the edit again.`,
          );
        }
        if (text.includes('\r')) {
          throw new ApiError('invalid_input', 'The text must use "\\n" line breaks only (it contains "\\r").');
        }
        const at = nowIso();
        const annotations = new Map(listAnnotations(db, id).map((a) => [a.id, a]));
        const moved = new Set<string>();
        let orphaned = 0;
        let reanchored = 0;

        for (const move of moves) {
          const before = annotations.get(move.id);
          if (!before) throw new ApiError('not_found', `No annotation with id ${move.id} in “${doc.title}”.`);
          if (move.end < move.start || move.end > text.length) {
            throw new ApiError(
              'invalid_input',
              `Annotation ${move.id} was moved to ${move.start}–${move.end}, which is not inside the new text (${text.length} characters).`,
            );
          }
          if (move.orphaned) orphaned++;
          save(before, { start: move.start, end: move.end, orphaned: move.orphaned });
          moved.add(move.id);
        }
        const relocate = createRelocator(doc.text, text);
        for (const annotation of annotations.values()) {
          if (moved.has(annotation.id) || annotation.orphaned) continue;
          const place = relocate(annotation);
          if (place && place.start === annotation.start && place.end === annotation.end) continue;
          if (place) reanchored++;
          else orphaned++;
          save(annotation, place ? { ...place, orphaned: false } : { ...clamp(annotation, text.length), orphaned: true });
        }

        updateDocumentText(db, id, text, doc.revision + 1, at);
        audit(
          db,
          {
            action: 'document.text_updated',
            documentId: id,
            data: {
              revisionBefore: doc.revision,
              revisionAfter: doc.revision + 1,
              lengthBefore: doc.text.length,
              lengthAfter: text.length,
              moved: moves.length,
              reanchored,
              orphaned,
            },
          },
          at,
        );
        // The annotations are already in hand: no need to read tens of thousands of rows back.
        return {
          document: requireDocument(db, id),
          annotations: [...annotations.values()].sort(textOrder),
          claims: listClaimsForDocument(db, id),
          sources: listSourcesForDocument(db, id),
        };

        /** Stores an annotation at its new place with a quote taken from the new text. */
        function save(before: Annotation, place: { start: number; end: number; orphaned: boolean }): void {
          const selector = place.orphaned
            ? { quote: before.quote, prefix: before.prefix, suffix: before.suffix } // keep what it pointed to
            : quoteSelector(text, place.start, place.end);
          const after = { ...before, ...place, ...selector, updatedAt: at };
          saveAnnotation(db, after);
          annotations.set(after.id, after);
        }
      }),
  };
}

/** The order `annotations:list` uses: by start, longer first, then by creation. */
function textOrder(a: Annotation, b: Annotation): number {
  return a.start - b.start || b.end - a.end || (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

function clamp(a: Annotation, length: number): { start: number; end: number } {
  const start = Math.min(a.start, length);
  return { start, end: Math.min(Math.max(a.end, start), length) };
}
