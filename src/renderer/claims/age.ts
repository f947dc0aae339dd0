/** How long a claim has been waiting, in a few characters ("5 min", "3 h", "4 days", "2 wk"). */

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const WEEK = 7 * DAY;

/** The time since `iso` as a short duration; "—" when it is not a date. */
export function ageText(iso: string, now: number = Date.now()): string {
  const then = Date.parse(iso);
  if (Number.isNaN(then)) return '—';
  const diff = Math.max(0, now - then);
  if (diff < MINUTE) return '< 1 min';
  if (diff < HOUR) return `${Math.floor(diff / MINUTE)} min`;
  if (diff < DAY) return `${Math.floor(diff / HOUR)} h`;
  if (diff < 2 * WEEK) {
    const days = Math.floor(diff / DAY);
    return days === 1 ? '1 day' : `${days} days`;
  }
  if (diff < 365 * DAY) return `${Math.floor(diff / WEEK)} wk`;
  const years = Math.floor(diff / (365 * DAY));
  return years === 1 ? '1 year' : `${years} years`;
}
