/** A batch export into a folder, through the core and a real library: notes, one annotation.conf, one claims.csv. */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { declaredInBratConf } from '../../../src/shared/brat-conf';
import type { Core } from '../../../src/main/core/service';
import { client, importText, newCore, rangeOf, tempDir } from '../core/helpers';

/** Imports `text` and tags `entities` ([quote, label]) and `claims` ([quote, status]) in it. */
async function document(core: Core, text: string, entities: Array<[string, string]>, claims: Array<[string, 'verified' | 'unverified']> = []) {
  const api = client(core);
  const bundle = await importText(core, text, `${text.slice(0, 6)}.txt`);
  const created = await api.call('annotations:create', {
    documentId: bundle.document.id,
    baseRevision: bundle.document.revision,
    annotations: [
      ...entities.map(([quote, label]) => ({ kind: 'entity' as const, label, ...rangeOf(bundle.document.text, quote) })),
      ...claims.map(([quote]) => ({ kind: 'claim' as const, ...rangeOf(bundle.document.text, quote) })),
    ],
  });
  const claimAnnotations = created.annotations.filter((a) => a.kind === 'claim');
  for (const [i, [, status]] of claims.entries()) await api.call('claims:update', { annotationId: claimAnnotations[i].id, status, verdict: status === 'verified' ? 'Checked.' : '' });
  return bundle.document;
}

async function library() {
  const core = newCore();
  const reviewed = await document(
    core,
    'Harbin Electric grows\nHarbin Electric said output rose 5.8%.',
    [['Harbin Electric', 'ORG'], ['Harbin', 'PLACE']],
    [['output rose 5.8%', 'verified']],
  );
  const open = await document(core, 'Zoe Li visits\nZoe Li met officials.\nSales, she said, doubled.', [['Zoe Li', 'PERSON']], [['Sales, she said, doubled.', 'unverified']]);
  const bare = await document(core, 'Weather report\nRain later.', [['Rain', 'EVENT']]);
  return { core, api: client(core), reviewed, open, bare };
}

describe('folder export', () => {
  it('writes one annotation.conf for the batch, declaring the types of every document, and keeps a hand-written one', async () => {
    const { api, reviewed, open, bare } = await library();
    const dir = tempDir();
    writeFileSync(join(dir, 'annotation.conf'), '# ours\n[entities]\nTopic\n[relations]\n[events]\n[attributes]\n');
    // The app exports one document per call, sharing a batch id.
    for (const doc of [reviewed, open, bare]) await api.call('export:toFolder', { ids: [doc.id], formats: ['brat'], dir, batchId: 'b1' });
    expect(readdirSync(dir).filter((n) => n.endsWith('.conf'))).toEqual(['annotation.conf']);
    const conf = readFileSync(join(dir, 'annotation.conf'), 'utf8');
    expect(conf.startsWith('# ours\n')).toBe(true);
    expect(declaredInBratConf(conf).entities.sort()).toEqual(['Claim', 'EVENT', 'ORG', 'PERSON', 'PLACE', 'Topic']);
    expect(declaredInBratConf(conf).attributes).toEqual(['Status']);
  });

  it('skips ClaimReview and CSV files with nothing in them and says why; counts nested entities left out of CoNLL', async () => {
    const { api, reviewed, open, bare } = await library();
    const dir = tempDir();
    const result = await api.call('export:toFolder', { ids: [reviewed.id, open.id, bare.id], formats: ['claimreview', 'csv', 'conll'], dir });
    const names = readdirSync(dir).sort();
    expect(names.filter((n) => n.endsWith('.claimreview.jsonld'))).toEqual(['harbin-electric-grows.claimreview.jsonld']);
    expect(names.filter((n) => n.endsWith('.claims.csv')).sort()).toEqual(['harbin-electric-grows.claims.csv', 'zoe-li-visits.claims.csv']);
    expect(names.filter((n) => n.endsWith('.conll'))).toHaveLength(3);
    expect(result.failed).toEqual([]);
    expect(result.notes).toEqual([
      { documentId: reviewed.id, title: 'Harbin Electric grows', message: '1 nested entity was left out of CoNLL (CoNLL holds one label per token).' },
      { documentId: open.id, title: 'Zoe Li visits', message: 'No ClaimReview file: no claims with a verdict.' },
      { documentId: bare.id, title: 'Weather report', message: 'No ClaimReview file: no claims with a verdict.' },
      { documentId: bare.id, title: 'Weather report', message: 'No claims CSV file: no claims.' },
    ]);
  });

  it('writes one claims.csv for the batch with a document column, leaving out documents without claims', async () => {
    const { api, reviewed, open, bare } = await library();
    const dir = tempDir();
    const result = await api.call('export:claimsCsv', { ids: [reviewed.id, open.id, bare.id], dir, batchId: 'b2' });
    expect(result).toMatchObject({ written: join(dir, 'claims.csv'), file: null, claims: 2, documents: 2, failed: [] });
    const rows = readFileSync(join(dir, 'claims.csv'), 'utf8').replace(/^\uFEFF/, '').trimEnd().split('\r\n');
    expect(rows[0]).toBe('Document,Document ID,Claim,Status,Verdict,Assignee,Sources,Start,End,Updated,Verdict by');
    expect(rows.slice(1).map((r) => r.split(',').slice(0, 2))).toEqual([
      ['Harbin Electric grows', reviewed.id],
      ['Zoe Li visits', open.id],
    ]);
    expect(rows[2]).toContain('"Sales, she said, doubled."');
    // Without a folder the file comes back to download; with no claims at all there is no file.
    const download = await api.call('export:claimsCsv', { ids: [open.id] });
    expect(download.file?.name).toBe('claims.csv');
    expect(await api.call('export:claimsCsv', { ids: [bare.id], dir })).toMatchObject({ written: null, file: null, claims: 0 });
    expect(existsSync(join(dir, 'claims-2.csv'))).toBe(false);
  });
});
