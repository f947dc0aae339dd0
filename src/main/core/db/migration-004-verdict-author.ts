/**
 * Migration: who gave each claim's verdict (`claims.verdict_by`), so an export names the reviewer
 * who judged the claim, not whoever happens to export it. Set by `claims:update` whenever the status
 * or the verdict text changes. Existing claims take it from the audit log: the actor of the latest
 * status change or verdict edit of that claim ("editor" when the name was unset then, as logged);
 * claims never judged keep NULL.
 */
import type Database from 'better-sqlite3';

export function up(db: Database.Database): void {
  db.exec('ALTER TABLE claims ADD COLUMN verdict_by TEXT');
  backfillVerdictAuthors(db);
}

/** Sets `verdict_by` from the audit log for every claim (the migration's second half, testable alone). */
export function backfillVerdictAuthors(db: Database.Database): void {
  db.exec(`
    UPDATE claims SET verdict_by = (
      SELECT e.actor FROM events e
      WHERE e.annotation_id = claims.annotation_id
        AND (e.action = 'claim.status_changed'
             OR (e.action = 'claim.updated' AND json_type(e.data, '$.after.verdict') IS NOT NULL))
      ORDER BY e.id DESC LIMIT 1
    );
  `);
}
