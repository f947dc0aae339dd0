/**
 * Who is offered what around double review. On a team server only a chief editor sees "Double
 * review…" and Adjudicate; a reviewer is told which layer they annotate in; anyone else is told
 * their work goes to the main layer; a review started elsewhere switches an open workspace's layer.
 * The library's bulk "Double review…" takes "all N matching" a chunk at a time.
 */
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import type { DoubleReviewState } from '../../../src/shared/double-review';
import { setTransportForTests } from '../../../src/renderer/api/client';
import { useDoubleReview } from '../../../src/renderer/adjudicate/useDoubleReview';
import { DoubleReviewBulk } from '../../../src/renderer/adjudicate/DoubleReviewBulk';
import { TeamSessionContext } from '../../../src/renderer/team/team-session';
import type { TeamMember } from '../../../src/renderer/team/team-client';
import { cleanup, click, render, settle, typeInto, waitFor } from '../app/render';

afterEach(cleanup);

const REVIEW = { documentId: 'd1', reviewerA: 'Ana Ortiz', reviewerB: 'Ben Okafor', startedBy: 'Ada Chief', startedAt: '', finishedBy: null, finishedAt: null };

function asMember(role: TeamMember['role'], ui: ReactNode, displayName = 'Someone') {
  const user: TeamMember = { id: 'u1', login: 'u', displayName, role, isAdmin: false };
  return <TeamSessionContext.Provider value={{ user, signOut: () => {} }}>{ui}</TeamSessionContext.Provider>;
}

/** Answers doubleReview:get with `state()` and library:version with `version()`. */
function serve(state: () => DoubleReviewState, version: () => string = () => 'v1') {
  setTransportForTests(async (name) => {
    if (name === 'doubleReview:get') return { ok: true, value: state() };
    if (name === 'library:version') return { ok: true, value: { version: version() } };
    if (name === 'documents:assignees') return { ok: true, value: { names: ['Ana Ortiz', 'Ben Okafor'], me: 'Ada Chief', assignOthers: true } };
    return { ok: false, error: { code: 'unknown_operation', message: name } };
  });
}

/** The workspace's two places: the document bar (holding the offer) and the strip above the text. */
function Workspace({ onLayerChanged }: { onLayerChanged: () => void }) {
  const { strip, offer } = useDoubleReview({ documentId: 'd1', onAdjudicate: () => {}, onLayerChanged });
  return (
    <>
      <header>{offer}</header>
      {strip}
    </>
  );
}
const bar = (props: { onLayerChanged?: () => void } = {}) => <Workspace onLayerChanged={props.onLayerChanged ?? (() => {})} />;
const strips = () => document.querySelectorAll('[role="region"]').length;
const buttons = () => [...document.querySelectorAll('button')].map((b) => b.textContent);

describe('the double-review strip', () => {
  it('offers an editor on a team server neither “Double review…” nor Adjudicate', async () => {
    serve(() => ({ review: null, layer: null }));
    await render(asMember('editor', bar()));
    await settle(20);
    expect(buttons()).toEqual([]);

    cleanup();
    serve(() => ({ review: REVIEW, layer: null }));
    await render(asMember('fact-checker', bar()));
    await waitFor(() => expect(document.body.textContent).toContain('In double review by Ana Ortiz and Ben Okafor.'));
    expect(document.body.textContent).toContain('you see and annotate the document’s main layer');
    expect(buttons()).toEqual([]);
  });

  it('offers a chief editor both, and the desktop’s one user too', async () => {
    serve(() => ({ review: null, layer: null }));
    await render(asMember('chief', bar()));
    await waitFor(() => expect(buttons()).toEqual(['Double review…']));
    // Offered in the document bar: a document not in double review spends no strip on it.
    expect(document.querySelector('header')!.textContent).toBe('Double review…');
    expect(strips()).toBe(0);
    // The form suggests the team's people: a layer belongs to the exact name an account records.
    await click(document.querySelector('button'));
    const input = document.querySelector<HTMLInputElement>('input[required]')!;
    await waitFor(() => expect([...document.querySelectorAll(`datalist[id="${input.getAttribute('list')}"] option`)].map((o) => o.getAttribute('value'))).toEqual(['Ana Ortiz', 'Ben Okafor']));

    cleanup();
    serve(() => ({ review: REVIEW, layer: null }));
    await render(bar()); // no team session: this computer
    await waitFor(() => expect(buttons()).toEqual(['Adjudicate']));
  });

  it('tells a reviewer the name they annotate as', async () => {
    serve(() => ({ review: REVIEW, layer: 'b' }));
    await render(asMember('editor', bar(), 'Ben Okafor'));
    await waitFor(() => expect(document.body.textContent).toContain('you annotate as Ben Okafor (reviewer B)'));
    expect(buttons()).toEqual([]);
  });

  it('reloads the open workspace when a review started elsewhere makes it a reviewer’s', async () => {
    let state: DoubleReviewState = { review: null, layer: null };
    let version = 'v1';
    serve(() => state, () => version);
    let reloads = 0;
    await render(asMember('editor', bar({ onLayerChanged: () => reloads++ }), 'Ana Ortiz'));
    await settle(50);
    expect(reloads).toBe(0);
    state = { review: REVIEW, layer: 'a' };
    version = 'v2';
    await waitFor(() => expect(document.body.textContent).toContain('you annotate as Ana Ortiz'), 5000);
    expect(reloads).toBe(1);
  });
});

describe('bulk double review', () => {
  it('starts “all N matching” a chunk at a time and says how many were left as they were', async () => {
    const calls: Array<{ afterSeq?: number; selection: unknown }> = [];
    setTransportForTests(async (name, input) => {
      if (name !== 'doubleReview:startMany') return { ok: false, error: { code: 'unknown_operation', message: name } };
      const i = input as { afterSeq?: number; selection: unknown };
      calls.push(i);
      const first = (i.afterSeq ?? 0) === 0;
      return { ok: true, value: first ? { started: 249, skipped: 1, nextSeq: 250 } : { started: 50, skipped: 0, nextSeq: null } };
    });
    const toasts: string[] = [];
    const selection = { filter: { query: 'harbin' }, except: ['x1'] };
    await render(asMember('chief', <DoubleReviewBulk selection={selection} count={300} onDone={(m) => toasts.push(m)} />));
    await click(document.querySelector('button'));
    await typeInto(document.querySelector('input[aria-label="Reviewer A"]')!, 'Ana');
    await typeInto(document.querySelector('input[aria-label="Reviewer B"]')!, 'Ben');
    expect(buttons()[0]).toBe('Start on 300 documents');
    await click(document.querySelector('button[type="submit"]'));
    await waitFor(() => expect(toasts).toEqual(['299 documents set to double review by Ana and Ben. 1 document already in double review was left as it was.']));
    expect(calls.map((c) => [c.afterSeq, JSON.stringify(c.selection)])).toEqual([
      [0, JSON.stringify(selection)],
      [250, JSON.stringify(selection)],
    ]);
  });

  it('is not offered to an editor on a team server', async () => {
    await render(asMember('editor', <DoubleReviewBulk selection={{ ids: ['d1'] }} count={1} onDone={() => {}} />));
    expect(buttons()).toEqual([]);
  });
});
