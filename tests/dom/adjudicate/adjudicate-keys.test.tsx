/**
 * The adjudication view's keys: A, B and X decide the current difference and move on, ] and [
 * walk the differences, Ctrl+Z takes the last decision back, and a key typed in a field is text.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { agreementOf } from '../../../src/shared/agreement';
import { differenceKey, type Adjudication, type AdjudicationView } from '../../../src/shared/double-review';
import type { Annotation } from '../../../src/shared/types';
import { setTransportForTests } from '../../../src/renderer/api/client';
import { AdjudicateView } from '../../../src/renderer/adjudicate/AdjudicateView';
import { cleanup, press, render, waitFor } from '../app/render';

const TEXT = 'Harbin, March 3 — Officials met the Harbin Electric Power Group.';

function span(id: string, quote: string, label: string): Annotation {
  const start = TEXT.indexOf(quote);
  return { id, documentId: 'd1', kind: 'entity', label, start, end: start + quote.length, quote, prefix: '', suffix: '', attrs: {}, origin: 'manual', orphaned: false, createdBy: 'x', createdAt: '', updatedAt: '' };
}

/** A double review of one document, answering the adjudication operations as the core does. */
class FakeReview {
  a = [span('a1', 'Harbin', 'PLACE'), span('a2', 'Harbin Electric Power Group', 'ORG')];
  b = [span('b1', 'Harbin', 'PERSON'), span('b2', 'March 3', 'DATE'), span('b3', 'Harbin Electric Power Group', 'ORG')];
  decisions: Adjudication[] = [];
  calls: string[] = [];
  loads = 0;

  view(): AdjudicationView {
    return {
      review: { documentId: 'd1', reviewerA: 'Ana', reviewerB: 'Ben', startedBy: 'Chief', startedAt: '', finishedBy: null, finishedAt: null },
      document: { id: 'd1', title: 'Harbin', text: TEXT },
      a: this.a,
      b: this.b,
      agreement: agreementOf(TEXT, this.a, this.b),
      decisions: this.decisions,
    };
  }

  install(): this {
    setTransportForTests(async (name, input) => {
      const i = input as { difference: string; choice: Adjudication['choice'] };
      if (name === 'doubleReview:adjudication') {
        this.loads++;
        return { ok: true, value: this.view() };
      }
      if (name === 'labels:list') return { ok: true, value: [] };
      if (name === 'doubleReview:decide') {
        this.calls.push(`${i.choice} ${i.difference}`);
        this.decisions = [...this.decisions.filter((d) => d.difference !== i.difference), { documentId: 'd1', difference: i.difference, choice: i.choice, annotationId: null, decidedBy: 'Chief', decidedAt: '' }];
        return { ok: true, value: this.decisions[this.decisions.length - 1] };
      }
      if (name === 'doubleReview:undo') {
        this.calls.push(`undo ${i.difference}`);
        this.decisions = this.decisions.filter((d) => d.difference !== i.difference);
        return { ok: true, value: { undone: true } };
      }
      return { ok: false, error: { code: 'unknown_operation', message: name } };
    });
    return this;
  }
}

let fake: FakeReview;
beforeEach(() => {
  fake = new FakeReview().install();
});
afterEach(cleanup);

const heading = () => document.querySelector('[aria-label="Current difference"] h3')?.textContent ?? '';

describe('adjudication keys', () => {
  it('A, B and X decide the current difference and move to the next undecided one', async () => {
    await render(<AdjudicateView documentId="d1" onClose={() => {}} />);
    await waitFor(() => expect(heading()).toMatch(/^Difference 1 of 2: same range, different label/));
    const [harbin, march] = agreementOf(TEXT, fake.a, fake.b).differences;
    expect(document.querySelector('dd[data-side="a"]')!.textContent).toBe('PLACE: “Harbin”');
    expect(document.querySelector('dd[data-side="b"]')!.textContent).toBe('PERSON: “Harbin”');

    await press(document.body, 'b');
    await waitFor(() => expect(heading()).toMatch(/^Difference 2 of 2: only B marked this/));
    expect(fake.calls).toEqual([`b ${differenceKey(harbin)}`]);

    await press(document.body, 'x');
    await waitFor(() => expect(fake.calls).toEqual([`b ${differenceKey(harbin)}`, `none ${differenceKey(march)}`]));
    await waitFor(() => expect(document.body.textContent).toContain('0 of 2 differences left'));
    expect(fake.loads).toBe(1); // a decision is taken in place: the document is not fetched again per key
  });

  it('] and [ walk the differences; Ctrl+Z takes back the last decision', async () => {
    await render(<AdjudicateView documentId="d1" onClose={() => {}} />);
    await waitFor(() => expect(heading()).toMatch(/^Difference 1 of 2/));
    await press(document.body, ']');
    await waitFor(() => expect(heading()).toMatch(/^Difference 2 of 2/));
    await press(document.body, ']');
    expect(heading()).toMatch(/^Difference 2 of 2/); // stays on the last
    await press(document.body, '[');
    await waitFor(() => expect(heading()).toMatch(/^Difference 1 of 2/));

    await press(document.body, 'a');
    await waitFor(() => expect(document.body.textContent).toContain('1 of 2 differences left'));
    await press(document.body, 'z', { ctrlKey: true });
    await waitFor(() => expect(document.body.textContent).toContain('2 of 2 differences left'));
    expect(fake.calls[1]).toMatch(/^undo entity:a1:b1$/);
    expect(heading()).toMatch(/^Difference 1 of 2/);
  });

  it('a key typed in a field is not a decision', async () => {
    await render(
      <>
        <input aria-label="note" />
        <AdjudicateView documentId="d1" onClose={() => {}} />
      </>,
    );
    await waitFor(() => expect(heading()).toMatch(/^Difference 1 of 2/));
    await press(document.querySelector('input[aria-label="note"]')!, 'a');
    await press(document.body, 'q');
    expect(fake.calls).toEqual([]);
  });
});
