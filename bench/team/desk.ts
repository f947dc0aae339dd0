/**
 * The desk `npm run bench:team` simulates: N reviewer accounts (chief editors, the one role that may
 * both annotate and work claims) created through the accounts repository, each signed in over HTTP,
 * and the shared work — documents imported through the API and claims marked on them.
 */
import { randomBytes } from 'node:crypto';
import type pg from 'pg';
import { Accounts } from '../../src/team/accounts';
import { TeamClient, type ApiCaller } from './client';
import type { SharedDocument } from './reviewer';

/** A reviewer's account and signed-in client. */
export interface BenchReviewer {
  login: string;
  name: string;
  client: TeamClient;
}

/** The shared work: documents to annotate and the claims on them, with each claim's version. */
export interface SharedWork {
  documents: SharedDocument[];
  claims: Array<{ id: string; version: string }>;
}

/**
 * Creates `n` accounts named after `tag` (unique per run, so a database used before still works)
 * and signs each in. Hashing is cheaper than the server's default: these passwords are random,
 * used once and never shown, and 20 default-cost hashes would take most of a minute on two cores.
 */
export async function signInReviewers(pool: pg.Pool, origin: URL, n: number, tag: string): Promise<BenchReviewer[]> {
  const accounts = new Accounts({ pool, cost: { logN: 10, r: 8, p: 1 } });
  const reviewers: BenchReviewer[] = [];
  for (let i = 1; i <= n; i++) {
    const login = `bench-${tag}-${String(i).padStart(2, '0')}`;
    const password = randomBytes(18).toString('base64url');
    const user = await accounts.createUser({ login, displayName: `Reviewer ${i} (${tag})`, role: 'chief', isAdmin: false }, password);
    const client = new TeamClient(origin);
    await client.signIn(login, password);
    reviewers.push({ login, name: user.displayName, client });
  }
  return reviewers;
}

async function call<T>(client: ApiCaller, operation: string, input: unknown): Promise<T> {
  const reply = await client.call(operation, input);
  if (!reply.body?.ok) throw new Error(`${operation}: ${reply.body ? reply.body.error.message : (reply.failure ?? `HTTP ${reply.status}`)}`);
  return reply.body.value as T;
}

/**
 * A wire story of about `chars` characters (3,000 by default, a news article's length), different
 * for each `tag` and `n` (the same text twice would be skipped as a duplicate).
 */
export function storyText(tag: string, n: number, chars = 3000): string {
  const lines = [`Regional economy report ${n} (${tag})`];
  for (let i = 0, length = lines[0].length; length < chars; i++) {
    const line = `Paragraph ${i + 1}: the port of Dalian handled ${2 + ((n + i) % 7)}.${i % 10} million containers in the first half, up ${5 + (i % 9)} per cent, the authority said on Monday.`;
    lines.push(line);
    length += line.length + 1;
  }
  return lines.join('\n');
}

/**
 * Imports `documents` stories and marks `claimsPerDocument` claims on each, as the first reviewer
 * (suggestions on import are turned off first, so the library holds only the bench's own work).
 */
export async function prepareSharedWork(client: ApiCaller, tag: string, documents: number, claimsPerDocument: number, chars?: number): Promise<SharedWork> {
  await call(client, 'suggestions:setSettings', { suggestOnImport: false });
  const work: SharedWork = { documents: [], claims: [] };
  for (let n = 1; n <= documents; n++) {
    const text = storyText(tag, n, chars);
    const imported = await call<{ status: string; document?: { id: string } }>(client, 'documents:import', {
      name: `bench-${tag}-${n}.txt`,
      data: Buffer.from(text).toString('base64'),
    });
    if (imported.status !== 'imported' || !imported.document) throw new Error(`documents:import: story ${n} was ${imported.status}`);
    const id = imported.document.id;
    const length = (await call<{ text: string }>(client, 'documents:get', { id })).text.length;
    const step = Math.floor(length / claimsPerDocument);
    const created = await call<{ claims: Array<{ annotationId: string; updatedAt: string }> }>(client, 'annotations:create', {
      documentId: id,
      annotations: Array.from({ length: claimsPerDocument }, (_, i) => ({ kind: 'claim', start: i * step, end: i * step + Math.min(60, step - 1) })),
    });
    work.documents.push({ id, length });
    for (const claim of created.claims) work.claims.push({ id: claim.annotationId, version: claim.updatedAt });
  }
  return work;
}
