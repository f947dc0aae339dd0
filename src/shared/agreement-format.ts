/** How agreement figures read in a table: F1 and κ to two decimals, an undefined κ as "–". */

/** `0.83`; `1.00`. */
export function formatRatio(value: number): string {
  return value.toFixed(2);
}

/** Cohen's κ to two decimals, or "–" when it is undefined (both reviewers never or always used the label). */
export function formatKappa(value: number | null): string {
  return value === null ? '–' : value.toFixed(2);
}
