/**
 * Who an imported file hands work to. A Copydesk JSON file carries its document's assignee and each
 * claim's, written wherever it was exported. On this computer they are kept as written; a host that
 * knows who may be handed work — a team server, whose assignees must be enabled accounts — runs the
 * import inside {@link importingWithAssignees}, and each name is stored as the host answers: as its
 * account's display name, or cleared (with a warning) when it names nobody. An import never fails
 * for such a name: the text and the review are what is being brought in.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import type { ParsedImport } from '../../../shared/types';

/** The name to store for `name`, or null when it names nobody who may be handed work. */
export type AssigneeCheck = (name: string) => string | null;

const checks = new AsyncLocalStorage<AssigneeCheck>();

/** Runs `fn` (an import, and everything it awaits) with the assignees it stores checked by `check`. */
export function importingWithAssignees<T>(check: AssigneeCheck, fn: () => T): T {
  return checks.run(check, fn);
}

/** `parsed` with its assignees as the host's check answers (unchanged when there is no check). */
export function checkedAssignees(parsed: ParsedImport): ParsedImport {
  const check = checks.getStore();
  if (!check) return parsed;
  const cleared = new Set<string>();
  const resolve = (name: string | null | undefined): string | null => {
    if (name === null || name === undefined || name.trim() === '') return null;
    const stored = check(name);
    if (stored === null) cleared.add(name.trim());
    return stored;
  };
  const assignee = resolve(parsed.assignee);
  const claims = parsed.claims.map((claim) => ({ ...claim, assignee: resolve(claim.assignee) }));
  if (cleared.size === 0) return { ...parsed, assignee, claims };
  const names = [...cleared].map((name) => `“${name}”`);
  const listed = names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} or ${names[names.length - 1]}`;
  const warning = `Work assigned to ${listed} was left unassigned: no active account here has ${names.length === 1 ? 'that name' : 'those names'}.`;
  return { ...parsed, assignee, claims, warnings: [...parsed.warnings, warning] };
}
