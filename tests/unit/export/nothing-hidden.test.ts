/**
 * Exports say what they leave out: CoNLL counts the nested entities it cannot tag, brat ships the
 * annotation.conf that declares its types, and formats with nothing to write write no empty file.
 */
import { describe, expect, it } from 'vitest';
import { exportDocument } from '../../../src/main/core/export';
import { declaredInBratConf, mergeBratConf } from '../../../src/shared/brat-conf';
import { nothingToExportMessage } from '../../../src/shared/export-skips';
import { CTX, TEXT, annotation, find, makeBundle } from '../../fixtures/export/bundle';

describe('CoNLL', () => {
  it('counts the nested entities it left out in the file’s notice', () => {
    const bundle = makeBundle();
    expect(exportDocument(bundle, 'conll', CTX)[0].notice).toBeUndefined();
    const line = TEXT.indexOf('Harbin Electric');
    bundle.annotations.push(annotation('entity', find(TEXT, 'Electric', 0, line), { label: 'ORG' }));
    bundle.annotations.push(annotation('entity', find(TEXT, 'Harbin', 0, line), { label: 'PLACE' }));
    const [file] = exportDocument(bundle, 'conll', CTX);
    expect(file.notice).toBe('2 nested entities were left out of CoNLL (CoNLL holds one label per token).');
    expect(file.content.split('\n').filter((l) => l.startsWith('#'))).toEqual([]); // no comment a CoNLL reader would take for a token
  });

  it('does not count an entity inside teaser content, which CoNLL leaves out as off-topic', () => {
    const bundle = makeBundle();
    const related = TEXT.indexOf('RELATED');
    bundle.annotations.push(annotation('entity', find(TEXT, 'Northeast pushes', 0, related), { label: 'EVENT' }));
    bundle.annotations.push(annotation('entity', find(TEXT, 'Northeast', 0, related), { label: 'PLACE' }));
    expect(exportDocument(bundle, 'conll', CTX)[0].notice).toBeUndefined();
  });
});

describe('brat', () => {
  it('writes an annotation.conf declaring every type and attribute its .ann uses', () => {
    const files = exportDocument(makeBundle(), 'brat', CTX);
    expect(files.map((f) => f.name)).toEqual(['growth-in-harbin-5-8-cafe-more.txt', 'growth-in-harbin-5-8-cafe-more.ann', 'annotation.conf']);
    const ann = files[1].content;
    const conf = files[2].content;
    const types = new Set(ann.split('\n').filter((l) => l.startsWith('T')).map((l) => l.split('\t')[1].split(' ')[0]));
    const attributes = new Set(ann.split('\n').filter((l) => l.startsWith('A')).map((l) => l.split('\t')[1].split(' ')[0]));
    const declared = declaredInBratConf(conf);
    expect(new Set(declared.entities)).toEqual(types);
    expect(new Set(declared.attributes)).toEqual(attributes);
    expect(conf).toMatch(/^\[entities\]$/m);
    expect(conf).toContain('Status\tArg:Claim, Value:unverified|in_progress|verified|false|misleading|unverifiable');
    expect(conf).toContain('<OVERLAP>\tArg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>');
  });

  it('merges into an existing annotation.conf, keeping its own lines and adding only what is missing', () => {
    const existing = '# my project\n[entities]\nPERSON\n!Thing\n\tSubthing\n[relations]\nKnows\tArg1:PERSON, Arg2:PERSON\n[events]\n[attributes]\n';
    const merged = mergeBratConf(existing, { entities: ['PERSON', 'ORG', 'Claim'], attributes: ['Status'] });
    expect(merged).toContain('# my project\n[entities]\nPERSON\n!Thing\n\tSubthing\nORG\nClaim\n[relations]\nKnows\tArg1:PERSON, Arg2:PERSON\n<OVERLAP>');
    expect(declaredInBratConf(merged).attributes).toEqual(['Status']);
    expect(mergeBratConf(merged, { entities: ['ORG'], attributes: ['Status'] })).toBe(merged);
  });
});

describe('formats with nothing to write', () => {
  it('write no ClaimReview and no claims CSV for a document without claims', () => {
    const bundle = makeBundle();
    bundle.annotations = bundle.annotations.filter((a) => a.kind !== 'claim');
    bundle.claims = [];
    bundle.sources = [];
    expect(exportDocument(bundle, 'claimreview', CTX)).toEqual([]);
    expect(exportDocument(bundle, 'csv', CTX)).toEqual([]);
    expect(nothingToExportMessage('claimreview')).toBe('No ClaimReview file: no claims with a verdict.');
    expect(nothingToExportMessage('csv')).toBe('No claims CSV file: no claims.');
  });

  it('write no ClaimReview while no claim has a verdict, but the CSV of the open claims', () => {
    const bundle = makeBundle();
    bundle.claims = bundle.claims.map((c) => ({ ...c, status: 'in_progress' as const }));
    expect(exportDocument(bundle, 'claimreview', CTX)).toEqual([]);
    expect(exportDocument(bundle, 'csv', CTX)).toHaveLength(1);
  });
});
