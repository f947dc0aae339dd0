/**
 * The adjudication view shows both reviewers' layers side by side, painted in the editor's label
 * classes; the current difference is marked on both sides (absent where a reviewer has nothing) and
 * scrolled into view as ] and [ move; on a long document only the passages near it are rendered.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { agreementOf } from '../../../src/shared/agreement';
import type { AdjudicationView } from '../../../src/shared/double-review';
import type { Annotation, Label } from '../../../src/shared/types';
import { setTransportForTests } from '../../../src/renderer/api/client';
import { AdjudicateView } from '../../../src/renderer/adjudicate/AdjudicateView';
import { RADIUS, SideBySide } from '../../../src/renderer/adjudicate/SideBySide';
import { cleanup, press, render, waitFor } from '../app/render';

const TEXT = 'Harbin, March 3 — Officials met the Harbin Electric Power Group.\nA second line nobody tagged.';
const LABELS: Label[] = [
  { id: 'l1', name: 'PERSON', kind: 'entity', color: '#ffc9c9', hotkey: '1', position: 0 },
  { id: 'l3', name: 'PLACE', kind: 'entity', color: '#b2f2bb', hotkey: '3', position: 2 },
];

function span(id: string, text: string, quote: string, label: string, occurrence = 0): Annotation {
  let start = text.indexOf(quote);
  for (let i = 0; i < occurrence; i++) start = text.indexOf(quote, start + 1);
  return { id, documentId: 'd1', kind: 'entity', label, start, end: start + quote.length, quote, prefix: '', suffix: '', attrs: {}, origin: 'manual', orphaned: false, createdBy: 'x', createdAt: '', updatedAt: '' };
}

const A = [span('a1', TEXT, 'Harbin', 'PLACE'), span('a2', TEXT, 'Harbin Electric Power Group', 'ORG')];
const B = [span('b1', TEXT, 'Harbin', 'PERSON'), span('b2', TEXT, 'March 3', 'DATE'), span('b3', TEXT, 'Harbin Electric Power Group', 'ORG')];

function view(): AdjudicationView {
  return {
    review: { documentId: 'd1', reviewerA: 'Ana', reviewerB: 'Ben', startedBy: 'Chief', startedAt: '', finishedBy: null, finishedAt: null },
    document: { id: 'd1', title: 'Harbin', text: TEXT },
    a: A,
    b: B,
    agreement: agreementOf(TEXT, A, B),
    decisions: [],
  };
}

const side = (name: 'a' | 'b') => document.querySelector(`[aria-label="Both layers side by side"] .current [data-side="${name}"]`)!;
const current = (name: 'a' | 'b') => side(name).querySelector('.adjudicate-current') as HTMLElement | null;

let scrolled: Element[];
beforeEach(() => {
  scrolled = [];
  Element.prototype.scrollIntoView = vi.fn(function (this: Element) {
    scrolled.push(this);
  });
  setTransportForTests(async (name) => {
    if (name === 'doubleReview:adjudication') return { ok: true, value: view() };
    if (name === 'labels:list') return { ok: true, value: LABELS };
    return { ok: false, error: { code: 'unknown_operation', message: name } };
  });
});
afterEach(cleanup);

describe('side-by-side layers', () => {
  it('paints each reviewer’s own annotations in the editor’s label classes, read-only', async () => {
    await render(<AdjudicateView documentId="d1" onClose={() => {}} />);
    await waitFor(() => expect(side('a')).toBeTruthy());
    const painted = (name: 'a' | 'b') =>
      [...side(name).querySelectorAll('span[class*="cd-entity-"]')].map((el) => `${el.className.match(/cd-entity-[A-Z]+/)![0]} ${el.textContent}`);
    expect(painted('a')).toContain('cd-entity-PLACE Harbin');
    expect(painted('a')).not.toContain('cd-entity-DATE March 3'); // B's alone
    expect(painted('b')).toContain('cd-entity-PERSON Harbin');
    expect(painted('b')).toContain('cd-entity-DATE March 3');
    expect(side('a').classList.contains('cd-editor')).toBe(true);
    expect(side('a').closest('[contenteditable="true"]')).toBeNull();
    expect(side('a').textContent).toContain('Officials met the');
    expect(document.body.textContent).not.toContain('A second line nobody tagged'); // no difference there
    // The first line is shown whole: no ellipsis either side.
    expect(side('a').textContent).toBe(TEXT.split('\n')[0]);
  });

  it('marks the current difference on both sides and scrolls it into view as ] and [ move', async () => {
    await render(<AdjudicateView documentId="d1" onClose={() => {}} />);
    await waitFor(() => expect(current('a')?.textContent).toBe('Harbin'));
    expect(current('b')?.textContent).toBe('Harbin');
    expect(current('a')!.querySelector('.cd-entity-PLACE')).not.toBeNull();
    expect(current('b')!.querySelector('.cd-entity-PERSON')).not.toBeNull();
    expect(scrolled.at(-1)).toBe(current('a'));

    await press(document.body, ']');
    // Only B marked “March 3”: B's span is current; A's side marks the same words as absent.
    await waitFor(() => expect(current('b')?.textContent).toBe('March 3'));
    expect(current('b')!.dataset.absent).toBeUndefined();
    expect(current('a')?.textContent).toBe('March 3');
    expect(current('a')!.dataset.absent).toBe('true');
    expect(scrolled.at(-1)).toBe(current('a'));
    expect(document.querySelectorAll('.adjudicate-current')).toHaveLength(2);

    await press(document.body, '[');
    await waitFor(() => expect(current('a')?.textContent).toBe('Harbin'));
    expect(current('a')!.dataset.absent).toBeUndefined();
  });

  it('renders only the passages near the current difference of a long document', async () => {
    const lines = Array.from({ length: 400 }, (_, i) => `Line ${i}: the minister visited Harbin on Monday.`);
    const text = lines.join('\n');
    const a: Annotation[] = [];
    const b: Annotation[] = [];
    for (let i = 0; i < lines.length; i++) {
      a.push({ ...span(`a${i}`, text, 'Harbin', 'PLACE', i) });
      b.push({ ...span(`b${i}`, text, 'Harbin', 'PERSON', i) });
    }
    const differences = agreementOf(text, a, b).differences;
    expect(differences).toHaveLength(400);
    await render(<SideBySide text={text} reviewerA="Ana" reviewerB="Ben" a={a} b={b} differences={differences} current={300} labels={LABELS} />);
    const rows = document.querySelectorAll('.adjudicate-region');
    expect(rows).toHaveLength(2 * RADIUS + 1);
    expect(rows[0].textContent).toContain(`Line ${300 - RADIUS}:`);
    expect(side('a').textContent).toContain('Line 300:');
    expect(document.body.textContent).toContain(`${300 - RADIUS} earlier passages with differences above`);
    expect(document.body.textContent).toContain(`${399 - 300 - RADIUS} later passages with differences below`);
  });

  it('shows a reviewer’s change made meanwhile without a reload, staying on the same difference', async () => {
    let b = B;
    let version = 'v1';
    setTransportForTests(async (name) => {
      if (name === 'doubleReview:adjudication') return { ok: true, value: { ...view(), b, agreement: agreementOf(TEXT, A, b) } };
      if (name === 'labels:list') return { ok: true, value: LABELS };
      if (name === 'library:version') return { ok: true, value: { version } };
      return { ok: false, error: { code: 'unknown_operation', message: name } };
    });
    await render(<AdjudicateView documentId="d1" onClose={() => {}} />);
    await waitFor(() => expect(document.body.textContent).toContain('2 of 2 differences left'));
    await press(document.body, ']'); // on “March 3”, only B's
    await waitFor(() => expect(current('b')?.textContent).toBe('March 3'));
    // Ben tags “Harbin, March” meanwhile: a difference before the current one.
    b = [...B, span('b4', TEXT, 'Harbin, March', 'EVENT')];
    version = 'v2';
    await waitFor(() => expect(document.body.textContent).toContain('3 of 3 differences left'), 5000);
    expect(current('b')?.textContent).toBe('March 3');
    expect(document.querySelector('[aria-label="Current difference"] h3')?.textContent).toMatch(/^Difference 3 of 3/);
  });
});

