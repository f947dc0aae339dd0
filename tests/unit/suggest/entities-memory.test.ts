import { describe, expect, it } from 'vitest';
import { suggestEntities } from '../../../src/main/core/suggest/entities';
import { findLabelConflicts } from '../../../src/main/core/suggest/entities-consistency';
import { emptySuggestContext } from '../../../src/main/core/suggest/types';

describe('library memory', () => {
  const known = [{ text: 'Acme Widgets', label: 'ORG', canonical: 'Acme Widgets Holdings', documents: 12 }];

  it('suggests a known name wherever it occurs, with its label, canonical name and how often it was tagged', () => {
    const text = 'Acme Widgets grew. Analysts watch Acme Widgets closely.';
    const spans = suggestEntities(text, emptySuggestContext({ knownNames: known }));
    const acme = spans.filter((s) => text.slice(s.start, s.end) === 'Acme Widgets');
    expect(acme).toHaveLength(2);
    for (const s of acme) {
      expect(s.label).toBe('ORG');
      expect(s.canonical).toBe('Acme Widgets Holdings');
      expect(s.reasons).toContain('known ORG from 12 documents');
    }
  });

  it('matches a spelling that differs only in case, but not a lower-case common word', () => {
    const text = 'ACME WIDGETS SOARS. Acme Widgets grew; acme widgets are cheap.';
    const spans = suggestEntities(text, emptySuggestContext({ knownNames: known }));
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(['ACME WIDGETS', 'Acme Widgets']);
  });

  it('matches whole words only', () => {
    const text = 'The Acme Widgetsmith guild met.';
    expect(suggestEntities(text, emptySuggestContext({ knownNames: known }))).toEqual([]);
  });

  it('a known label beats what the gazetteer would say ("Jordan" the person)', () => {
    const text = 'Jordan scored twice.';
    const spans = suggestEntities(text, emptySuggestContext({ knownNames: [{ text: 'Jordan', label: 'PERSON', documents: 1 }] }));
    expect(spans).toMatchObject([{ start: 0, end: 6, label: 'PERSON', reasons: ['known PERSON from 1 document'] }]);
  });

  it('does not suggest a name with a label the editor rejected, but still with another', () => {
    const text = 'Exports from Harbin rose.';
    expect(suggestEntities(text, emptySuggestContext()).map((s) => s.label)).toEqual(['PLACE']);
    expect(suggestEntities(text, emptySuggestContext({ rejectedNames: [{ text: 'harbin', label: 'PLACE' }] }))).toEqual([]);
    const asOrg = emptySuggestContext({ rejectedNames: [{ text: 'harbin', label: 'PLACE' }], knownNames: [{ text: 'Harbin', label: 'ORG', documents: 2 }] });
    expect(suggestEntities(text, asOrg).map((s) => s.label)).toEqual(['ORG']);
  });

  it('drops a rejected short form without losing the full name', () => {
    const text = 'Li Runyu spoke first. Li said orders had doubled.';
    const spans = suggestEntities(text, emptySuggestContext({ rejectedNames: [{ text: 'li', label: 'PERSON' }] }));
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(['Li Runyu']);
  });

  it('keeps up with thousands of known names on a long text', () => {
    const knownNames = Array.from({ length: 5000 }, (_, i) => ({ text: `Name${i} Company`, label: 'ORG', documents: 1 }));
    const text = 'Name4999 Company and Name7 Company met. '.repeat(2500);
    const t0 = performance.now();
    const spans = suggestEntities(text, emptySuggestContext({ knownNames }));
    expect(performance.now() - t0).toBeLessThan(5000);
    expect(spans.filter((s) => s.reasons[0] === 'known ORG from 1 document')).toHaveLength(5000);
  });
});

describe('label conflicts across the library', () => {
  it('lists names tagged with different labels, most used label first, whatever the case', () => {
    const conflicts = findLabelConflicts([
      { text: 'Jordan', label: 'PLACE', documents: 5 },
      { text: 'jordan', label: 'PERSON', documents: 3 },
      { text: 'Harbin', label: 'PLACE', documents: 9 },
      { text: 'Daqing Oilfield', label: 'ORG', documents: 2 },
      { text: 'Daqing  Oilfield', label: 'PLACE', documents: 1 },
    ]);
    expect(conflicts).toEqual([
      { text: 'Jordan', labels: [{ label: 'PLACE', documents: 5 }, { label: 'PERSON', documents: 3 }], documents: 8 },
      { text: 'Daqing Oilfield', labels: [{ label: 'ORG', documents: 2 }, { label: 'PLACE', documents: 1 }], documents: 3 },
    ]);
  });

  it('ignores empty names and labels', () => {
    expect(findLabelConflicts([{ text: ' ', label: 'ORG', documents: 1 }, { text: ' ', label: 'PLACE', documents: 1 }, { text: 'X', label: '', documents: 1 }])).toEqual([]);
  });
});
