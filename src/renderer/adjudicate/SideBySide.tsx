/**
 * Both reviewers' layers side by side in the adjudication view: for each region around a difference
 * (regions.ts), A's text and B's text with their annotations painted, row by row so the two line up.
 * The current difference is marked on both sides and scrolled into view as ]/[ move. Only the
 * regions near the current one are rendered (`RADIUS` either side), and each finds its spans in an
 * interval index, so a long document with thousands of differences costs a hundred small rows.
 */
import { memo, useEffect, useMemo, useRef, type Ref } from 'react';
import type { Difference } from '../../shared/agreement';
import type { Annotation, Label } from '../../shared/types';
import { AnnotationStore } from '../editor/annotation-store';
import { CLASSES, LabelStyles } from '../editor/styles';
import { LayerText, type CurrentMark } from './LayerText';
import { regionsOf, windowAround, type PaintSpan, type Region } from './regions';
import '../editor/editor.css';

/** Regions rendered either side of the current one. */
export const RADIUS = 25;

interface Props {
  text: string;
  reviewerA: string;
  reviewerB: string;
  a: readonly Annotation[];
  b: readonly Annotation[];
  differences: readonly Difference[];
  current: number;
  labels: readonly Label[];
}

/** A reviewer's annotations as spans to paint (orphaned ones have no place in the text). */
function paintSpans(annotations: readonly Annotation[]): PaintSpan[] {
  return annotations
    .filter((a) => !a.orphaned)
    .map((a) => ({ id: a.id, kind: a.kind, label: a.label ?? null, start: a.start, end: a.end, candidate: !!(a.attrs?.pending ?? a.attrs?.candidate) }));
}

/**
 * The spans overlapping a range, found through the editor's chunked interval store: a region's
 * lookup skips whole chunks instead of scanning every annotation of a long document.
 */
function spanIndex(spans: readonly PaintSpan[]): (from: number, to: number) => PaintSpan[] {
  const store = AnnotationStore.create(spans.map((s) => ({ id: s.id, from: s.start, to: s.end, orphaned: false, data: s })));
  return (from, to) => {
    const found: PaintSpan[] = [];
    store.between(from, to, (item) => {
      if (item.from < to && item.to > from) found.push(item.data);
    });
    return found;
  };
}

/** What side `side` marks for difference `d`: its own span, else the difference's range as absent. */
function markOf(d: Difference | undefined, side: 'a' | 'b'): CurrentMark | null {
  if (!d) return null;
  const span = d[side];
  return span ? { start: span.start, end: span.end, absent: false } : { start: d.start, end: d.end, absent: true };
}

/** Paints the label colours for as long as the view is open (the editor's sheet, CSP-safe). */
function useLabelColours(labels: readonly Label[], spans: readonly PaintSpan[]): void {
  useEffect(() => {
    const styles = new LabelStyles(document);
    try {
      styles.set(labels);
    } catch {
      // a bad colour from an older library: the labels stay neutral rather than the view failing
    }
    styles.ensure(spans.flatMap((s) => (s.kind === 'entity' && s.label ? [s.label] : [])));
    return () => styles.destroy();
  }, [labels, spans]);
}

type SpanLookup = (from: number, to: number) => PaintSpan[];

interface RowProps {
  text: string;
  region: Region;
  index: number;
  lookupA: SpanLookup;
  lookupB: SpanLookup;
  /** The current difference's marks, on the current row only. */
  markA: CurrentMark | null;
  markB: CurrentMark | null;
  rowRef?: Ref<HTMLDivElement>;
}

/** One passage, A beside B. Memoised: moving to the next difference re-renders the two rows it leaves and enters. */
const RegionRow = memo(function RegionRow({ text, region, index, lookupA, lookupB, markA, markB, rowRef }: RowProps) {
  const side = (name: 'a' | 'b') => (
    <div className={`adjudicate-side ${CLASSES.editor}`} data-side={name}>
      {region.start > 0 && text[region.start - 1] !== '\n' && <span className="adjudicate-ellipsis">… </span>}
      <LayerText text={text} from={region.start} to={region.end} spans={(name === 'a' ? lookupA : lookupB)(region.start, region.end)} current={name === 'a' ? markA : markB} />
      {region.end < text.length && text[region.end] !== '\n' && <span className="adjudicate-ellipsis"> …</span>}
    </div>
  );
  return (
    <div className={`adjudicate-region${markA || markB ? ' current' : ''}`} ref={rowRef} data-region={index}>
      {side('a')}
      {side('b')}
    </div>
  );
});

/** The side-by-side layers. */
export function SideBySide({ text, reviewerA, reviewerB, a, b, differences, current, labels }: Props) {
  const spansA = useMemo(() => paintSpans(a), [a]);
  const spansB = useMemo(() => paintSpans(b), [b]);
  const both = useMemo(() => [...spansA, ...spansB], [spansA, spansB]);
  const lookupA = useMemo(() => spanIndex(spansA), [spansA]);
  const lookupB = useMemo(() => spanIndex(spansB), [spansB]);
  useLabelColours(labels, both);
  const regions = useMemo(() => regionsOf(text, differences), [text, differences]);
  const regionOf = useMemo(() => {
    const of = new Map<number, number>();
    regions.forEach((r, i) => r.differences.forEach((d) => of.set(d, i)));
    return of;
  }, [regions]);
  const currentRegion = regionOf.get(current) ?? 0;
  const { first, last } = windowAround(regions.length, currentRegion, RADIUS);
  const difference = differences[current];

  const currentRow = useRef<HTMLDivElement | null>(null);
  useEffect(() => {
    const mark = currentRow.current?.querySelector('.adjudicate-current');
    if (mark && typeof mark.scrollIntoView === 'function') mark.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }, [current, regions]);

  if (regions.length === 0) return null;
  return (
    <section className="adjudicate-sides" aria-label="Both layers side by side">
      <div className="adjudicate-sides-head">
        <h3>A — {reviewerA}</h3>
        <h3>B — {reviewerB}</h3>
      </div>
      {first > 0 && <p className="adjudicate-more muted">{first.toLocaleString()} earlier passage{first === 1 ? '' : 's'} with differences above</p>}
      {regions.slice(first, last + 1).map((region, offset) => {
        const index = first + offset;
        const isCurrent = index === currentRegion;
        return (
          <RegionRow
            key={region.start}
            text={text}
            region={region}
            index={index}
            lookupA={lookupA}
            lookupB={lookupB}
            markA={isCurrent ? markOf(difference, 'a') : null}
            markB={isCurrent ? markOf(difference, 'b') : null}
            rowRef={isCurrent ? currentRow : undefined}
          />
        );
      })}
      {last < regions.length - 1 && (
        <p className="adjudicate-more muted">
          {(regions.length - 1 - last).toLocaleString()} later passage{regions.length - 1 - last === 1 ? '' : 's'} with differences below
        </p>
      )}
    </section>
  );
}
