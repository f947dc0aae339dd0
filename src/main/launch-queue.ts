/**
 * Holds what launches asked for (files to import, a link to open) until the window's page has
 * loaded, then hands it over: files read and sent to the renderer's import queue, the link's route
 * sent to the page. macOS delivers 'open-file' before the app is ready, and a second launch can
 * arrive while the window is still loading, so nothing is sent before the page can take it.
 * The side effects are passed in: unit-tested without Electron.
 */
import type { OpenedFile } from '../preload/bridge-types';
import { routeHashFor, type LinkTarget } from './launch';

export interface LaunchQueueDeps {
  /** Reads files for import (opened-files.ts `readOpenedFiles`). */
  readFiles(paths: readonly string[]): Promise<OpenedFile[]>;
  /** Sends files to the page (OPEN_FILES_CHANNEL). */
  sendFiles(files: OpenedFile[]): void;
  /** Sends a route to the page (OPEN_ROUTE_CHANNEL). */
  sendRoute(hash: string): void;
  /** Tells the person something in a sentence (a native message box). */
  tell(message: string): void;
}

export class LaunchQueue {
  private files: string[] = [];
  private link: LinkTarget | null = null;
  private ready = false;
  private flushing: Promise<void> = Promise.resolve();

  constructor(private readonly deps: LaunchQueueDeps) {}

  /** Queues what a launch asked for; handed over at once when the page is ready. */
  add(request: { files?: readonly string[]; link?: LinkTarget | null; badLinks?: readonly string[] }): Promise<void> {
    for (const bad of request.badLinks ?? []) {
      this.deps.tell(`This link does not lead to a document in Copydesk: ${bad.slice(0, 200)}`);
    }
    if (request.files) this.files.push(...request.files);
    if (request.link) this.link = request.link;
    return this.flush();
  }

  /** The page finished loading (true) or went away (false: a reload, a closed window). */
  setReady(ready: boolean): Promise<void> {
    this.ready = ready;
    return this.flush();
  }

  private flush(): Promise<void> {
    this.flushing = this.flushing.then(async () => {
      if (!this.ready) return;
      try {
        if (this.link) {
          this.deps.sendRoute(routeHashFor(this.link));
          this.link = null;
        }
        if (this.files.length > 0) {
          const paths = this.files;
          this.files = [];
          this.deps.sendFiles(await this.deps.readFiles(paths));
        }
      } catch (error) {
        // The window went away mid-delivery: what was taken is dropped, the queue keeps working.
        console.error('Could not hand opened files or a link to the window:', error);
      }
    });
    return this.flushing;
  }
}
