/** The same small library written to both stores, for the PostgreSQL repository tests. */
import type Database from 'better-sqlite3';
import type pg from 'pg';
import * as sqliteDocuments from '../../../src/main/core/repos/documents';
import type { NewDocument } from '../../../src/main/core/repos/documents';
import { documents as pgDocuments } from '../../../src/main/core/pg/repos/documents';
import type { DocumentStatus, ImportFormat } from '../../../src/shared/types';

const TEXTS = [
  'The white whale surfaced near the ship at dawn.',
  'Calm seas and a quiet harbour; the whaler stayed in port.',
  'A café in Zürich served naïve tourists résumé-sized menus.',
  'Officials said investment in the Harbin Electric Power Group rose sharply.',
  'The ship and the white whale: an old story retold.',
];

/**
 * `n` documents: titles with case and ties ("doc 3" / "Doc 3"), repeated sources, statuses and
 * formats in turn, and change times shared by pairs, so every order needs its tie-breaker.
 */
export function corpus(n: number): NewDocument[] {
  return Array.from({ length: n }, (_, i) => ({
    id: `doc-${String(i).padStart(3, '0')}`,
    title: `${i % 2 ? 'doc' : 'Doc'} ${String(i % 17).padStart(2, '0')}${i % 5 === 0 ? ' whale' : ''}`,
    source: `source-${i % 4}.txt`,
    format: (['txt', 'md', 'html'] as ImportFormat[])[i % 3],
    language: 'en',
    text: `Item ${i}. ${TEXTS[i % TEXTS.length]}`,
    original: null,
    status: (['new', 'in_review', 'reviewed'] as DocumentStatus[])[i % 3],
    createdAt: new Date(Date.UTC(2026, 0, 1, 0, 0, Math.floor(i / 2))).toISOString(),
  }));
}

/** Writes `docs` to the SQLite library and the PostgreSQL database, in the same order. */
export async function writeBoth(db: Database.Database, pool: pg.Pool, docs: readonly NewDocument[]): Promise<void> {
  db.transaction(() => docs.forEach((doc) => sqliteDocuments.insertDocument(db, doc)))();
  for (const doc of docs) await pgDocuments.insertDocument(pool, doc);
}
