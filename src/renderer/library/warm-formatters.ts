/**
 * The first number or date a tab formats builds the locale's ICU data: 15–60 ms in a fresh Chromium
 * tab on this machine. The library's first rows paid it after their page had arrived ("100,000
 * documents", "12 Mar 2024"); it is paid once instead while the first page is on its way, when the
 * tab has nothing else to do.
 */
import { relativeTime } from './time';

let warmed = false;

/** Formats a number and a date once, on the next task (after the request that is going out). */
export function warmFormattersSoon(): void {
  if (warmed || typeof window === 'undefined') return;
  warmed = true;
  window.setTimeout(() => {
    (0).toLocaleString();
    relativeTime(new Date(0).toISOString());
  }, 0);
}
