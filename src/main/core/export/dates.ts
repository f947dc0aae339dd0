/**
 * Timestamps as export formats want them. Stored timestamps are ISO 8601 strings, but a row written
 * by SQLite's `datetime('now')` reads "2024-05-03 10:00:00" (UTC, no zone); both are accepted.
 */

const ZONELESS = /^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/;

/** A stored timestamp as an ISO 8601 UTC date-time ("2024-05-03T10:00:00.000Z"), or null when unreadable. */
export function isoDateTime(value: string | null | undefined): string | null {
  if (!value) return null;
  const trimmed = value.trim();
  const normalised = ZONELESS.test(trimmed) ? `${trimmed.replace(' ', 'T')}Z` : trimmed;
  const time = Date.parse(normalised);
  return Number.isNaN(time) ? null : new Date(time).toISOString();
}

/** A stored timestamp as a calendar date ("2024-05-03", UTC), or null when unreadable. */
export function isoDate(value: string | null | undefined): string | null {
  return isoDateTime(value)?.slice(0, 10) ?? null;
}

/** "2024-05-03 10:00 UTC" for a Date or a stored timestamp; the value itself when unreadable. */
export function readableTime(value: Date | string): string {
  const iso = value instanceof Date ? value.toISOString() : isoDateTime(value);
  return iso ? `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC` : String(value);
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * A calendar date, "3 May 2024", for a value that records a day and no time (a source's
 * "consulted on" date, stored as local noon so the day survives every time zone): printing its
 * time would invent one. The value itself when unreadable.
 */
export function readableDate(value: string): string {
  const iso = isoDateTime(value);
  if (!iso) return value;
  const [year, month, day] = iso.slice(0, 10).split('-').map(Number);
  return `${day} ${MONTHS[month - 1]} ${year}`;
}
