import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../scripts/eval/teasers';

describe('the teaser evaluation (npm run eval:assist)', () => {
  it('skips with one sentence where the shared evaluation data is absent', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'copydesk-no-data-'));
    try {
      const report = await evaluate(empty);
      expect(report).toBe(`Teasers: skipped, no evaluation data at ${empty}/boilerplate.`);
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });
});
