/**
 * Where the team server may listen and which names it answers to.
 *
 * It listens on loopback by default and refuses any other address unless `--public` is given: the
 * server speaks plain HTTP, and passwords and session cookies must cross the network only inside
 * TLS, which a reverse proxy in front provides (README: Caddy and nginx). A proxy on the same
 * machine reaches the loopback address, so `--public` is for a proxy on another machine.
 *
 * Requests must name one of our hosts (a DNS-rebinding defence) and a browser's Origin must be one
 * of ours (with SameSite=Strict cookies and JSON-only requests, the CSRF defence).
 */
import { isIP } from 'node:net';
import { allowedHosts } from '../web/guards';

/** Is `host` (an address or a name) a loopback address? */
export function isLoopback(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, '').toLowerCase();
  if (h === 'localhost') return true;
  if (isIP(h) === 4) return h.startsWith('127.');
  return h === '::1';
}

/** Why the server may not listen on `host`, as a sentence; null when it may. */
export function listenRefusal(host: string, allowPublic: boolean): string | null {
  if (isLoopback(host) || allowPublic) return null;
  return (
    `refusing to listen on ${host}, which is not a loopback address: the team server speaks plain HTTP, ` +
    'so passwords and sessions would cross the network unencrypted. Put a TLS reverse proxy in front ' +
    '(README: Caddy or nginx) and give --public (with --url) if the proxy runs on another machine.'
  );
}

/** The Host header values and Origins the server answers to. */
export interface Audience {
  hosts: string[];
  origins: string[];
}

/**
 * The hosts and origins for a server listening on `host:port`, reached directly on loopback and,
 * when `publicUrl` is given (`https://desk.example.org`), through that address.
 */
export function audienceFor(host: string, port: number, publicUrl?: URL): Audience {
  const hosts = new Set<string>(isLoopback(host) ? allowedHosts(port) : []);
  if (isLoopback(host) && isIP(host) !== 0) hosts.add(host.includes(':') ? `[${host}]:${port}` : `${host}:${port}`);
  const origins = new Set([...hosts].map((h) => `http://${h}`));
  if (publicUrl) {
    hosts.add(publicUrl.host.toLowerCase());
    origins.add(publicUrl.origin.toLowerCase());
  }
  return { hosts: [...hosts], origins: [...origins] };
}

/** Does the Host header name one of ours? */
export function isOurHost(host: string | undefined, audience: Audience): boolean {
  return host !== undefined && audience.hosts.includes(host.toLowerCase());
}

/** Is the Origin header absent (not a cross-origin browser request) or one of ours? */
export function isOurOrigin(origin: string | undefined, audience: Audience): boolean {
  return origin === undefined || audience.origins.includes(origin.toLowerCase());
}
