/**
 * More of what the end-to-end tests set up through the API (so each test spends its time on the
 * part it is about), and what they watch for on the page.
 */
import type { Page } from '@playwright/test';
import type { CopydeskServer } from './fixtures';
import type { StoredAnnotation } from './helpers';

interface Imported {
  status: string;
  document: { id: string; title: string };
}

/** Import a file through the API without opening it; answers the document id. */
export async function importOnly(copydesk: CopydeskServer, name: string, content: string): Promise<string> {
  const result = await copydesk.api<Imported>('documents:import', { name, data: Buffer.from(content).toString('base64') });
  if (result.status !== 'imported') throw new Error(`could not import ${name}`);
  return result.document.id;
}

/** Annotate the `occurrence`-th `quote` of the document's text through the API (what a script would do). */
export async function annotate(
  copydesk: CopydeskServer,
  documentId: string,
  quote: string,
  kind: 'entity' | 'claim' | 'teaser',
  label: string | null = null,
  occurrence = 0,
): Promise<StoredAnnotation> {
  const { text } = await copydesk.api<{ text: string }>('documents:get', { id: documentId });
  let start = -1;
  for (let i = 0; i <= occurrence; i++) start = text.indexOf(quote, start + 1);
  if (start < 0) throw new Error(`"${quote}" is not in the text of ${documentId}`);
  const { annotations } = await copydesk.api<{ annotations: StoredAnnotation[] }>('annotations:create', {
    documentId,
    annotations: [{ kind, label, start, end: start + quote.length }],
  });
  return annotations[0];
}

/** Uncaught page errors, collected from now on (a test ends with `expect(errors).toEqual([])`). */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  return errors;
}

/** The CSS rules the editor adopted for label colours (`::highlight(cd-entity-…)`), as text. */
export async function adoptedRules(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    document.adoptedStyleSheets.flatMap((sheet) => Array.from(sheet.cssRules).map((rule) => rule.cssText)),
  );
}
