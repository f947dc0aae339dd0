/**
 * Which folders the desktop renderer may export into: only folders the person picked in the native
 * folder dialog during this run (and folders inside them), and the default export folder — the last
 * folder picked, remembered by the main process in the user-data folder, so the export dialog's
 * remembered folder keeps working after a restart. A renderer cannot add to the list: a folder typed
 * into the dialog, or named by a compromised page, is refused with a sentence saying what to do.
 * (The core separately refuses relative folders and impossible names: core/handlers/export-folder.ts.)
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, posix, win32 } from 'node:path';
import type { Result } from '../shared/result';

/** The answer to an export into a folder that was not picked. */
export const FOLDER_NOT_PICKED: Result<never> = {
  ok: false,
  error: {
    code: 'invalid_input',
    message: 'Copydesk exports only into a folder chosen with “Choose folder…”. Choose the folder again and export.',
  },
};

/** Folders allowed for exports in this run of the app. */
export class ExportFolders {
  private readonly picked: string[] = [];
  private readonly path: typeof posix;
  private readonly caseInsensitive: boolean;

  /**
   * @param platform decides path syntax and case (Windows and macOS file systems ignore case)
   * @param defaultFolder the remembered default export folder, if any
   * @param remember called with each newly picked folder (to keep it as the default)
   */
  constructor(
    private readonly options: { platform: NodeJS.Platform; defaultFolder?: string | null; remember?: (dir: string) => void },
  ) {
    this.path = options.platform === 'win32' ? win32 : posix;
    this.caseInsensitive = options.platform === 'win32' || options.platform === 'darwin';
    if (options.defaultFolder && this.path.isAbsolute(options.defaultFolder)) this.picked.push(this.path.resolve(options.defaultFolder));
  }

  /** Records a folder the person picked in the folder dialog; it becomes the default export folder. */
  allow(dir: string): void {
    if (!this.path.isAbsolute(dir)) return;
    const folder = this.path.resolve(dir);
    if (!this.picked.includes(folder)) this.picked.push(folder);
    this.options.remember?.(folder);
  }

  /** May an export be written into `dir`? It must be a picked folder or inside one. */
  isAllowed(dir: unknown): boolean {
    if (typeof dir !== 'string' || dir.includes('\0') || !this.path.isAbsolute(dir)) return false;
    const fold = (p: string) => (this.caseInsensitive ? p.toLowerCase() : p);
    const target = fold(this.path.resolve(dir));
    return this.picked.some((picked) => {
      const rel = this.path.relative(fold(picked), target);
      return rel === '' || (rel !== '..' && !rel.startsWith(`..${this.path.sep}`) && !this.path.isAbsolute(rel));
    });
  }
}

/**
 * The folder an operation's input asks to write into, for the operations that write into one:
 * `export:toFolder` and `export:reportPdf` always, `export:claimsCsv` when it has a `dir`.
 * Answers undefined for operations that write no folder (and for a claims CSV to download).
 */
export function requestedFolder(channel: string, input: unknown): { dir: unknown } | undefined {
  if (channel !== 'export:toFolder' && channel !== 'export:claimsCsv' && channel !== 'export:reportPdf') return undefined;
  const dir = typeof input === 'object' && input !== null ? (input as { dir?: unknown }).dir : undefined;
  if (channel === 'export:claimsCsv' && dir === undefined) return undefined;
  return { dir };
}

/** The remembered default export folder in `file` (JSON `{ "dir": "/abs/path" }`); null when none or unreadable. */
export function loadDefaultExportFolder(file: string): string | null {
  try {
    const value: unknown = JSON.parse(readFileSync(file, 'utf8'));
    const dir = typeof value === 'object' && value !== null ? (value as { dir?: unknown }).dir : undefined;
    return typeof dir === 'string' && isAbsolute(dir) ? dir : null;
  } catch {
    return null;
  }
}

/** Remembers `dir` as the default export folder in `file`, atomically. Failures are logged, never thrown. */
export function saveDefaultExportFolder(file: string, dir: string): void {
  try {
    mkdirSync(dirname(file), { recursive: true });
    const temporary = `${file}.${process.pid}.tmp`;
    writeFileSync(temporary, JSON.stringify({ dir }));
    renameSync(temporary, file);
  } catch (error) {
    console.error('Could not remember the export folder:', error);
  }
}
