/**
 * Text as the wink-nlp model may safely read it. The model's abbreviation test (`/[a-z].*\.$/i` on
 * each token) takes time that grows with the square of a token's length: one 160,000-letter "word"
 * took 10 s, a 1 MB one longer than the suggesters' whole budget. No run of letters that long is a
 * name, a number or a date, so runs longer than MAX_TOKEN are blanked to spaces of the same length:
 * every offset still points at the same character, and the model never sees the run.
 */
export const MAX_TOKEN = 100;

const LONG_RUN = new RegExp(`\\S{${MAX_TOKEN + 1},}`, 'g');

export function winkSafeText(text: string): string {
  return text.replace(LONG_RUN, (run) => ' '.repeat(run.length));
}
