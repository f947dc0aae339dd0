import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadLibraryChoice, parseLibraryChoice, saveLibraryChoice, type LibraryChoice } from '../../../src/main/library-choice';
import { LibrarySwitch } from '../../../src/main/library-switch';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function tempFile(): string {
  const dir = mkdtempSync(join(tmpdir(), 'copydesk-library-'));
  dirs.push(dir);
  return join(dir, 'library-choice.json');
}

/** A switch whose choice is saved to a real file, as the app does. */
function setup(initial: LibraryChoice = { kind: 'local', teamUrl: null }) {
  const file = tempFile();
  const deps = { initial, save: (choice: LibraryChoice) => saveLibraryChoice(file, choice), showTeam: vi.fn(), closeTeam: vi.fn(), showLocal: vi.fn() };
  return { file, deps, library: new LibrarySwitch(deps) };
}

describe('the remembered library choice', () => {
  it('is this computer on a first launch, or when the file is damaged', () => {
    const file = tempFile();
    expect(loadLibraryChoice(file)).toEqual({ kind: 'local', teamUrl: null });
    writeFileSync(file, '{ not json');
    expect(loadLibraryChoice(file)).toEqual({ kind: 'local', teamUrl: null });
  });

  it('falls back to this computer when the remembered address no longer passes the rules', () => {
    expect(parseLibraryChoice({ kind: 'team', teamUrl: 'http://desk.example/' })).toEqual({ kind: 'local', teamUrl: null });
    expect(parseLibraryChoice({ kind: 'team', teamUrl: 'https://desk.example/' })).toEqual({ kind: 'team', teamUrl: 'https://desk.example/' });
  });

  it('holds the kind and the address only — no password or cookie field survives a save', () => {
    const file = tempFile();
    saveLibraryChoice(file, { kind: 'team', teamUrl: 'https://desk.example/', password: 'hunter2' } as LibraryChoice);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ kind: 'team', teamUrl: 'https://desk.example/' });
  });
});

describe('LibrarySwitch', () => {
  it('opens a valid team server, and the next launch reopens it', () => {
    const { file, deps, library } = setup();
    expect(library.openTeam('https://desk.example')).toEqual({ ok: true, url: 'https://desk.example/' });
    expect(deps.showTeam).toHaveBeenCalledWith('https://desk.example/');
    const nextLaunch = new LibrarySwitch({ ...deps, initial: loadLibraryChoice(file), showTeam: vi.fn() });
    nextLaunch.restore();
    expect(nextLaunch.state).toEqual({ kind: 'team', teamUrl: 'https://desk.example/' });
  });

  it('refuses an unsafe address without opening or remembering anything', () => {
    const { file, deps, library } = setup();
    expect(library.openTeam('http://desk.example')).toMatchObject({ ok: false });
    expect(deps.showTeam).not.toHaveBeenCalled();
    expect(loadLibraryChoice(file)).toEqual({ kind: 'local', teamUrl: null });
  });

  it('goes back to the local library, closing the team window but keeping the address for later', () => {
    const { file, deps, library } = setup({ kind: 'team', teamUrl: 'https://desk.example/' });
    library.openLocal();
    expect(deps.closeTeam).toHaveBeenCalledOnce();
    expect(deps.showLocal).toHaveBeenCalledOnce();
    expect(loadLibraryChoice(file)).toEqual({ kind: 'local', teamUrl: 'https://desk.example/' });
    // File ▸ Open Team Library… then reopens the last server.
    expect(library.reopenTeam()).toBe(true);
    expect(deps.showTeam).toHaveBeenLastCalledWith('https://desk.example/');
  });

  it('has nothing to reopen before an address was ever entered, and restores nothing on a local launch', () => {
    const { deps, library } = setup();
    expect(library.reopenTeam()).toBe(false);
    library.restore();
    expect(deps.showTeam).not.toHaveBeenCalled();
  });

  it('remembers the local library when the editor closes the team window', () => {
    const { file, library } = setup();
    library.openTeam('https://desk.example/');
    library.teamWindowClosed();
    expect(loadLibraryChoice(file)).toEqual({ kind: 'local', teamUrl: 'https://desk.example/' });
  });
});
