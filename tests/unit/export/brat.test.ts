import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { exportDocument } from '../../../src/main/core/export';
import { lineFragments } from '../../../src/main/core/export/brat';
import type { DocumentBundle } from '../../../src/shared/types';
import { CTX, TEXT, annotation, find, makeBundle } from '../../fixtures/export/bundle';

interface TLine {
  id: string;
  type: string;
  fragments: Array<[number, number]>;
  text: string;
}

/** Reads the T lines of an .ann file as brat does (`ID\tTYPE s e;s e\ttext`), checking the line shapes it knows. */
function readAnn(ann: string): { t: TLine[]; lines: string[] } {
  const lines = ann.split('\n').filter((l) => l !== '');
  const t: TLine[] = [];
  for (const line of lines) {
    expect(line).toMatch(/^([TARE]\d+|#\d+)\t/);
    if (!line.startsWith('T')) continue;
    const [id, spec, ...rest] = line.split('\t');
    const [type, ...offsets] = spec.split(' ');
    const fragments = offsets.join(' ').split(';').map((f) => f.split(' ').map(Number) as [number, number]);
    t.push({ id, type, fragments, text: rest.join('\t') });
  }
  return { t, lines };
}

/** brat's check: the fragments' text in CODE POINTS, joined by a space, equals the T line's text. */
function expectSlicesMatch(txt: string, ann: string) {
  const points = [...txt];
  const { t } = readAnn(ann);
  expect(t.length).toBeGreaterThan(0);
  for (const line of t) {
    const slices = line.fragments.map(([s, e]) => {
      expect(s).toBeLessThan(e);
      return points.slice(s, e).join('');
    });
    expect(slices.join(' '), `${line.id} ${line.type}`).toBe(line.text);
  }
}

function brat(bundle: DocumentBundle = makeBundle()) {
  const files = exportDocument(bundle, 'brat', CTX);
  expect(files.map((f) => f.name)).toEqual(['growth-in-harbin-5-8-cafe-more.txt', 'growth-in-harbin-5-8-cafe-more.ann', 'annotation.conf']);
  return { txt: files[0].content, ann: files[1].content };
}

describe('brat standoff export', () => {
  it('the test reader accepts brat’s own example files', () => {
    const dir = fileURLToPath(new URL('../../fixtures/export/brat/', import.meta.url));
    expectSlicesMatch(readFileSync(`${dir}110-note_annotation.txt`, 'utf8'), readFileSync(`${dir}110-note_annotation.ann`, 'utf8'));
  });

  it('the .txt is the canonical text and every T line’s text is the slice it points to (code points)', () => {
    const { txt, ann } = brat();
    expect(txt).toBe(TEXT);
    expectSlicesMatch(txt, ann);
  });

  it('counts 📈 and 𝐇 as one character each, and a combining mark as its own', () => {
    const { ann } = brat();
    const lines = ann.split('\n');
    expect(lines).toContain('T3\tPLACE 20 26\t𝐇arbin');
    expect(lines).toContain('T4\tNote 29 34\tcafe\u0301');
    expect(lines).toContain('T9\tPERSON 129 136\tZoe\u0308 Li');
  });

  it('writes claims with their status, teasers with their reason, notes and verdicts as AnnotatorNotes', () => {
    const lines = brat().ann.split('\n');
    expect(lines).toContain('T6\tClaim 42 127\tElectric said regional GDP reached 2.7 trillion yuan, a year-on-year increase of 5.8%');
    expect(lines).toContain('A2\tStatus T6 misleading');
    expect(lines).toContain('#4\tAnnotatorNotes T6\tVerdict: =1+1 is not how the bureau counts. The 2.7 trillion figure includes "other" income, see table 3.');
    expect(lines).toContain('#2\tAnnotatorNotes T4\tSpelling? Ask the desk. Then fix it.');
    expect(lines).toContain('#3\tAnnotatorNotes T5\tCanonical: Harbin Electric Power Group');
    expect(lines).toContain('A4\tReason T13 related_teaser');
    expect(lines.every((l) => l.split('\t').length <= 3)).toBe(true); // tabs in notes were flattened
  });

  it('splits a span that crosses lines into one fragment per line, text joined by a space', () => {
    const teaser = brat().ann.split('\n').find((l) => l.includes('\tTeaser '));
    expect(teaser).toBe('T13\tTeaser 193 243;244 290\tRELATED: Northeast pushes ahead | economy | Harbin Northeast pushes ahead with reforms that will…');
  });

  it('leaves out orphaned and empty annotations', () => {
    const ann = brat().ann;
    expect(ann).not.toContain('Exports doubled');
    expect(readAnn(ann).t).toHaveLength(14); // 9 entities, 3 placed claims, 1 teaser, 1 note
  });

  it('keeps offsets right in a document imported from CRLF text with emoji on every line', () => {
    const raw = '😀 Alpha Corp\r\n😀😀 Beta Ltd said\r\nno more';
    const text = raw.replace(/\r\n/g, '\n');
    const bundle = makeBundle({ text, importedText: text });
    bundle.annotations = [
      annotation('entity', find(text, 'Alpha Corp'), { label: 'Sports team' }, text),
      annotation('entity', find(text, 'Beta Ltd'), { label: 'ORG' }, text),
      annotation('claim', { start: find(text, 'Corp').start, end: find(text, 'said').end }, {}, text),
    ];
    bundle.claims = [];
    const { txt, ann } = brat(bundle);
    expect(txt).not.toContain('\r');
    expectSlicesMatch(txt, ann);
    expect(ann.split('\n')).toContain('T1\tSports_team 2 12\tAlpha Corp'); // a label with a space becomes one token
    expect(ann.split('\n')).toContain('T2\tClaim 8 12;13 29\tCorp 😀😀 Beta Ltd said');
  });

  it('fragments skip consecutive line breaks', () => {
    expect(lineFragments('ab\n\ncd', 0, 6)).toEqual([
      { start: 0, end: 2 },
      { start: 4, end: 6 },
    ]);
    expect(lineFragments('ab\ncd', 2, 3)).toEqual([]);
  });
});
