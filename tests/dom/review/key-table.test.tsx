/**
 * One key table for the handler, the `?` sheet and the README (issue 11, item 13): every row of
 * `KEY_TABLE` is on the sheet, every keyed row reaches the handler as its command, and the README's
 * table is the table.
 */
import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { commandFor, KEY_TABLE, keyTableMarkdown } from '../../../src/renderer/review/keyboard';
import { ShortcutsSheet } from '../../../src/renderer/review/ShortcutsSheet';
import { DEFAULT_LABELS, type Label } from '../../../src/shared/types';
import { cleanup, render } from '../app/render';
// The README as committed (Vite's ?raw import: its text).
import README from '../../../README.md?raw';

const labels: Label[] = DEFAULT_LABELS.map((l, i) => ({ id: `l${i}`, kind: 'entity', position: i, ...l }));
afterEach(cleanup);

describe('the key table', () => {
  it('every key with a command reaches the handler as that command', () => {
    for (const row of KEY_TABLE.flatMap((g) => g.rows)) {
      if (!row.match) continue;
      const { key, shift = false, ctrl = false, command } = row.match;
      const name = key.length === 1 ? (shift ? key.toUpperCase() : key) : key === 'escape' ? 'Escape' : key.replace(/^f/, 'F').replace(/^delete$/, 'Delete');
      const event = new KeyboardEvent('keydown', { key: name, shiftKey: shift, ctrlKey: ctrl, bubbles: true });
      Object.defineProperty(event, 'target', { value: document.body });
      expect(commandFor(event, labels, false), row.keys.join('+')).toMatchObject({ type: command });
    }
  });

  it('the sheet lists every row, including the keys that were missing (A, relabel by key, Ctrl+E, status digits, N)', async () => {
    await act(async () => {
      await render(<ShortcutsSheet labels={labels} onClose={() => {}} />);
    });
    const sheet = document.querySelector('[role="dialog"]')!.textContent!;
    for (const row of KEY_TABLE.flatMap((g) => g.rows)) expect(sheet).toContain(row.what);
    expect(sheet).toContain('Entity: change its label to that key’s');
    expect(sheet).toContain('Export the document');
    expect(sheet).toContain('Claim: set its status (1 Unverified');
    expect(sheet).toContain('Next unverified claim in this document');
  });

  it('the README’s key table is the table', () => {
    const section = /<!-- keys:start[^>]*-->\n([\s\S]*?)\n<!-- keys:end -->/.exec(README);
    expect(section, 'README has the keys:start/keys:end markers').not.toBeNull();
    expect(section![1]).toBe(keyTableMarkdown());
  });
});
