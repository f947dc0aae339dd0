/** Files the desktop app is asked to open reach the import queue as Files (src/renderer/api/client.ts onOpenFiles). */
import { afterEach, describe, expect, it, vi } from 'vitest';

afterEach(() => {
  delete window.copydesk;
  vi.resetModules();
});

describe('onOpenFiles', () => {
  it('turns opened files into Files for the import queue and problems into sentences', async () => {
    let deliver: (files: Array<{ name: string; data?: Uint8Array; problem?: string }>) => void = () => {};
    window.copydesk = {
      platform: 'electron',
      openExternal: async () => true,
      onMenu: () => () => {},
      onOpenFiles: (callback) => {
        deliver = callback;
        return () => {};
      },
    };
    const { onOpenFiles } = await import('../../../src/renderer/api/client');
    const imported: File[][] = [];
    const problems: string[] = [];
    onOpenFiles((files) => imported.push(files), (problem) => problems.push(problem));
    deliver([
      { name: 'wire.txt', data: new TextEncoder().encode('HARBIN, Jan. 5') },
      { name: 'gone.txt', problem: '“gone.txt” was not imported: it no longer exists.' },
    ]);
    expect(imported).toHaveLength(1);
    expect(imported[0].map((file) => file.name)).toEqual(['wire.txt']);
    expect(await imported[0][0].text()).toBe('HARBIN, Jan. 5');
    expect(problems).toEqual(['“gone.txt” was not imported: it no longer exists.']);
  });

  it('does nothing in web mode', async () => {
    const { onOpenFiles } = await import('../../../src/renderer/api/client');
    const unsubscribe = onOpenFiles(() => {}, () => {});
    expect(typeof unsubscribe).toBe('function');
  });
});
