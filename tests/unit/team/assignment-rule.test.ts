/** Who may assign documents to whom on a team server (team/roles.ts). */
import { describe, expect, it } from 'vitest';
import { assignmentRefusal, refusal } from '../../../src/team/roles';

const MEI = { name: 'Mei Chen', role: 'editor' };
const SAM = { name: 'Sam Lee', role: 'fact-checker' };
const DANA = { name: 'Dana Park', role: 'chief' };

describe('assigning documents', () => {
  it('lets every role call the bulk assignment, while bulk delete stays the chief’s', () => {
    for (const role of ['editor', 'fact-checker', 'chief'] as const) {
      expect(refusal(role, 'documents:bulk', { action: { kind: 'assign', assignee: 'Mei Chen' } })).toBeNull();
    }
    expect(refusal('fact-checker', 'documents:bulk', { action: { kind: 'setStatus', status: 'in_review' } })).toMatch(/cannot change documents in bulk/);
  });

  it('lets an editor or fact-checker take a free document and give back their own, nothing else', () => {
    expect(assignmentRefusal(MEI, null, 'Mei Chen')).toBeNull();
    expect(assignmentRefusal(MEI, 'Mei Chen', null)).toBeNull();
    expect(assignmentRefusal(SAM, null, 'Sam Lee')).toBeNull();
    expect(assignmentRefusal(MEI, null, 'Sam Lee')).toBe('You are signed in as an editor and cannot assign documents to others; ask a chief editor.');
    expect(assignmentRefusal(SAM, 'Mei Chen', 'Sam Lee')).toBe(
      'You are signed in as a fact-checker and cannot reassign a document assigned to Mei Chen; ask a chief editor.',
    );
    expect(assignmentRefusal(SAM, 'Mei Chen', null)).toMatch(/cannot reassign a document assigned to Mei Chen/);
  });

  it('lets the chief editor assign anyone, and anyone leave an assignment as it is', () => {
    expect(assignmentRefusal(DANA, 'Mei Chen', 'Sam Lee')).toBeNull();
    expect(assignmentRefusal(DANA, 'Mei Chen', null)).toBeNull();
    expect(assignmentRefusal(SAM, 'Mei Chen', 'Mei Chen')).toBeNull();
  });
});
