/** The `settings` table on PostgreSQL: the same key → value store as repos/settings.ts. */
import type { PgRepo, Queryable } from '../types';

async function getSetting(q: Queryable, key: string): Promise<string | undefined> {
  const { rows } = await q.query<{ value: string }>('SELECT value FROM settings WHERE key = $1', [key]);
  return rows[0]?.value;
}

async function getReviewerName(q: Queryable): Promise<string> {
  return (await getSetting(q, 'reviewerName')) ?? '';
}

export const settings: PgRepo<'settings'> = {
  getSetting,

  async setSetting(q, key, value) {
    await q.query('INSERT INTO settings (key, value) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET value = excluded.value', [key, value]);
  },

  getReviewerName,
};
