/**
 * The core's handlers as a team server offers them. On this computer the name recorded with each
 * change is Settings' reviewer name; on a team server it is the signed-in account's, so
 * `settings:get` answers that name (the app then never asks "Who is reviewing?"), and
 * `settings:set` is refused by the role table (roles.ts). The "Assigned to" suggestions
 * (`documents:assignees`) add the team's people: a desk assigns work to colleagues by name, so every
 * member sees the enabled accounts' display names (never logins or anything else of the account).
 */
import type { Handlers } from '../shared/api';
import { signedInUser } from '../main/core/actor';

/** `handlers` with the reviewer name taken from the signed-in user and `people()` among the assignees (see the module note). */
export function teamHandlers(handlers: Handlers, people: () => Promise<string[]> = async () => []): Handlers {
  return {
    ...handlers,
    'documents:assignees': async (input) => {
      const answer = await handlers['documents:assignees'](input);
      const names = new Set([...answer.names, ...(await people())]);
      return { ...answer, names: [...names].sort((a, b) => a.localeCompare(b)) };
    },
    'settings:get': async (input) => {
      const user = signedInUser();
      return user ? { reviewerName: user.name } : handlers['settings:get'](input);
    },
  };
}
