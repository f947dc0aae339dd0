/** Counting nouns in messages, one definition for the core, the CLI and the renderer. */

/** "1 claim" / "2 claims"; `pluralForm` for irregular nouns ("1 entry was" / "2 entries were"). */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}
