/**
 * Migration 006: teaser candidates stored by an older Copydesk (`attrs.candidate`) become the same
 * pending suggestions the suggesters make, with a reason; a rejection table exists; an HTML import
 * now stores its candidates that way directly.
 */
import { describe, expect, test } from 'vitest';
import { EXTRACTOR_REASON, migrateCandidates } from '../../../src/main/core/db/migration-006-suggestions';
import { b64, client, importText, newCore, rangeOf } from '../core/helpers';

describe('migration 006', () => {
  test('turns stored teaser candidates into pending suggestions with a reason, leaving confirmed teasers alone', async () => {
    const core = newCore();
    const api = client(core);
    const { document } = await importText(core);
    const related = rangeOf(document.text, 'Related: Snow festival draws record crowds');
    await api.call('annotations:create', {
      documentId: document.id,
      annotations: [
        { kind: 'teaser', ...related, attrs: { reason: 'related_teaser', candidate: true }, origin: 'manual' },
        { kind: 'teaser', ...rangeOf(document.text, 'Northeast revitalization'), attrs: { reason: 'boilerplate' } },
      ],
    });
    expect(migrateCandidates(core.db)).toBe(1);
    const teasers = (await api.call('documents:bundle', { id: document.id })).annotations;
    const migrated = teasers.find((a) => a.start === related.start)!;
    expect(migrated.origin).toBe('suggested');
    expect(migrated.attrs).toEqual({ reason: 'related_teaser', pending: true, reasons: [EXTRACTOR_REASON] });
    expect(teasers.find((a) => a.start !== related.start)!.attrs).toEqual({ reason: 'boilerplate' });
    expect(core.db.prepare("SELECT name FROM sqlite_master WHERE name = 'suggestion_rejections'").get()).toBeTruthy();
  });

  test('an HTML import stores what the extractor left out as pending teaser suggestions', async () => {
    const core = newCore();
    const api = client(core);
    const html = `<html><head><title>Fair</title></head><body><article><h1>Harbin fair draws investors</h1>
<p>The Harbin trade fair drew 224 projects worth 12 billion yuan on Friday, organisers said in a statement to the press.</p>
<p>Officials said investment in the Harbin Electric Power Group rose sharply over the year, with new contracts signed.</p></article>
<aside><h2>Related</h2><ul><li><a href="/a">Snow festival draws record crowds</a></li></ul></aside></body></html>`;
    const imported = await api.call('documents:import', { name: 'fair.html', data: b64(html) });
    if (imported.status !== 'imported') throw new Error('not imported');
    const [candidate] = (await api.call('documents:bundle', { id: imported.document.id })).annotations;
    expect(candidate).toMatchObject({ kind: 'teaser', origin: 'suggested', attrs: { pending: true, reasons: [EXTRACTOR_REASON] } });
    expect(candidate.attrs.candidate).toBeUndefined();
  });
});
