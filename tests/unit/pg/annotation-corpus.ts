/**
 * The same annotations, claims and sources written to both stores, for the PostgreSQL repository
 * tests of annotations, claims, the claims desk and suggestions. Built so that every order needs its
 * tie-breaker: shared creation times, shared start offsets, quotes and assignees differing only in
 * case, non-ASCII letters (which SQLite's NOCASE does not fold), pending suggestions among accepted ones.
 */
import type Database from 'better-sqlite3';
import type pg from 'pg';
import * as sqliteAnnotations from '../../../src/main/core/repos/annotations';
import * as sqliteClaims from '../../../src/main/core/repos/claims';
import { annotations as pgAnnotations } from '../../../src/main/core/pg/repos/annotations';
import { claims as pgClaims } from '../../../src/main/core/pg/repos/claims';
import { CLAIM_STATUSES, type Annotation, type AnnotationKind, type Claim, type ClaimSource } from '../../../src/shared/types';
import { corpus, writeBoth } from './corpus';

/** A time `seconds` after the corpus epoch, as the stores keep it. */
export function at(seconds: number): string {
  return new Date(Date.UTC(2026, 1, 1, 0, 0, seconds)).toISOString();
}

const QUOTES = ['Harbin', 'harbin', 'HARBIN', 'Émile', 'émile', 'the Group', 'Zürich', '5.8%', 'Apple', 'apple pie'];
const LABELS = ['PERSON', 'ORG', 'PLACE'];
const ASSIGNEES = [null, 'ana', 'Ana', 'Bo', 'Émile', null];

/** An annotation of document `doc`, number `i` in the corpus. */
function annotation(doc: string, i: number, kind: AnnotationKind): Annotation {
  const quote = QUOTES[i % QUOTES.length];
  const start = (i % 4) * 3;
  return {
    // Ids out of storing order, so that a tie broken by id and one broken by storing order differ.
    id: `ann-${String((i * 7919) % 10007).padStart(5, '0')}`,
    documentId: doc,
    kind,
    label: kind === 'entity' ? LABELS[i % LABELS.length] : null,
    start,
    end: start + 2 + (i % 3),
    quote,
    prefix: 'before ',
    suffix: ' after',
    attrs:
      i % 7 === 0
        ? { pending: true, reasons: ['known ORG from 2 documents'], score: 0.5 }
        : i % 11 === 0
          ? { pending: false, canonical: `Canonical ${i % 2}` }
          : i % 5 === 0
            ? { canonical: quote.toUpperCase(), note: 'checked ✓' }
            : {},
    origin: i % 7 === 0 ? 'suggested' : 'manual',
    orphaned: i % 13 === 0,
    createdBy: 'ed',
    createdAt: at(Math.floor(i / 7)),
    updatedAt: at(Math.floor(i / 7)),
  };
}

export interface AnnotationCorpus {
  documents: string[];
  annotations: Annotation[];
  claims: Claim[];
  sources: ClaimSource[];
}

/** `docs` documents with `perDocument` annotations each (every third a claim, with a claim row and sources). */
export function annotationCorpus(docs: number, perDocument: number): AnnotationCorpus {
  const documents = corpus(docs).map((d) => d.id);
  const annotations: Annotation[] = [];
  const claims: Claim[] = [];
  const sources: ClaimSource[] = [];
  let i = 0;
  for (const doc of documents) {
    for (let k = 0; k < perDocument; k++, i++) {
      const kind: AnnotationKind = i % 3 === 2 ? 'claim' : i % 9 === 4 ? 'teaser' : 'entity';
      const a = annotation(doc, i, kind);
      annotations.push(a);
      if (kind !== 'claim' || a.attrs.pending) continue;
      claims.push({
        annotationId: a.id,
        status: CLAIM_STATUSES[i % CLAIM_STATUSES.length],
        verdict: i % 4 === 0 ? `Verdict on ${a.quote}` : '',
        assignee: ASSIGNEES[i % ASSIGNEES.length],
        verdictBy: i % 4 === 0 ? 'chief' : null,
        checklist: i % 2 ? { [`ann-${i}`]: true, b: false } : {},
        updatedAt: at(Math.floor(i / 5)),
      });
      for (let s = 0; s < i % 3; s++) {
        sources.push({
          id: `src-${i}-${s}`,
          annotationId: a.id,
          url: `https://example.org/${i}/${s}`,
          title: `Source ${s}`,
          quote: '',
          note: s ? 'second' : '',
          consultedAt: s ? null : at(i),
          createdAt: at(Math.floor(i / 6)),
        });
      }
    }
  }
  return { documents, annotations, claims, sources };
}

/** Writes the corpus's documents, annotations, claims and sources to both stores, in the same order. */
export async function writeAnnotationCorpus(db: Database.Database, pool: pg.Pool, c: AnnotationCorpus): Promise<void> {
  await writeBoth(db, pool, corpus(c.documents.length));
  db.transaction(() => {
    for (const a of c.annotations) sqliteAnnotations.insertAnnotation(db, a);
    for (const claim of c.claims) sqliteClaims.saveClaim(db, claim);
    for (const s of c.sources) sqliteClaims.insertSource(db, s);
  })();
  for (const a of c.annotations) await pgAnnotations.insertAnnotation(pool, a);
  for (const claim of c.claims) await pgClaims.saveClaim(pool, claim);
  for (const s of c.sources) await pgClaims.insertSource(pool, s);
}
