/**
 * The core's handlers as a team server offers them. On this computer the name recorded with each
 * change is Settings' reviewer name; on a team server it is the signed-in account's, so
 * `settings:get` answers that name (the app then never asks "Who is reviewing?"), and
 * `settings:set` is refused by the role table (roles.ts).
 */
import type { Handlers } from '../shared/api';
import { signedInUser } from '../main/core/actor';

/** `handlers` with the reviewer name taken from the signed-in user (see the module note). */
export function teamHandlers(handlers: Handlers): Handlers {
  return {
    ...handlers,
    'settings:get': async (input) => {
      const user = signedInUser();
      return user ? { reviewerName: user.name } : handlers['settings:get'](input);
    },
  };
}
