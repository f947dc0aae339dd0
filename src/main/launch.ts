/**
 * What a launch of Copydesk asks for, beyond the library: files to import (double-clicked, "Open
 * with", dropped on the dock icon, passed on the command line) and `copydesk://` links to a document
 * or an annotation. The same rules read the first launch's argv, a second launch's argv (passed to the
 * running app through 'second-instance') and macOS's 'open-file' / 'open-url' events.
 * Pure functions: unit-tested without Electron.
 */
import { posix, win32 } from 'node:path';
import { parseShellArgs } from './argv';
import { LINK_SCHEME } from './identity';

/** Where a link leads: a document, optionally one annotation in it. */
export interface LinkTarget {
  documentId: string;
  annotationId?: string;
}

/** What one launch asks for. */
export interface LaunchRequest {
  /** `--db PATH`, made absolute against the launch's working folder. */
  dbPath?: string;
  /** Absolute paths of files to import, in the order given. */
  files: string[];
  /** Links to open (the last one wins when several are given). */
  links: LinkTarget[];
  /** `copydesk:` addresses that lead nowhere, kept to say so. */
  badLinks: string[];
}

/** An id as the app makes them (UUIDs, nanoid-like): letters, digits, `-` and `_`, at most 200 characters. */
const ID = /^[A-Za-z0-9_-]{1,200}$/;

function decodeId(part: string | undefined): string | null {
  if (part === undefined) return null;
  try {
    const id = decodeURIComponent(part);
    return ID.test(id) ? id : null;
  } catch {
    return null;
  }
}

/**
 * Reads `copydesk://doc/<id>` and `copydesk://doc/<id>/annotation/<annotationId>` (a trailing slash,
 * a query or a hash are ignored); null for anything else, including other schemes.
 */
export function parseCopydeskLink(value: string): LinkTarget | null {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return null;
  }
  if (url.protocol !== `${LINK_SCHEME}:` || url.host !== 'doc' || url.username || url.password || url.port) return null;
  const parts = url.pathname.split('/').filter((part) => part !== '');
  const documentId = decodeId(parts[0]);
  if (!documentId) return null;
  if (parts.length === 1) return { documentId };
  const annotationId = parts.length === 3 && parts[1] === 'annotation' ? decodeId(parts[2]) : null;
  return annotationId ? { documentId, annotationId } : null;
}

/** The link to a document or an annotation: what "Copy link" copies in the desktop app. */
export function copydeskLink(target: LinkTarget): string {
  const doc = `${LINK_SCHEME}://doc/${encodeURIComponent(target.documentId)}`;
  return target.annotationId ? `${doc}/annotation/${encodeURIComponent(target.annotationId)}` : doc;
}

/** The renderer's route for a link (src/renderer/app/route.ts: `#/doc/<id>` or `#/doc/<id>/a/<annotationId>`). */
export function routeHashFor(target: LinkTarget): string {
  const doc = `#/doc/${encodeURIComponent(target.documentId)}`;
  return target.annotationId ? `${doc}/a/${encodeURIComponent(target.annotationId)}` : doc;
}

/** Is `arg` a `copydesk:` address (well formed or not)? */
function isLinkArgument(arg: string): boolean {
  return arg.toLowerCase().startsWith(`${LINK_SCHEME}:`);
}

/**
 * Reads a launch's arguments (`argv` without the executable and, when not packaged, without the app
 * folder Electron was started with). Options are the shell's (`--db`, `--max-import-mb`); any other
 * `-`-prefixed argument is Electron's or Chromium's and ignored; what remains are files (relative to
 * `cwd`, the launch's working folder) and links. A malformed option throws the RangeError of parseShellArgs.
 */
export function parseLaunchArguments(args: readonly string[], cwd: string, platform: NodeJS.Platform = process.platform): LaunchRequest {
  const { isAbsolute, resolve } = platform === 'win32' ? win32 : posix;
  const shell = parseShellArgs(args);
  const request: LaunchRequest = { files: [], links: [], badLinks: [] };
  if (shell.dbPath) request.dbPath = isAbsolute(shell.dbPath) ? shell.dbPath : resolve(cwd, shell.dbPath);
  let afterDashes = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (!afterDashes && arg === '--') {
      afterDashes = true;
      continue;
    }
    if (!afterDashes && arg.startsWith('-')) {
      // `--db PATH` and `--max-import-mb N` take the next argument; `--name=value` and switches do not.
      if ((arg === '--db' || arg === '--max-import-mb') && args[i + 1] !== undefined) i++;
      continue;
    }
    if (arg === '') continue;
    if (isLinkArgument(arg)) {
      const link = parseCopydeskLink(arg);
      if (link) request.links.push(link);
      else request.badLinks.push(arg);
      continue;
    }
    request.files.push(isAbsolute(arg) ? arg : resolve(cwd, arg));
  }
  return request;
}

/**
 * The arguments of a launch's full argv: Electron passes the executable first and, when running from
 * the source tree (`electron .`), the app folder second.
 */
export function launchArguments(argv: readonly string[], isPackaged: boolean): string[] {
  return argv.slice(isPackaged ? 1 : 2);
}

/** What the running app does about a second launch. */
export interface SecondLaunchPlan {
  /** A sentence to show when the launch asked for a library other than the open one; else null. */
  otherLibrary: string | null;
  files: string[];
  link: LinkTarget | null;
  badLinks: string[];
}

/**
 * Decides what a second launch does. Copydesk keeps one library open per running app (its windows,
 * undo history and import queue belong to it), so a second launch asking for another library is told
 * so — its files and links are still handled in the open library only when it named no other one.
 */
export function planSecondLaunch(request: LaunchRequest, openLibrary: string, platform: NodeJS.Platform = process.platform): SecondLaunchPlan {
  const { resolve } = platform === 'win32' ? win32 : posix;
  const same = (a: string, b: string) => (platform === 'win32' || platform === 'darwin' ? a.toLowerCase() === b.toLowerCase() : a === b);
  if (request.dbPath && !same(resolve(request.dbPath), resolve(openLibrary))) {
    return {
      otherLibrary: `Copydesk is already running with the library ${openLibrary}. To work in ${request.dbPath}, quit Copydesk and start it again with that library.`,
      files: [],
      link: null,
      badLinks: [],
    };
  }
  return { otherLibrary: null, files: request.files, link: request.links.at(-1) ?? null, badLinks: request.badLinks };
}
