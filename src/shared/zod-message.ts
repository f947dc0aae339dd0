/**
 * Turning a zod validation failure into words, one way for every front door: the first issue's
 * message and where it is ("annotations[3].start").
 */
import type { z } from 'zod';

/** "annotations[3].start" from a zod path; '' for the root. */
export function fieldPath(path: ReadonlyArray<PropertyKey>): string {
  return path.reduce<string>(
    (out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)),
    '',
  );
}

/** The first issue of `error`: its message and its field path ('' at the root). */
export function firstIssue(error: z.ZodError): { message: string; field: string } {
  const issue = error.issues[0];
  return { message: issue?.message ?? 'wrong shape', field: issue ? fieldPath(issue.path) : '' };
}

/** "a web address starting with http:// or https:// (at url)", or just the message when the root is at fault. */
export function describeZodError(error: z.ZodError): string {
  const { message, field } = firstIssue(error);
  return field ? `${message} (at ${field})` : message;
}
