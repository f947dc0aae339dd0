/** The small shared helpers every front door uses: URLs, zod messages, plurals, brat pairing. */
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { validateExternalUrl } from '../../../src/main/external-links';
import { httpUrl as exportHttpUrl } from '../../../src/main/core/export/model';
import { httpUrl } from '../../../src/shared/api';
import { pairCompanions, hasSupportedEnding } from '../../../src/shared/import-files';
import { plural } from '../../../src/shared/plural';
import { isHttpUrl, toHttpUrl } from '../../../src/shared/urls';
import { describeZodError } from '../../../src/shared/zod-message';

describe('isHttpUrl', () => {
  it('is one rule for sources, exports and external links', () => {
    for (const url of ['https://example.org/a b', ' http://example.org ']) {
      expect(isHttpUrl(url)).toBe(true);
      expect(validateExternalUrl(url)).toBe(toHttpUrl(url));
      expect(exportHttpUrl(url)).toBe(toHttpUrl(url));
      expect(httpUrl.safeParse(url).success).toBe(true);
    }
    for (const url of ['javascript:alert(1)', 'file:///etc/passwd', 'https://user:pw@example.org', '/relative', '', 42]) {
      expect(isHttpUrl(url)).toBe(false);
      expect(validateExternalUrl(url)).toBeNull();
      expect(httpUrl.safeParse(url).success).toBe(false);
    }
  });
});

describe('describeZodError', () => {
  it('names the first problem and where it is', () => {
    const result = z.object({ items: z.array(z.object({ start: z.number() })) }).safeParse({ items: [{ start: 'x' }] });
    expect(result.success).toBe(false);
    if (!result.success) expect(describeZodError(result.error)).toMatch(/ \(at items\[0\]\.start\)$/);
  });
});

describe('plural', () => {
  it('counts regular and irregular nouns', () => {
    expect(plural(1, 'claim')).toBe('1 claim');
    expect(plural(2, 'claim')).toBe('2 claims');
    expect(plural(3, 'entry', 'entries')).toBe('3 entries');
  });
});

describe('pairCompanions', () => {
  it('pairs .txt and .ann by name whatever the case, and reports an .ann without its text', () => {
    const pairing = pairCompanions(['a.TXT', 'b.md', 'A.ann', 'c.ann', 'notes.markdown']);
    expect(pairing.documents).toEqual([
      { file: 'a.TXT', companions: ['A.ann'] },
      { file: 'b.md', companions: [] },
      { file: 'notes.markdown', companions: [] },
    ]);
    expect(pairing.unpaired).toEqual(['c.ann']);
    expect(hasSupportedEnding('notes.markdown')).toBe(true);
    expect(hasSupportedEnding('data.json')).toBe(false);
  });

  it('pairs only within a folder when names carry folders', () => {
    expect(pairCompanions(['x/a.txt', 'y/a.ann']).unpaired).toEqual(['y/a.ann']);
  });
});
