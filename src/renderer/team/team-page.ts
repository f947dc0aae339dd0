/** Did a team server serve this page? It marks the page (src/team/team-index.ts): the session is then a cookie. */
export function isTeamPage(): boolean {
  return typeof document !== 'undefined' && document.querySelector('meta[name="copydesk-server"][content="team"]') !== null;
}
