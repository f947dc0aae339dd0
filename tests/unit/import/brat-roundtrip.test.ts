/** brat spans that cross lines: our own export re-imports as one span, silently; true gaps still warn. */
import { describe, expect, it } from 'vitest';
import { parseImport } from '../../../src/main/core/import/index';
import { client, importText, newCore, rangeOf } from '../core/helpers';
import { LIMIT, covered, utf8 } from './helpers';

describe('brat fragments', () => {
  it('a span our export split at line breaks comes back as one span without a warning', async () => {
    const core = newCore();
    const api = client(core);
    const doc = (await importText(core, 'Ice 🚢 Festival\nopens in Harbin\non Friday.')).document;
    await api.call('annotations:create', { documentId: doc.id, annotations: [{ kind: 'teaser', ...rangeOf(doc.text, 'Festival\nopens in Harbin\non') }] });
    const [txt, ann] = await api.call('export:document', { id: doc.id, format: 'brat' });
    expect(ann.content).toMatch(/\d+ \d+;\d+ \d+;\d+ \d+\t/); // written as three fragments
    const parsed = await parseImport(txt.name, utf8(txt.content), { ...LIMIT, companions: [{ name: ann.name, bytes: utf8(ann.content) }] });
    expect(parsed.warnings).toEqual([]);
    expect(parsed.annotations.map((a) => covered(parsed, a))).toEqual(['Festival\nopens in Harbin\non']);
  });

  it('fragments with text between them still warn that they were joined', async () => {
    const parsed = await parseImport('a.txt', utf8('one two three'), { ...LIMIT, companions: [{ name: 'a.ann', bytes: utf8('T1\tPLACE 0 3;8 13\tone three\n') }] });
    expect(parsed.warnings).toEqual(['1 discontinuous annotation was imported as one span from its first to its last fragment.']);
  });
});
