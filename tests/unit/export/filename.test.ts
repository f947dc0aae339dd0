import { describe, expect, it } from 'vitest';
import { exportFileBaseName } from '../../../src/main/core/export';

describe('exportFileBaseName', () => {
  it('makes a readable, lower-case, hyphenated name', () => {
    expect(exportFileBaseName('Northeast revitalization: GDP up 5.8%')).toBe('northeast-revitalization-gdp-up-5-8');
    expect(exportFileBaseName('  Café Zoë — naïve  ')).toBe('cafe-zoe-naive');
    expect(exportFileBaseName('Cafe\u0301 decomposed')).toBe('cafe-decomposed');
  });

  it('keeps words of other scripts', () => {
    expect(exportFileBaseName('东北振兴 五年')).toBe('东北振兴-五年');
    expect(exportFileBaseName('Москва сегодня')).toBe('москва-сегодня');
    expect(exportFileBaseName('한국 경제')).toBe('한국-경제');
  });

  it('never yields a path, a dot name, an empty name or a Windows device name', () => {
    for (const title of ['../../etc/passwd', 'a/b\\c', '..', '.', '', '📈📈', 'CON', 'nul', 'com1', 'a\u0000b']) {
      const name = exportFileBaseName(title);
      expect(name).toMatch(/^[^/\\.\u0000]+$/);
      expect(name).not.toMatch(/^(con|prn|aux|nul|com\d|lpt\d)$/i);
      expect(name.length).toBeGreaterThan(0);
    }
    expect(exportFileBaseName('../../etc/passwd')).toBe('etc-passwd');
    expect(exportFileBaseName('📈')).toBe('document');
    expect(exportFileBaseName('CON')).toBe('con-document');
  });

  it('is at most 80 characters, cut between words', () => {
    const title =
      'Accumulate Revitalization Momentum and Write a New Development Chapter - From the Perspective of Five Years of Development';
    const name = exportFileBaseName(title);
    expect(name).toBe('accumulate-revitalization-momentum-and-write-a-new-development-chapter-from-the');
    expect(name.length).toBeLessThanOrEqual(80);
    expect(exportFileBaseName('x'.repeat(500))).toHaveLength(80);
    expect(Buffer.byteLength(exportFileBaseName('振'.repeat(100)), 'utf8')).toBeLessThanOrEqual(200);
  });
});
