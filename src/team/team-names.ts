/**
 * On a team server the names work is handed to are people: a claim's or a document's assignee and a
 * double review's two reviewers must each be an enabled account or an open invite (whose account
 * will carry the invite's display name), because "My queue", a reviewer's
 * private layer and the history all match the signed-in account's display name (the name recorded
 * with each change). Free text that names nobody would put work in a queue no one ever sees.
 *
 * A name is accepted as an account's display name, or as its login (what colleagues often type),
 * either in any case; it is then stored as that account's display name exactly, so every later
 * match is exact. A name that fits no enabled account, or fits two equally, is refused with a
 * sentence saying what to type instead.
 */
import { ApiError } from '../shared/result';

/** The parts of an enabled account (or an open invite) a name is matched against. */
export interface MemberName {
  login: string;
  displayName: string;
}

/** How the names are used in the refusal ("assign the claim to", "set as reviewer"). */
export type NameUse = 'assignee' | 'reviewer';

const fold = (text: string) => text.trim().toLocaleLowerCase('en');

/**
 * The display name to store for `name`, or an ApiError (`invalid_input`) saying why it is not a
 * team member. Tried in order: the exact display name, a login, a display name in another case.
 */
export function teamNameFor(name: string, members: readonly MemberName[], use: NameUse): string {
  const wanted = name.trim();
  const exact = members.find((m) => m.displayName === wanted);
  if (exact) return exact.displayName;
  const byLogin = members.find((m) => fold(m.login) === fold(wanted));
  if (byLogin) return byLogin.displayName;
  const byName = members.filter((m) => fold(m.displayName) === fold(wanted));
  if (byName.length === 1) return byName[0].displayName;
  const role = use === 'assignee' ? 'Work can be assigned only to' : 'A double review’s reviewers must be';
  if (byName.length > 1) {
    throw new ApiError('invalid_input', `More than one account is called “${wanted}” in other letter cases; type the name exactly as the field suggests it, or the login.`);
  }
  throw new ApiError(
    'invalid_input',
    `No active account on this team server is called “${wanted}”. ${role} people with an account here: choose a name the field suggests (a display name or a login), or ask an administrator to invite them.`,
  );
}
