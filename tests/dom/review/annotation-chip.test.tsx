/** The chip naming an annotation: a suggested claim not yet accepted has no status to show. */
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import type { Annotation } from '../../../src/shared/types';
import { AnnotationChip } from '../../../src/renderer/review/AnnotationChip';

const claim = (attrs: Annotation['attrs']): Annotation => ({
  id: 'a1',
  documentId: 'd1',
  kind: 'claim',
  label: null,
  start: 0,
  end: 10,
  quote: 'GDP rose 5%',
  attrs,
  origin: 'suggested',
  orphaned: false,
  createdBy: 'Copydesk',
  createdAt: '2026-12-05T00:00:00.000Z',
  updatedAt: '2026-12-05T00:00:00.000Z',
} as Annotation);

function chipText(annotation: Annotation, status?: 'unverified' | 'false'): string {
  const host = document.createElement('div');
  document.body.append(host);
  const root = createRoot(host);
  act(() => root.render(<AnnotationChip annotation={annotation} labels={[]} status={status} />));
  const text = host.textContent ?? '';
  act(() => root.unmount());
  return text;
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('AnnotationChip', () => {
  it('names a pending suggested claim "Claim?", not "Claim · Unverified"', () => {
    expect(chipText(claim({ pending: true, reasons: ['contains a number'] }))).toBe('Claim?');
  });
  it('gives an accepted claim its status', () => {
    expect(chipText(claim({ reasons: ['contains a number'] }), 'false')).toMatch(/^Claim · /);
    expect(chipText(claim({}))).toBe('Claim · Unverified');
  });
});
