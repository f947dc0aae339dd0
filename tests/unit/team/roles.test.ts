import { describe, expect, it } from 'vitest';
import { OPERATION_NAMES } from '../../../src/shared/api';
import { OPERATION_ACCESS, refusal, ROLES } from '../../../src/team/roles';

describe('the role table', () => {
  it('names every API operation', () => {
    expect(Object.keys(OPERATION_ACCESS).sort()).toEqual([...OPERATION_NAMES].sort());
  });

  it('lets everyone read', () => {
    for (const role of ROLES) {
      for (const name of ['documents:page', 'documents:bundle', 'claims:page', 'library:version', 'events:list', 'export:document'] as const) {
        expect(refusal(role, name, {})).toBeNull();
      }
    }
  });

  it('lets editors tag, flag, mark and import, but not verdicts, deleting or labels', () => {
    expect(refusal('editor', 'annotations:create', { kind: 'entity' })).toBeNull();
    expect(refusal('editor', 'documents:import', {})).toBeNull();
    expect(refusal('editor', 'documents:setStatus', { status: 'in_review' })).toBeNull();
    expect(refusal('editor', 'claims:update', {})).toBe('You are signed in as an editor and cannot change a claim’s verdict; ask a fact-checker or a chief editor.');
    expect(refusal('editor', 'documents:delete', {})).toMatch(/cannot delete documents; ask a chief editor/);
    expect(refusal('editor', 'labels:create', {})).not.toBeNull();
  });

  it('lets fact-checkers work claims and sources, but not tag text', () => {
    expect(refusal('fact-checker', 'claims:update', {})).toBeNull();
    expect(refusal('fact-checker', 'sources:add', {})).toBeNull();
    expect(refusal('fact-checker', 'annotations:create', {})).toMatch(/^You are signed in as a fact-checker and cannot tag, flag or mark text/);
  });

  it('keeps marking reviewed and deleting for the chief, also in bulk', () => {
    expect(refusal('editor', 'documents:setStatus', { id: 'x', status: 'reviewed' })).toMatch(/cannot mark documents reviewed/);
    expect(refusal('fact-checker', 'documents:setStatus', { id: 'x', status: 'reviewed' })).not.toBeNull();
    expect(refusal('chief', 'documents:setStatus', { id: 'x', status: 'reviewed' })).toBeNull();
    expect(refusal('editor', 'documents:bulk', { action: { kind: 'delete' } })).toMatch(/cannot delete documents/);
    expect(refusal('editor', 'documents:bulk', { action: { kind: 'setStatus', status: 'reviewed' } })).toMatch(/mark documents reviewed/);
    expect(refusal('editor', 'documents:bulk', { action: { kind: 'setStatus', status: 'in_review' } })).toBeNull();
    expect(refusal('chief', 'documents:bulk', { action: { kind: 'delete' } })).toBeNull();
  });

  it('lets the chief do everything except write into folders on the server and set a reviewer name', () => {
    for (const name of OPERATION_NAMES) {
      if (name === 'export:toFolder' || name === 'settings:set') continue;
      expect(refusal('chief', name, {}), name).toBeNull();
    }
    expect(refusal('chief', 'export:toFolder', { dir: '/tmp' })).toBe('Nobody can export to a folder on a team server; the folder would be on the server, so download the export instead.');
    expect(refusal('chief', 'settings:set', { reviewerName: 'X' })).toBe('Nobody can set a reviewer name on a team server; the name recorded with your work is your account’s.');
    expect(refusal('chief', 'export:claimsCsv', { ids: ['a'], dir: '/tmp' })).not.toBeNull();
    expect(refusal('editor', 'export:claimsCsv', { ids: ['a'] })).toBeNull();
  });
});
