/**
 * Which library the desktop app opens: this computer's (the default) or a team server's, and the
 * last team server address — kept in `library-choice.json` in the user-data folder. Never a password
 * or a cookie: the team server's session cookie lives in Electron's own session storage
 * (team-window.ts). A damaged file, or an address that no longer passes the rules, means "this computer".
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseTeamServerUrl } from './team-url';
import type { LibraryLocation } from '../preload/bridge-types';

/** The remembered choice. `teamUrl` stays when going back to the local library, to prefill the field. */
export type LibraryChoice = LibraryLocation;

/** What a first launch uses. */
export const LOCAL_LIBRARY: LibraryChoice = { kind: 'local', teamUrl: null };

/** Reads the choice from parsed JSON; anything unusable answers the local library. */
export function parseLibraryChoice(value: unknown): LibraryChoice {
  if (typeof value !== 'object' || value === null) return { ...LOCAL_LIBRARY };
  const v = value as Record<string, unknown>;
  const parsed = parseTeamServerUrl(v.teamUrl);
  const teamUrl = parsed.ok ? parsed.url : null;
  return { kind: v.kind === 'team' && teamUrl ? 'team' : 'local', teamUrl };
}

/** Reads the choice from `file`; a missing or damaged file answers the local library. */
export function loadLibraryChoice(file: string): LibraryChoice {
  try {
    return parseLibraryChoice(JSON.parse(readFileSync(file, 'utf8')));
  } catch {
    return { ...LOCAL_LIBRARY };
  }
}

/** Writes `choice` to `file` atomically (temporary file + rename). Errors are logged, never thrown. */
export function saveLibraryChoice(file: string, choice: LibraryChoice): void {
  try {
    mkdirSync(dirname(file), { recursive: true });
    const temporary = `${file}.tmp`;
    writeFileSync(temporary, `${JSON.stringify({ kind: choice.kind, teamUrl: choice.teamUrl })}\n`);
    renameSync(temporary, file);
  } catch (error) {
    console.error(`Could not remember the library choice in ${file}:`, error);
  }
}
