/**
 * One reviewer's text of one region, read-only, with their annotations painted in the review
 * editor's colours: the same highlight names (editor/styles.ts) as classes inside a `cd-editor`
 * element, so editor.css and the label colour sheet paint them exactly as the editor does. The
 * current difference's span is wrapped in `.adjudicate-current`; where this reviewer has nothing,
 * the difference's range is wrapped and marked absent.
 */
import type { ReactNode } from 'react';
import { highlightName } from '../editor/styles';
import { segmentsOf, type PaintSpan } from './regions';

/** The range marked as the current difference on this side. */
export interface CurrentMark {
  start: number;
  end: number;
  /** This reviewer has no span there (the other one marked it). */
  absent: boolean;
}

interface Props {
  text: string;
  from: number;
  to: number;
  /** This reviewer's spans (any, the ones outside the region are skipped). */
  spans: readonly PaintSpan[];
  current: CurrentMark | null;
}

/** The class names painting a segment covered by `spans` (outer first); nested entities get their depth. */
function classesOf(spans: readonly PaintSpan[]): string {
  let depth = 0;
  return spans
    .map((s) => highlightName({ kind: s.kind, label: s.label, candidate: s.candidate }, s.kind === 'entity' ? depth++ : 0))
    .join(' ');
}

/** The painted segments of `[from, to)`. */
function painted(text: string, spans: readonly PaintSpan[], from: number, to: number): ReactNode[] {
  return segmentsOf(spans, from, to).map((segment) => {
    const piece = text.slice(segment.start, segment.end);
    if (segment.spans.length === 0) return piece;
    const title = segment.spans.map((s) => s.label ?? s.kind).join(' · ');
    return (
      <span key={segment.start} className={classesOf(segment.spans)} title={title}>
        {piece}
      </span>
    );
  });
}

/** A region of one reviewer's layer, painted. */
export function LayerText({ text, from, to, spans, current }: Props) {
  if (!current || current.end <= from || current.start >= to) return <>{painted(text, spans, from, to)}</>;
  const start = Math.max(from, current.start);
  const end = Math.min(to, current.end);
  return (
    <>
      {painted(text, spans, from, start)}
      <span className={`adjudicate-current${current.absent ? ' adjudicate-absent' : ''}`} data-absent={current.absent || undefined}>
        {painted(text, spans, start, end)}
      </span>
      {painted(text, spans, end, to)}
    </>
  );
}
