import { describe, expect, it } from 'vitest';
import { exportDocument } from '../../../src/main/core/export';
import { CTX, makeBundle } from '../../fixtures/export/bundle';

describe('Copydesk JSON export', () => {
  it('carries the document, every annotation (orphaned too), claim and source unchanged', () => {
    const bundle = makeBundle();
    const [file] = exportDocument(bundle, 'copydesk-json', CTX);
    expect(file.name).toBe('growth-in-harbin-5-8-cafe-more.copydesk.json');
    expect(file.mediaType).toBe('application/json');
    const json = JSON.parse(file.content);
    const { id, title, source, format, language, status, assignee, text, importedText, createdAt, updatedAt } = bundle.document;
    expect(json).toEqual({
      format: 'copydesk',
      version: 1,
      exportedAt: '2024-05-06T12:00:00.000Z',
      document: { id, title, source, format, language, status, assignee, text, importedText, createdAt, updatedAt },
      annotations: bundle.annotations,
      claims: bundle.claims,
      sources: bundle.sources,
    });
    expect(json.document.text).toContain('📈');
    expect(json.annotations.some((a: { orphaned: boolean }) => a.orphaned)).toBe(true);
  });
});
