import { describe, expect, it } from 'vitest';
import { parseImport } from '../../../src/main/core/import/index';
import { LIMIT, covered, fixture, utf8 } from './helpers';

async function harbour() {
  return parseImport('corpus/harbour-brat.txt', fixture('harbour-brat.txt'), {
    ...LIMIT,
    companions: [{ name: 'corpus/harbour-brat.ann', bytes: fixture('harbour-brat.ann') }],
  });
}

describe('brat standoff import', () => {
  it('maps code-point offsets in the raw .txt (CRLF, blank lines, indentation, emoji) onto the canonical text', async () => {
    const parsed = await harbour();
    expect(parsed.format).toBe('brat');
    expect(parsed.title).toBe('Port traffic report');
    expect(parsed.text).toBe('Port traffic report\nValemouth 🚢 handled 1.2 million containers.\nMarta Keller  said so.\nThe claim: traffic rose 12%.');
    expect(parsed.annotations.map((a) => [a.kind, a.label, covered(parsed, a)])).toEqual([
      ['entity', 'PLACE', 'Valemouth'],
      ['entity', 'QUANTITY', '1.2 million containers'],
      ['entity', 'PERSON', 'Marta Keller'],
      ['claim', null, 'traffic rose 12%'],
      ['entity', 'ORG', 'Valemouth 🚢 handled'],
    ]);
    expect(parsed.annotations.every((a) => a.origin === 'imported' && typeof a.id === 'string')).toBe(true);
  });

  it('reads claim status and annotator notes', async () => {
    const parsed = await harbour();
    const claim = parsed.annotations.find((a) => a.kind === 'claim')!;
    expect(parsed.claims).toEqual([{ annotationId: claim.id, status: 'verified', verdict: '', assignee: null, checklist: {} }]);
    expect(parsed.annotations.find((a) => a.label === 'PERSON')?.attrs.note).toBe('Regional director');
  });

  it('warns about discontinuous spans, relations and lines it cannot read', async () => {
    const parsed = await harbour();
    expect(parsed.warnings).toEqual([
      '1 discontinuous annotation was imported as one span from its first to its last fragment.',
      '1 line of “harbour-brat.ann” could not be read and was skipped.',
      '1 relation, event or equivalence was not imported: Copydesk has no place for them.',
    ]);
  });

  it('skips annotations whose text does not match the .txt, and reads teasers back', async () => {
    const ann = 'T1\tTeaser 0 4\tPort\nT2\tPerson 0 4\tNope\nT3\tPerson 5000 5004\tFar\nA1\tReason T1 related_teaser\n';
    const parsed = await parseImport('t.txt', utf8('Port news\n'), { ...LIMIT, companions: [{ name: 't.ann', bytes: utf8(ann) }] });
    expect(parsed.annotations).toMatchObject([{ kind: 'teaser', label: null, start: 0, end: 4, attrs: { reason: 'related_teaser' } }]);
    expect(parsed.warnings).toEqual(['2 annotations in “t.ann” did not match the text and were skipped.']);
  });

  it('is plain text when no .ann comes with the .txt', async () => {
    const parsed = await parseImport('harbour-brat.txt', fixture('harbour-brat.txt'), { ...LIMIT, companions: [{ name: 'other.ann', bytes: utf8('') }] });
    expect(parsed.format).toBe('txt');
  });

  it('reads back what the Copydesk brat export writes: verdicts, canonical names, candidates', async () => {
    const text = 'Valemouth 🚢 port\nTraffic rose 12%.\nRead next: storms';
    const ann = [
      'T1\tPLACE 0 9\tValemouth',
      '#1\tAnnotatorNotes T1\tCanonical: Valemouth Harbour',
      'T2\tClaim 17 33\tTraffic rose 12%',
      'A1\tStatus T2 false',
      '#2\tAnnotatorNotes T2\tVerdict: The report says 2%.',
      'T3\tTeaser 35 52\tRead next: storms',
      'A2\tReason T3 related_teaser',
      'A3\tCandidate T3',
      '',
    ].join('\n');
    const parsed = await parseImport('r.txt', utf8(text), { ...LIMIT, companions: [{ name: 'r.ann', bytes: utf8(ann) }] });
    expect(parsed.warnings).toEqual([]);
    expect(parsed.text).toBe(text);
    const [place, claim, teaser] = parsed.annotations;
    expect([covered(parsed, place), covered(parsed, claim), covered(parsed, teaser)]).toEqual(['Valemouth', 'Traffic rose 12%', 'Read next: storms']);
    expect(place.attrs).toEqual({ canonical: 'Valemouth Harbour' });
    expect(teaser.attrs).toEqual({ reason: 'related_teaser', candidate: true });
    expect(parsed.claims).toMatchObject([{ annotationId: claim.id, status: 'false', verdict: 'The report says 2%.' }]);
  });
});
