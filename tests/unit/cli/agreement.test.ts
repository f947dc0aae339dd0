/** `copydesk agreement`: the per-label agreement table of double-reviewed documents, and its JSON. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { createCore } from '../../../src/main/core/service';
import { client } from '../core/helpers';
import { cliSandbox } from './harness';

const sandbox = cliSandbox();

describe('copydesk agreement', () => {
  test('says when nothing is double-reviewed, then prints F1 and kappa per label', async () => {
    writeFileSync(join(sandbox.dir, 'a.txt'), 'Ana Duarte met Ben Okafor in Lisbon.\n');
    expect((await sandbox.cli('import', 'a.txt', '--db', sandbox.db)).code).toBe(0);
    expect((await sandbox.cli('agreement', '--db', sandbox.db)).out).toBe('No document in the library has been set to double review.');

    const core = createCore({ dbPath: sandbox.db, version: 'test', cpu: 'inline' });
    try {
      const api = client(core);
      const [doc] = await api.call('documents:titles', {});
      const text = 'Ana Duarte met Ben Okafor in Lisbon.';
      const span = (quote: string, label: string) => ({ kind: 'entity' as const, label, start: text.indexOf(quote), end: text.indexOf(quote) + quote.length });
      await api.call('doubleReview:start', { documentIds: [doc.id], reviewerA: 'Ana', reviewerB: 'Ben' });
      await api.call('settings:set', { reviewerName: 'Ana' });
      await api.call('annotations:create', { documentId: doc.id, annotations: [span('Ana Duarte', 'PERSON'), span('Lisbon', 'PLACE')] });
      await api.call('settings:set', { reviewerName: 'Ben' });
      await api.call('annotations:create', { documentId: doc.id, annotations: [span('Ana Duarte', 'PERSON'), span('Ben Okafor', 'PERSON')] });
    } finally {
      core.close();
    }

    const run = await sandbox.cli('agreement', '--db', sandbox.db);
    expect(run.code).toBe(0);
    const lines = run.out.split('\n');
    expect(lines[0]).toBe('1 double-reviewed document');
    expect(lines[1].split(/\s+/)).toEqual(['LABEL', 'A', 'B', 'BOTH', 'F1', 'KAPPA']);
    expect(lines[2].split(/\s+/)).toEqual(['PERSON', '1', '2', '1', '0.67', '0.50']);
    expect(lines[3].split(/\s+/)).toEqual(['PLACE', '1', '0', '0', '0.00', '0.00']);
    expect(run.out).toContain('Claims: A 0, B 0');

    const json = JSON.parse((await sandbox.cli('agreement', '--json', '--db', sandbox.db)).out);
    expect(json.labels.map((l: { label: string }) => l.label)).toEqual(['PERSON', 'PLACE']);
    expect(json.entityF1).toBeCloseTo(0.5);
  });
});
