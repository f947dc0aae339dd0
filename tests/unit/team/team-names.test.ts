/**
 * On a team server the names work is handed to must be people with an enabled account: a claim's
 * assignee, a bulk Assign's assignee and a double review's reviewers. A login or another letter case
 * is stored as the account's display name (so "My queue" and the reviewer's layer find it); a name
 * no enabled account has is refused with a sentence, and nothing is changed; a blank one unassigns.
 * An imported file's assignees are kept the same way, and one naming nobody is cleared with a warning.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { teamNameFor } from '../../../src/team/team-names';
import { startDeskServer, type DeskServer } from './desk-server';

let desk: DeskServer;
let dana: string;

/** The answer's JSON (the session cookie for a sign-in). */
async function send(path: string, body: unknown, cookie?: string): Promise<any> {
  const answer = await desk.send(path, body, cookie);
  return path === '/auth/sign-in' ? answer.cookie : answer.json;
}

async function importDocument(name: string): Promise<string> {
  const data = Buffer.from(`The ${name} story\nThe ${name} met on Tuesday and spent 4 million.`).toString('base64');
  return (await send('/api/documents:import', { name: `${name}.txt`, data }, dana)).value.document.id;
}

beforeAll(async () => {
  desk = await startDeskServer('team-names');
  dana = await desk.signIn('dana', 'dana-password-1');
}, 60_000);

afterAll(async () => {
  await desk?.close();
});

const NOBODY = (name: string, who = 'Work can be assigned only to') =>
  `No active account on this team server is called “${name}”. ${who} people with an account here: choose a name the field suggests (a display name or a login), or ask an administrator to invite them.`;

describe('names of people on a team server', () => {
  it('a claim is assigned only to an enabled account, found by display name or login in any case', async () => {
    const documentId = await importDocument('council');
    const created = await send('/api/annotations:create', { documentId, annotations: [{ kind: 'claim', start: 12, end: 30 }] }, dana);
    const annotationId = created.value.annotations[0].id;
    const assign = async (assignee: string | null) => send('/api/claims:update', { annotationId, assignee }, dana);

    expect(await assign('Jon Free-Text')).toEqual({ ok: false, error: { code: 'invalid_input', message: NOBODY('Jon Free-Text') } });
    expect((await assign('Old Hand')).error.message).toBe(NOBODY('Old Hand')); // disabled
    expect((await send('/api/claims:get', { annotationId }, dana)).value.claim.assignee).toBeNull();

    expect((await assign('MEI')).value.assignee).toBe('Mei Chen'); // a login
    expect((await assign('  sam lee ')).value.assignee).toBe('Sam Lee'); // a display name in another case
    expect((await assign('Dana Park')).value.assignee).toBe('Dana Park');
    expect((await assign(null)).value.assignee).toBeNull(); // unassigning needs no name
    await assign('mei');
    expect((await assign('   ')).value.assignee).toBeNull(); // a blank name unassigns; it is no one's queue
    expect((await send('/api/claims:get', { annotationId }, dana)).value.claim.assignee).toBeNull();
    // The claims desk's "mine" finds what was assigned by login.
    await assign('sam');
    const sam = await send('/auth/sign-in', { login: 'sam', password: 'sam-password-12' });
    expect((await send('/api/claims:page', { mine: true }, sam)).value.rows.map((r: { annotation: { id: string } }) => r.annotation.id)).toEqual([annotationId]);
  }, 60_000);

  it('a bulk Assign names an enabled account, or changes no document', async () => {
    const ids = [await importDocument('harbour'), await importDocument('budget')];
    const bulk = (assignee: string) => send('/api/documents:bulk', { selection: { ids }, action: { kind: 'assign', assignee } }, dana);
    expect((await bulk('Ghost Writer')).error).toEqual({ code: 'invalid_input', message: NOBODY('Ghost Writer') });
    const page = async () => (await send('/api/documents:page', { assignee: 'Mei Chen' }, dana)).value.total;
    expect(await page()).toBe(0);
    expect((await bulk('mei')).value.done).toBe(2);
    expect(await page()).toBe(2);
  }, 60_000);

  it('a double review’s reviewers are enabled accounts, stored by display name', async () => {
    const documentId = await importDocument('ferry');
    const start = (reviewerA: string, reviewerB: string) => send('/api/doubleReview:start', { documentIds: [documentId], reviewerA, reviewerB }, dana);
    expect((await start('mei', 'Nobody Known')).error.message).toBe(NOBODY('Nobody Known', 'A double review’s reviewers must be'));
    expect((await send('/api/doubleReview:get', { documentId }, dana)).value.review).toBeNull();
    const many = await send('/api/doubleReview:startMany', { selection: { ids: [documentId] }, reviewerA: 'Old Hand', reviewerB: 'sam' }, dana);
    expect(many.error.message).toBe(NOBODY('Old Hand', 'A double review’s reviewers must be'));

    expect((await start('mei', 'SAM')).ok).toBe(true);
    const mei = await send('/auth/sign-in', { login: 'mei', password: 'mei-password-12' });
    expect((await send('/api/doubleReview:get', { documentId }, mei)).value).toMatchObject({ review: { reviewerA: 'Mei Chen', reviewerB: 'Sam Lee' }, layer: 'a' });
  }, 60_000);

  it('someone invited but not signed up yet can be handed work under the invite’s name, and finds it on signing up', async () => {
    const invited = await send('/admin/invite', { login: 'kim', displayName: 'Kim Lee', role: 'editor' }, dana);
    expect(invited.ok).toBe(true);
    const documentId = await importDocument('pier');
    const started = await send('/api/doubleReview:start', { documentIds: [documentId], reviewerA: 'kim', reviewerB: 'Mei Chen' }, dana);
    expect(started.ok).toBe(true);
    const token = String(invited.value.link).split('#/invite/')[1];
    const kim = (await desk.send('/auth/accept', { token, password: 'kim-password-12' })).cookie;
    expect((await send('/api/doubleReview:get', { documentId }, kim)).value).toMatchObject({ review: { reviewerA: 'Kim Lee' }, layer: 'a' });
  }, 60_000);
});

/** A Copydesk JSON file whose document is assigned to `documentAssignee` and its two claims to `claimAssignees`. */
function copydeskFile(title: string, documentAssignee: string | null, claimAssignees: [string | null, string | null]): string {
  const sentences = [`The ${title} board spent 4 million.`, `The ${title} chair resigned on Friday.`];
  const text = `${title}\n${sentences.join(' ')}`;
  const annotations = sentences.map((quote, i) => ({ id: `${title}-claim-${i}`, kind: 'claim', start: text.indexOf(quote), end: text.indexOf(quote) + quote.length, quote }));
  const claims = annotations.map((a, i) => ({ annotationId: a.id, status: 'unverified', assignee: claimAssignees[i] }));
  const file = { format: 'copydesk', version: 1, document: { title, assignee: documentAssignee, text }, annotations, claims };
  return Buffer.from(JSON.stringify(file)).toString('base64');
}

const LEFT_UNASSIGNED = (names: string) => `Work assigned to ${names} was left unassigned: no active account here has ${names.includes(' or ') ? 'those names' : 'that name'}.`;

describe('names in an imported file on a team server', () => {
  const assigneesOf = async (documentId: string) => {
    const bundle = (await send('/api/documents:bundle', { id: documentId }, dana)).value;
    const claims = bundle.claims.slice().sort((a: { annotationId: string }, b: { annotationId: string }) => a.annotationId.localeCompare(b.annotationId));
    return { document: bundle.document.assignee, claims: claims.map((c: { assignee: string | null }) => c.assignee) };
  };

  it('keeps the assignees with an enabled account, as their display names, and clears a stranger with a warning', async () => {
    const imported = await send('/api/documents:import', { name: 'harbour.copydesk.json', data: copydeskFile('harbour', 'Jon Stranger', ['mei', 'Jon Stranger']) }, dana);
    expect(imported.ok).toBe(true);
    expect(imported.value.warnings).toEqual([LEFT_UNASSIGNED('“Jon Stranger”')]);
    expect(await assigneesOf(imported.value.document.id)).toEqual({ document: null, claims: ['Mei Chen', null] });
  }, 60_000);

  it('does the same for every file of a batch, a disabled account being no one to hand work to', async () => {
    const batch = await send('/api/documents:importMany', {
      files: [
        { name: 'ferry.copydesk.json', data: copydeskFile('ferry', 'SAM', ['Old Hand', 'dana park']) },
        { name: 'school.copydesk.json', data: copydeskFile('school', 'Ghost', [null, 'Nobody']) },
      ],
    }, dana);
    const [ferry, school] = batch.value.results;
    expect(ferry.warnings).toEqual([LEFT_UNASSIGNED('“Old Hand”')]);
    expect(await assigneesOf(ferry.document.id)).toEqual({ document: 'Sam Lee', claims: [null, 'Dana Park'] });
    expect(school.warnings).toEqual([LEFT_UNASSIGNED('“Ghost” or “Nobody”')]);
    expect(await assigneesOf(school.document.id)).toEqual({ document: null, claims: [null, null] });
  }, 60_000);
});

describe('teamNameFor', () => {
  const team = [
    { login: 'ana', displayName: 'Ana Lima' },
    { login: 'al', displayName: 'ana lima' },
  ];
  it('prefers the exact display name, then a login, and refuses a case-folded name two accounts share', () => {
    expect(teamNameFor('ana lima', team, 'assignee')).toBe('ana lima');
    expect(teamNameFor('AL', team, 'assignee')).toBe('ana lima');
    expect(teamNameFor('ANA', team, 'assignee')).toBe('Ana Lima');
    expect(() => teamNameFor('ANA LIMA', team, 'assignee')).toThrow('More than one account is called “ANA LIMA”');
  });
});
