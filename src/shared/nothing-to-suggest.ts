/**
 * Texts the suggesters cannot work on, and the sentence that says why: the core answers it when
 * asked to suggest (suggest/index.ts), and the Suggestions tab shows it as soon as such a document
 * is opened, since the background run after its import found nothing to do.
 */

/** Why nothing can be suggested for `text` (empty, or no letters at all), or null when it can. */
export function whyNothingToSuggest(text: string): string | null {
  if (text.trim() === '') return 'The document is empty, so there is nothing to suggest.';
  if (!/\p{L}/u.test(text)) return 'The document has no words (only numbers or symbols), so there is nothing to suggest.';
  return null;
}
