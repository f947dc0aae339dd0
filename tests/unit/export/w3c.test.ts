import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { exportDocument } from '../../../src/main/core/export';
import { CodePointIndex } from '../../../src/shared/codepoints';
import { CTX, TEXT, makeBundle } from '../../fixtures/export/bundle';

const W3C = fileURLToPath(new URL('../../fixtures/w3c/', import.meta.url));

/** Every *.json schema under the fixture folder, keyed by the path the .test files use. */
function schemaFiles(dir: string, prefix = ''): Map<string, Record<string, unknown>> {
  const out = new Map<string, Record<string, unknown>>();
  for (const entry of readdirSync(join(W3C, dir))) {
    const rel = dir ? `${dir}/${entry}` : entry;
    if (statSync(join(W3C, rel)).isDirectory()) for (const [k, v] of schemaFiles(rel, prefix)) out.set(k, v);
    else if (entry.endsWith('.json')) out.set(rel, JSON.parse(readFileSync(join(W3C, rel), 'utf8')));
  }
  return out;
}

/** An ajv that resolves the definitions/ schemas by their ids ("annotations.json", "id.json", …). */
function makeAjv() {
  const ajv = new Ajv04({ strict: false, allErrors: true });
  addFormats(ajv);
  for (const [, schema] of schemaFiles('definitions')) ajv.addSchema(schema);
  return ajv;
}

interface Assertion {
  path: string;
  expectedResult: 'valid' | 'invalid';
  check: (data: unknown) => boolean;
  errors: () => unknown;
}

/** The assertions listed in a *.test file, each compiled (they are compiled in their own ajv, since ids repeat across folders). */
function mustAssertions(testFile: string): Assertion[] {
  const test = JSON.parse(readFileSync(join(W3C, testFile), 'utf8')) as { assertions: string[] };
  const ajv = makeAjv();
  return test.assertions.map((path) => {
    const schema = JSON.parse(readFileSync(join(W3C, path), 'utf8')) as Record<string, unknown>;
    const { id: _id, ...body } = schema; // assertion ids are bare file names; drop them so they cannot clash
    const validate = ajv.compile(body);
    return { path, expectedResult: (schema.expectedResult as 'valid' | 'invalid') ?? 'valid', check: (d) => validate(d) as boolean, errors: () => validate.errors };
  });
}

function expectConforms(assertions: Assertion[], data: unknown, what: string) {
  const failures = assertions
    .map((a) => ({ a, valid: a.check(data) }))
    .filter(({ a, valid }) => valid !== (a.expectedResult === 'valid'))
    .map(({ a }) => `${a.path}: ${JSON.stringify(a.errors())}`);
  expect(failures, `${what} fails MUST assertions`).toEqual([]);
}

type Json = Record<string, any>;
function collection(bundle = makeBundle()): Json {
  const files = exportDocument(bundle, 'w3c', CTX);
  expect(files.map((f) => f.name)).toEqual(['growth-in-harbin-5-8-cafe-more.w3c.jsonld']);
  return JSON.parse(files[0].content);
}
function byQuote(items: Json[], exact: string): Json {
  const found = items.find((i) => i.target.selector[0].exact === exact);
  if (!found) throw new Error(`no annotation on “${exact}”`);
  return found;
}

describe('W3C Web Annotation export', () => {
  const annotationMusts = mustAssertions('annotations/annotationMusts.test');
  const collectionMusts = mustAssertions('collections/collectionMusts.test');
  const pageMusts = mustAssertions('collections/pages/pageMusts.test');

  it('uses every MUST assertion of the test suite', () => {
    expect(annotationMusts.length).toBe(54);
    expect(collectionMusts.length).toBe(10);
  });

  it('the collection, its page and every annotation pass every MUST assertion', () => {
    const c = collection();
    expectConforms(collectionMusts, c, 'the collection');
    expectConforms(pageMusts, { '@context': c['@context'], ...c.first }, 'the page');
    expect(c.first.items.length).toBe(c.total);
    for (const item of c.first.items) expectConforms(annotationMusts, item, `annotation ${item.id}`);
  });

  it('every annotation carries its own @context, so it passes the MUST assertions taken out of the collection', () => {
    const bundle = makeBundle();
    bundle.claims = bundle.claims.map((claim, i) => (i === 0 ? { ...claim, status: 'unverifiable' as const } : claim));
    const items = collection(bundle).first.items as Json[];
    expect(items.length).toBeGreaterThan(3);
    for (const item of items) {
      const standalone = JSON.parse(JSON.stringify(item));
      expect(standalone['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
      expect(Object.keys(standalone)[0]).toBe('@context');
      expectConforms(annotationMusts, standalone, `annotation ${item.id} on its own`);
    }
    const context = annotationMusts.find((a) => a.path === 'annotations/3.1-annotationContextValidated.json')!;
    const { '@context': _dropped, ...withoutContext } = items[0];
    expect(context.check(withoutContext)).toBe(false); // what the export used to produce
  });

  it('the checks do catch a broken annotation', () => {
    const item = collection().first.items[0];
    const broken = { '@context': 'http://www.w3.org/ns/anno.jsonld', ...item, id: 'not an iri', body: { ...item.body, type: 'TextualBody', value: 5 } };
    const failed = annotationMusts.filter((a) => a.check(broken) !== (a.expectedResult === 'valid')).map((a) => a.path);
    expect(failed).toContain('annotations/3.1-annotationIdValidated.json');
  });

  it('positions count code points, so astral characters and combining marks land right', () => {
    const c = collection();
    const points = [...TEXT];
    for (const item of c.first.items as Json[]) {
      const [quote, position] = item.target.selector;
      if (!position) continue;
      expect(position.type).toBe('TextPositionSelector');
      expect(points.slice(position.start, position.end).join('')).toBe(quote.exact);
    }
    const harbin = byQuote(c.first.items, '𝐇arbin').target.selector[1];
    expect(harbin).toEqual({ type: 'TextPositionSelector', start: 20, end: 26 }); // 📈 counts once, not twice
    const cafe = byQuote(c.first.items, 'cafe\u0301').target.selector[1];
    expect(cafe.end - cafe.start).toBe(5); // e + combining acute are two code points
  });

  it('quote selectors carry the text around the annotation, never half a surrogate pair', () => {
    const c = collection();
    const growth = byQuote(c.first.items, '5.8%');
    expect(growth.target.selector[0].prefix).toBe('Growth 📈 of ');
    for (const item of c.first.items as Json[]) {
      const { prefix = '', suffix = '' } = item.target.selector[0];
      expect(prefix + suffix).not.toMatch(/^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
    }
  });

  it('offsets stay right for a document imported from CRLF text', () => {
    const raw = 'First line\r\nSecond 😀 line\r\nThird line';
    const text = raw.replace(/\r\n/g, '\n');
    const bundle = makeBundle({ text, importedText: text });
    const start = text.indexOf('line', text.indexOf('😀'));
    bundle.annotations = [{ ...bundle.annotations[0], start, end: start + 4, quote: 'line' }];
    bundle.claims = [];
    const [item] = collection(bundle).first.items;
    const index = new CodePointIndex(text);
    expect(item.target.selector[1]).toEqual({ type: 'TextPositionSelector', start: index.toCodePoint(start), end: index.toCodePoint(start) + 4 });
    expect(item.target.selector[1].start).toBe(20); // "First line\n" = 11, "Second " = 7, 😀 = 1, " " = 1
  });

  it('says what each annotation is: motivations and bodies', () => {
    const items = collection().first.items as Json[];
    const org = byQuote(items, 'Harbin Electric');
    expect(org.motivation).toBe('tagging');
    expect(org.body).toEqual([
      { type: 'TextualBody', purpose: 'tagging', value: 'ORG', format: 'text/plain' },
      { type: 'TextualBody', purpose: 'identifying', value: 'Harbin Electric Power Group', format: 'text/plain', language: 'en' },
    ]);
    const claim = byQuote(items, 'Electric said regional GDP reached 2.7 trillion yuan, a year-on-year increase of 5.8%');
    expect(claim.motivation).toBe('assessing');
    expect(claim.body[0]).toMatchObject({ purpose: 'assessing', value: 'misleading' });
    expect(claim.body.filter((b: Json) => b.purpose === 'linking').map((b: Json) => b.source)).toEqual([
      'https://stats.example.gov/hlj/2023',
      'https://example.org/a?x=1&y=%222%22',
    ]);
    expect(byQuote(items, 'met officials in Harbin on 3 May').motivation).toBe('questioning');
    const teaser = items.find((i) => i.motivation === 'moderating');
    expect(teaser?.body).toMatchObject({ purpose: 'moderating', value: 'related_teaser' });
    const note = byQuote(items, 'cafe\u0301');
    expect(note).toMatchObject({ motivation: 'commenting', body: { purpose: 'commenting', value: 'Spelling?\tAsk the desk.\nThen fix it.' } });
    expect(org.target.source).toBe('urn:uuid:0b6f3c1e-5a4d-4c2b-9e8f-7a6b5c4d3e2f');
    expect(org.modified).toBe('2024-05-03T10:15:00.000Z'); // a SQLite timestamp, read as UTC
  });

  it('keeps an orphaned annotation, targeted by its quote alone', () => {
    const orphan = byQuote(collection().first.items, 'Exports doubled last year.');
    expect(orphan.target.selector).toEqual([{ type: 'TextQuoteSelector', exact: 'Exports doubled last year.' }]);
  });

  it('an empty document is a conforming collection without pages', () => {
    const bundle = makeBundle();
    bundle.annotations = [];
    const c = collection(bundle);
    expect(c.total).toBe(0);
    expect(c.first).toBeUndefined();
    expectConforms(collectionMusts, c, 'the empty collection');
  });
});
