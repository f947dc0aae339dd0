/**
 * useMay asks the same table the team server enforces: for every operation of the API and every
 * role it answers exactly what `refusal` (src/team/roles.ts) answers, so no control is offered that
 * the server would refuse, and none is withheld that it would accept. Without a team session (the
 * desktop app) the one user may do everything.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { OperationName } from '../../../src/shared/api';
import { OPERATION_ACCESS, refusal, ROLES, whoMay, type Role } from '../../../src/team/roles';
import { useMay, type Permission } from '../../../src/renderer/team/may';
import { TeamSessionContext } from '../../../src/renderer/team/team-session';
import type { TeamMember } from '../../../src/renderer/team/team-client';
import { cleanup, render } from '../app/render';

afterEach(cleanup);

const OPERATIONS = Object.keys(OPERATION_ACCESS) as OperationName[];

/** Inputs whose fields narrow the rule (roles.ts accessFor), besides none at all. */
const INPUTS: unknown[] = [
  undefined,
  { id: 'd1', status: 'reviewed' },
  { id: 'd1', status: 'in_review' },
  { action: { kind: 'delete' } },
  { action: { kind: 'assign', assignee: null } },
  { action: { kind: 'setStatus', status: 'reviewed' } },
  { action: { kind: 'setStatus', status: 'new' } },
  { dir: '/tmp/out' },
];

/** Renders one hook call as `role` (null: no session) and returns its answer. */
async function ask(role: Role | null, operation: OperationName, input: unknown): Promise<Permission> {
  let answer: Permission | null = null;
  function Probe() {
    answer = useMay(operation, input);
    return null;
  }
  const user: TeamMember | null = role && { id: 'u1', login: 'u', displayName: 'Someone', role, isAdmin: false };
  await render(
    user ? (
      <TeamSessionContext.Provider value={{ user, signOut: () => {} }}>
        <Probe />
      </TeamSessionContext.Provider>
    ) : (
      <Probe />
    ),
  );
  cleanup();
  return answer!;
}

describe('useMay', () => {
  it('agrees with the server’s refusal for every operation, role and narrowing input', async () => {
    let refused = 0;
    for (const role of ROLES) {
      for (const operation of OPERATIONS) {
        for (const input of INPUTS) {
          const expected = refusal(role, operation, input);
          const answer = await ask(role, operation, input);
          expect({ role, operation, input, answer }).toEqual({
            role,
            operation,
            input,
            answer: expected === null ? { allowed: true } : { allowed: false, reason: expected, only: whoMay(operation, input) },
          });
          if (expected !== null) refused++;
        }
      }
    }
    // The table does refuse things (a sanity check that the loop compared something other than "yes").
    expect(refused).toBeGreaterThan(50);
  });

  it('gives the refusal sentences a person reads', async () => {
    expect(await ask('editor', 'documents:setStatus', { status: 'reviewed' })).toEqual({
      allowed: false,
      reason: 'You are signed in as an editor and cannot mark documents reviewed; ask a chief editor.',
      only: 'Chief editors only',
    });
    expect((await ask('chief', 'export:toFolder', undefined)).only).toBe('Not on a team server');
    expect((await ask('fact-checker', 'documents:import', undefined)).reason).toBe(
      'You are signed in as a fact-checker and cannot import documents; ask an editor or a chief editor.',
    );
    expect(await ask('chief', 'documents:delete', undefined)).toEqual({ allowed: true });
  });

  it('allows everything on this computer (no team session)', async () => {
    for (const operation of OPERATIONS) expect(await ask(null, operation, undefined)).toEqual({ allowed: true });
  });
});
