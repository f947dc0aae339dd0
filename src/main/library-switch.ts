/**
 * The logic behind Settings ▸ Library and File ▸ Open Team Library… / Open Local Library: it
 * validates the address (team-url.ts), remembers the choice (library-choice.ts) and opens or closes
 * the team window (team-window.ts) through functions passed in, so it is tested without Electron.
 */
import { parseTeamServerUrl } from './team-url';
import type { LibraryChoice } from './library-choice';
import type { LibraryLocation, OpenTeamResult } from '../preload/bridge-types';

/** The side effects `LibrarySwitch` drives. */
export interface LibrarySwitchDeps {
  /** The choice remembered at launch. */
  initial: LibraryChoice;
  /** Remembers the choice (library-choice.ts saveLibraryChoice). */
  save: (choice: LibraryChoice) => void;
  /** Opens (or moves, or brings forward) the team window on `url`. */
  showTeam: (url: string) => void;
  /** Closes the team window, if there is one. */
  closeTeam: () => void;
  /** Brings the local library's window forward. */
  showLocal: () => void;
}

/** Switches between the local library and a team server's, remembering the choice. */
export class LibrarySwitch {
  private choice: LibraryChoice;

  constructor(private readonly deps: LibrarySwitchDeps) {
    this.choice = { ...deps.initial };
  }

  /** The current choice, for Settings. */
  get state(): LibraryLocation {
    return { ...this.choice };
  }

  /** At launch: reopens the team library when that was the last choice. */
  restore(): void {
    if (this.choice.kind === 'team' && this.choice.teamUrl) this.deps.showTeam(this.choice.teamUrl);
  }

  /** Validates `value` and opens that team server; a refused address changes nothing. */
  openTeam(value: unknown): OpenTeamResult {
    const parsed = parseTeamServerUrl(value);
    if (!parsed.ok) return parsed;
    this.remember({ kind: 'team', teamUrl: parsed.url });
    this.deps.showTeam(parsed.url);
    return { ok: true, url: parsed.url };
  }

  /** File ▸ Open Team Library…: the last server when there is one; false when an address must be entered first. */
  reopenTeam(): boolean {
    if (!this.choice.teamUrl) return false;
    this.openTeam(this.choice.teamUrl);
    return true;
  }

  /** Back to this computer's library: the team window closes, the local one comes forward. */
  openLocal(): void {
    this.remember({ kind: 'local', teamUrl: this.choice.teamUrl });
    this.deps.closeTeam();
    this.deps.showLocal();
  }

  /** The editor closed the team window (not the app quitting): the next launch opens the local library. */
  teamWindowClosed(): void {
    if (this.choice.kind === 'team') this.remember({ kind: 'local', teamUrl: this.choice.teamUrl });
  }

  private remember(choice: LibraryChoice): void {
    this.choice = choice;
    this.deps.save(choice);
  }
}
