/**
 * The small menu offered when a click lands where several annotations overlap: one item per
 * annotation (innermost first), chosen with the mouse or ↑/↓ and Enter; Escape closes it.
 */
import { useEffect, useRef, useState } from 'react';
import type { Annotation } from '../../shared/types';
import type { Anchor } from '../editor';
import { AnnotationChip } from './AnnotationChip';
import { useReview } from './context';
import { useFloatingPosition } from './useFloatingPosition';
import { shorten } from './vocabulary';

/** Props of `OverlapChooser`: the overlapping annotations, innermost first. */
export interface OverlapChooserProps {
  anchor: Anchor;
  annotations: Annotation[];
  onChoose(id: string): void;
  onClose(): void;
}

/** A menu of the overlapping annotations under a click. */
export function OverlapChooser({ anchor, annotations, onChoose, onClose }: OverlapChooserProps) {
  const ref = useRef<HTMLDivElement>(null);
  const position = useFloatingPosition(ref, anchor);
  const [active, setActive] = useState(0);
  const { data, labels } = useReview();

  useEffect(() => {
    const onDown = (event: MouseEvent) => ref.current && !ref.current.contains(event.target as Node) && onClose();
    document.addEventListener('mousedown', onDown);
    return () => document.removeEventListener('mousedown', onDown);
  }, [onClose]);

  useEffect(() => {
    ref.current?.querySelectorAll<HTMLElement>('[role="menuitem"]')[active]?.focus();
  }, [active]);

  function onKeyDown(event: React.KeyboardEvent) {
    const count = annotations.length;
    if (event.key === 'ArrowDown') setActive((i) => (i + 1) % count);
    else if (event.key === 'ArrowUp') setActive((i) => (i - 1 + count) % count);
    else if (event.key === 'Home') setActive(0);
    else if (event.key === 'End') setActive(count - 1);
    else if (event.key === 'Escape') onClose();
    else if (event.key === 'Tab') onClose();
    else return;
    event.preventDefault();
    event.stopPropagation();
  }

  return (
    <div
      ref={ref}
      className="rv-menu rv-chooser"
      role="menu"
      aria-label="Overlapping annotations"
      style={{ left: position.left, top: position.top }}
      onKeyDown={onKeyDown}
    >
      {annotations.map((annotation, index) => {
        return (
          <button
            key={annotation.id}
            type="button"
            role="menuitem"
            tabIndex={index === active ? 0 : -1}
            className="rv-menu-item"
            onClick={() => onChoose(annotation.id)}
            onMouseEnter={() => setActive(index)}
          >
            <AnnotationChip annotation={annotation} labels={labels} status={data.claims.get(annotation.id)?.status} />
            <span className="rv-menu-detail">{shorten(annotation.quote, 48)}</span>
          </button>
        );
      })}
    </div>
  );
}
