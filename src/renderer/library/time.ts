/** Relative times for the library ("5 min ago"), with the exact time for tooltips. */

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** "just now", "5 min ago", "3 h ago", "yesterday", "4 days ago", then a date ("12 Mar 2024"). */
export function relativeTime(iso: string, now: number = Date.now()): string {
  const then = Date.parse(iso);
  if (Number.isNaN(then)) return '—';
  const diff = now - then;
  if (diff < 45_000) return 'just now';
  if (diff < HOUR) return `${Math.round(diff / MINUTE)} min ago`;
  if (diff < DAY) return `${Math.round(diff / HOUR)} h ago`;
  const days = Math.floor(diff / DAY);
  if (days === 1) return 'yesterday';
  if (days < 7) return `${days} days ago`;
  const date = new Date(then);
  const sameYear = date.getFullYear() === new Date(now).getFullYear();
  return (sameYear ? formats.dayMonth : formats.dayMonthYear)().format(date);
}

/** The exact local date and time, for a `title` tooltip. */
export function exactTime(iso: string): string {
  const then = Date.parse(iso);
  if (Number.isNaN(then)) return iso;
  return formats.exact().format(then);
}

/**
 * One formatter per style, made on first use: `toLocaleString(…, options)` builds a new
 * Intl.DateTimeFormat on every call (about a millisecond each), which made the rows' tooltips most
 * of the work of scrolling the library.
 */
function once(make: () => Intl.DateTimeFormat): () => Intl.DateTimeFormat {
  let format: Intl.DateTimeFormat | null = null;
  return () => (format ??= make());
}

const formats = {
  dayMonth: once(() => new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short' })),
  dayMonthYear: once(() => new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric' })),
  exact: once(() => new Intl.DateTimeFormat(undefined, { dateStyle: 'full', timeStyle: 'medium' })),
};
