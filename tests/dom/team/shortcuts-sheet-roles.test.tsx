/**
 * The keyboard sheet on a team server follows the signed-in role: a key the role may not use stays
 * listed, greyed, with who may use it and the server's own sentence as its hover text; the keys the
 * role may use look as they always did. Outside a team server nothing is greyed.
 */
import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { ShortcutsSheet } from '../../../src/renderer/review/ShortcutsSheet';
import type { TeamMember } from '../../../src/renderer/team/team-client';
import { TeamSessionContext } from '../../../src/renderer/team/team-session';
import { DEFAULT_LABELS, type Label } from '../../../src/shared/types';
import { cleanup, render } from '../app/render';

const labels: Label[] = DEFAULT_LABELS.map((l, i) => ({ id: `l${i}`, kind: 'entity', position: i, ...l }));
afterEach(cleanup);

async function openSheet(role: TeamMember['role'] | null) {
  const sheet = <ShortcutsSheet labels={labels} onClose={() => {}} />;
  const user: TeamMember | null = role && { id: 'u1', login: 'u', displayName: 'Sam Lee', role, isAdmin: false };
  await act(async () => {
    await render(user ? <TeamSessionContext.Provider value={{ user, signOut: () => {} }}>{sheet}</TeamSessionContext.Provider> : sheet);
  });
  return document.querySelector('[role="dialog"]')!;
}

/** The sheet's row whose description starts with `what`. */
function row(sheet: Element, what: string): HTMLElement {
  const found = Array.from(sheet.querySelectorAll<HTMLElement>('.rv-keys > div')).find((r) => r.querySelector('dd')!.textContent!.trim().startsWith(what));
  if (!found) throw new Error(`no row “${what}”`);
  return found;
}
const greyed = (r: HTMLElement) => r.getAttribute('aria-disabled') === 'true';

describe('the keyboard sheet on a team server', () => {
  it('greys out tagging and marking for a fact-checker, with who may and why, and keeps the claim keys', async () => {
    const sheet = await openSheet('fact-checker');
    expect(sheet.textContent).toContain('You are signed in as a fact-checker: greyed keys are for other roles');

    const tag = row(sheet, 'Tag the selection with the label of that key');
    expect(greyed(tag)).toBe(true);
    expect(tag.textContent).toContain('Editors and chief editors only');
    expect(tag.title).toBe('You are signed in as a fact-checker and cannot tag, flag or mark text; ask an editor or a chief editor.');
    expect(greyed(row(sheet, 'PERSON'))).toBe(true); // a label's key tags too
    expect(greyed(row(sheet, 'Delete the selected annotation'))).toBe(true);
    expect(greyed(row(sheet, 'Suggest: find teasers'))).toBe(true);

    const mark = row(sheet, 'Mark the document reviewed');
    expect(mark.textContent).toContain('Chief editors only');

    for (const allowed of ['Claim: set its status', 'Claim: write its verdict', 'Next annotation', 'Show this sheet', 'Undo the last annotation change', 'Export the document']) {
      const r = row(sheet, allowed);
      expect(greyed(r), allowed).toBe(false);
      expect(r.querySelector('.rv-key-who'), allowed).toBeNull();
    }
  });

  it('greys out the claim keys for an editor instead', async () => {
    const sheet = await openSheet('editor');
    const status = row(sheet, 'Claim: set its status');
    expect(greyed(status)).toBe(true);
    expect(status.textContent).toContain('Fact-checkers and chief editors only');
    expect(greyed(row(sheet, 'Tag the selection with the label of that key'))).toBe(false);
    expect(greyed(row(sheet, 'PERSON'))).toBe(false);
  });

  it('greys out nothing for a chief editor, nor on this computer', async () => {
    for (const role of ['chief', null] as const) {
      const sheet = await openSheet(role);
      expect(sheet.querySelectorAll('[aria-disabled="true"]'), String(role)).toHaveLength(0);
      expect(sheet.textContent).not.toContain('greyed keys');
      cleanup();
    }
  });
});
