/**
 * The core's handlers as a team server offers them. On this computer the name recorded with each
 * change is Settings' reviewer name; on a team server it is the signed-in account's, so
 * `settings:get` answers that name (the app then never asks "Who is reviewing?"), and
 * `settings:set` is refused by the role table (roles.ts). The "Assigned to" suggestions
 * (`documents:assignees`) add the team's people: a desk assigns work to colleagues by name, so every
 * member sees the display names of the enabled accounts and open invites (never logins or anything
 * else of the account).
 *
 * The names work is handed to — a claim's assignee, the documents' assignee of a bulk Assign, a
 * double review's two reviewers — must be enabled accounts or open invites; a login or another letter case is
 * stored as the account's display name, anything else is refused (team-names.ts), and a blank
 * assignee unassigns. An imported file's assignees are checked the same way, but one naming nobody is
 * cleared with a warning rather than failing the import (import-assignees.ts).
 */
import type { Handlers } from '../shared/api';
import { signedInUser } from '../main/core/actor';
import { importingWithAssignees, type AssigneeCheck } from '../main/core/handlers/import-assignees';
import { ApiError } from '../shared/result';
import { teamNameFor, type MemberName } from './team-names';

/**
 * `handlers` with the reviewer name taken from the signed-in user, `members()` (the enabled
 * accounts and open invites, Accounts.memberNames) among the assignees, and names checked against them (see the module note).
 */
export function teamHandlers(handlers: Handlers, members: () => Promise<MemberName[]> = async () => []): Handlers {
  return {
    ...handlers,
    'documents:assignees': async (input) => {
      const answer = await handlers['documents:assignees'](input);
      const names = new Set([...answer.names, ...(await members()).map((m) => m.displayName)]);
      return { ...answer, names: [...names].sort((a, b) => a.localeCompare(b)) };
    },
    'settings:get': async (input) => {
      const user = signedInUser();
      return user ? { reviewerName: user.name } : handlers['settings:get'](input);
    },
    'claims:update': async (input) => {
      if (typeof input.assignee !== 'string') return handlers['claims:update'](input);
      // A blank name unassigns (stored as is, it would be a queue nobody has).
      const assignee = input.assignee.trim() === '' ? null : teamNameFor(input.assignee, await members(), 'assignee');
      return handlers['claims:update']({ ...input, assignee });
    },
    'documents:bulk': async (input) => {
      const { action } = input;
      if (action.kind !== 'assign' || action.assignee === null) return handlers['documents:bulk'](input);
      return handlers['documents:bulk']({ ...input, action: { ...action, assignee: teamNameFor(action.assignee, await members(), 'assignee') } });
    },
    // A file's document and claim assignees are kept only when they name a member (as its display
    // name); any other is cleared with a warning, and the file is still imported.
    'documents:import': async (input) => importingWithAssignees(memberCheck(await members()), () => handlers['documents:import'](input)),
    'documents:importMany': async (input) => importingWithAssignees(memberCheck(await members()), () => handlers['documents:importMany'](input)),
    'doubleReview:start': async (input) => handlers['doubleReview:start']({ ...input, ...(await reviewers(input, members)) }),
    'doubleReview:startMany': async (input) => handlers['doubleReview:startMany']({ ...input, ...(await reviewers(input, members)) }),
  };
}

/** An import's check of the names it hands work to: the account's display name, or null for anyone else. */
function memberCheck(team: readonly MemberName[]): AssigneeCheck {
  return (name) => {
    try {
      return teamNameFor(name, team, 'assignee');
    } catch (error) {
      if (error instanceof ApiError) return null;
      throw error;
    }
  };
}

/** A double review's two reviewers as the accounts' display names. */
async function reviewers(input: { reviewerA: string; reviewerB: string }, members: () => Promise<MemberName[]>): Promise<{ reviewerA: string; reviewerB: string }> {
  const team = await members();
  return { reviewerA: teamNameFor(input.reviewerA, team, 'reviewer'), reviewerB: teamNameFor(input.reviewerB, team, 'reviewer') };
}
