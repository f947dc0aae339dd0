/**
 * The app's page as a team server serves it: the built `index.html` with one marker added,
 * `<meta name="copydesk-server" content="team">`, so the renderer knows at once — before any request
 * — that it must show the sign-in page rather than the app when nobody is signed in.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';

export const TEAM_MARKER = '<meta name="copydesk-server" content="team">';

/** `html` with the team marker at the start of its head. */
export function markAsTeamPage(html: string): string {
  const head = /<head[^>]*>/i.exec(html);
  if (!head) return TEAM_MARKER + html;
  const at = head.index + head[0].length;
  return html.slice(0, at) + TEAM_MARKER + html.slice(at);
}

/** Is `path` the app's page? */
export function isIndexPath(path: string): boolean {
  return path === '/' || path === '/index.html';
}

/** Answers a GET or HEAD of the app's page from `rendererDir`, marked. */
export async function serveTeamIndex(rendererDir: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const body = Buffer.from(markAsTeamPage(await readFile(join(rendererDir, 'index.html'), 'utf8')), 'utf8');
  res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Length': String(body.length), 'Cache-Control': 'no-cache' });
  res.end(req.method === 'HEAD' ? undefined : body);
}
