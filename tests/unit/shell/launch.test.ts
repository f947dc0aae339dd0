/**
 * Launches that ask for something: files to import and copydesk:// links, from the first launch's
 * argv, a second launch (second-instance) and macOS open-file/open-url; and how they reach the page.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { copydeskLink, launchArguments, parseCopydeskLink, parseLaunchArguments, planSecondLaunch, routeHashFor } from '../../../src/main/launch';
import { LaunchQueue } from '../../../src/main/launch-queue';
import { readOpenedFiles } from '../../../src/main/opened-files';
import { isLinkRoute, type OpenedFile } from '../../../src/preload/bridge-types';
import { parseHash } from '../../../src/renderer/app/route';

describe('copydesk:// links', () => {
  it('open a document or an annotation in it', () => {
    expect(parseCopydeskLink('copydesk://doc/7f3a-b2')).toEqual({ documentId: '7f3a-b2' });
    expect(parseCopydeskLink('copydesk://doc/7f3a-b2/')).toEqual({ documentId: '7f3a-b2' });
    expect(parseCopydeskLink('copydesk://doc/7f3a-b2/annotation/a_91')).toEqual({ documentId: '7f3a-b2', annotationId: 'a_91' });
    expect(parseCopydeskLink('COPYDESK://doc/7f3a-b2')).toEqual({ documentId: '7f3a-b2' });
  });

  it('lead nowhere when malformed or foreign', () => {
    for (const bad of [
      'copydesk://doc/',
      'copydesk://library/7f3a',
      'copydesk://doc/7f3a/claims/1',
      'copydesk://doc/7f3a/annotation/',
      'copydesk://doc/..%2F..%2Fetc',
      'copydesk://doc/%E0%A4%A',
      'copydesk://user@doc/7f3a',
      'https://doc/7f3a',
      'not a url',
    ]) {
      expect(parseCopydeskLink(bad), bad).toBeNull();
    }
  });

  it("become the renderer's own routes, and the links the app copies read back", () => {
    const target = { documentId: 'd-1', annotationId: 'a-2' };
    expect(routeHashFor(target)).toBe('#/doc/d-1/a/a-2');
    expect(parseHash(routeHashFor(target))).toEqual({ name: 'document', id: 'd-1', annotationId: 'a-2' });
    expect(parseHash(routeHashFor({ documentId: 'd-1' }))).toEqual({ name: 'document', id: 'd-1' });
    expect(parseCopydeskLink(copydeskLink(target))).toEqual(target);
    // What "Copy link" copies in the desktop app (tests/dom/app/address.test.ts) is this link.
    expect(copydeskLink(target)).toBe('copydesk://doc/d-1/annotation/a-2');
    expect(isLinkRoute(routeHashFor(target))).toBe(true);
    expect(isLinkRoute('#/settings')).toBe(true); // the menu's Settings…
    expect(isLinkRoute('#/claims')).toBe(false);
    expect(isLinkRoute('javascript:alert(1)')).toBe(false);
  });
});

describe('launch arguments', () => {
  it('drop the executable, and the app folder when running from the source tree', () => {
    expect(launchArguments(['/opt/Copydesk/copydesk', 'notes.txt'], true)).toEqual(['notes.txt']);
    expect(launchArguments(['/usr/lib/electron', '.', 'notes.txt'], false)).toEqual(['notes.txt']);
  });

  it('name files (made absolute against the launch folder), links and the library; Chromium switches are ignored', () => {
    const request = parseLaunchArguments(
      ['--db', 'other.sqlite', '--allow-file-access-from-files', 'notes.txt', '/abs/wire.docx', 'copydesk://doc/d-1/annotation/a-2', '--max-import-mb=50', 'copydesk://doc/'],
      '/home/ana',
    );
    expect(request).toEqual({
      dbPath: '/home/ana/other.sqlite',
      files: ['/home/ana/notes.txt', '/abs/wire.docx'],
      links: [{ documentId: 'd-1', annotationId: 'a-2' }],
      badLinks: ['copydesk://doc/'],
    });
  });

  it('take a file whose name starts with a dash after --', () => {
    expect(parseLaunchArguments(['--', '-draft.md'], '/w').files).toEqual(['/w/-draft.md']);
  });

  it('refuse a malformed option with a sentence', () => {
    expect(() => parseLaunchArguments(['--db'], '/w')).toThrow('--db needs the path of a library file.');
  });
});

describe('a second launch', () => {
  it("imports its files and opens its link in the running app's library", () => {
    const plan = planSecondLaunch(parseLaunchArguments(['/in/a.txt', 'copydesk://doc/d-9'], '/'), '/lib/library.sqlite', 'linux');
    expect(plan).toEqual({ otherLibrary: null, files: ['/in/a.txt'], link: { documentId: 'd-9' }, badLinks: [] });
  });

  it('naming the library already open just comes to the front', () => {
    expect(planSecondLaunch(parseLaunchArguments(['--db', '/lib/library.sqlite'], '/'), '/lib/library.sqlite', 'linux').otherLibrary).toBeNull();
    expect(planSecondLaunch(parseLaunchArguments(['--db', 'C:\\Lib\\LIBRARY.sqlite'], 'C:\\', 'win32'), 'C:\\Lib\\library.sqlite', 'win32').otherLibrary).toBeNull();
  });

  it('naming another library says it is already running with this one, and imports nothing into the wrong library', () => {
    const plan = planSecondLaunch(parseLaunchArguments(['--db', 'other.sqlite', 'a.txt'], '/home/ana'), '/lib/library.sqlite', 'linux');
    expect(plan.otherLibrary).toBe(
      'Copydesk is already running with the library /lib/library.sqlite. To work in /home/ana/other.sqlite, quit Copydesk and start it again with that library.',
    );
    expect(plan.files).toEqual([]);
  });
});

describe('files opened with the app', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'copydesk-opened-'));
    writeFileSync(join(dir, 'wire.txt'), 'HARBIN, Jan. 5 (Xinhua)');
    writeFileSync(join(dir, 'huge.txt'), Buffer.alloc(3 * 1024 * 1024));
    mkdirSync(join(dir, 'folder'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('are read for the import queue, or answered with one sentence each', async () => {
    const files = await readOpenedFiles([join(dir, 'wire.txt'), join(dir, 'gone.txt'), join(dir, 'folder'), join(dir, 'huge.txt')], 2 * 1024 * 1024);
    expect(files[0]).toEqual({ name: 'wire.txt', data: new Uint8Array(Buffer.from('HARBIN, Jan. 5 (Xinhua)')) });
    expect(files.slice(1).map((f) => f.problem)).toEqual([
      '“gone.txt” was not imported: it no longer exists.',
      '“folder” is a folder: open the files inside it instead.',
      '“huge.txt” was not imported: it is 3 MB; Copydesk imports files up to 2 MB.',
    ]);
  });
});

describe('the launch queue', () => {
  function setup() {
    const sent: Array<['files', OpenedFile[]] | ['route', string]> = [];
    const tell = vi.fn();
    const queue = new LaunchQueue({
      readFiles: async (paths) => paths.map((path) => ({ name: path, data: new Uint8Array([1]) })),
      sendFiles: (files) => sent.push(['files', files]),
      sendRoute: (hash) => sent.push(['route', hash]),
      tell,
    });
    return { queue, sent, tell };
  }

  it('holds files and links until the page has loaded, then hands them over once', async () => {
    const { queue, sent } = setup();
    await queue.add({ files: ['/a.txt'] }); // macOS open-file, before the window exists
    await queue.add({ files: ['/b.md'], link: { documentId: 'd-1' } });
    expect(sent).toEqual([]);
    await queue.setReady(true);
    expect(sent).toEqual([
      ['route', '#/doc/d-1'],
      ['files', [{ name: '/a.txt', data: new Uint8Array([1]) }, { name: '/b.md', data: new Uint8Array([1]) }]],
    ]);
    await queue.setReady(true);
    expect(sent).toHaveLength(2);
  });

  it('hands over at once while the page is loaded, and waits again during a reload', async () => {
    const { queue, sent } = setup();
    await queue.setReady(true);
    await queue.add({ link: { documentId: 'd-2', annotationId: 'a-3' } });
    expect(sent).toEqual([['route', '#/doc/d-2/a/a-3']]);
    await queue.setReady(false);
    await queue.add({ files: ['/c.html'] });
    expect(sent).toHaveLength(1);
    await queue.setReady(true);
    expect(sent).toHaveLength(2);
  });

  it('says so when a link leads nowhere', async () => {
    const { queue, tell } = setup();
    await queue.add({ badLinks: ['copydesk://doc/'] });
    expect(tell).toHaveBeenCalledWith('This link does not lead to a document in Copydesk: copydesk://doc/');
  });
});
