/**
 * The toolbar that appears at a text selection: one button per entity label (colour, name, key),
 * then flag as teaser, mark as claim, and "all occurrences" (tag every untagged occurrence of the
 * selected text with the label picked next). Mouse-down never steals the editor's selection.
 */
import { useRef, useState } from 'react';
import type { Label } from '../../shared/types';
import type { Anchor } from '../editor';
import { useFloatingPosition } from './useFloatingPosition';
import { shorten } from './vocabulary';

/** Props of `FloatingToolbar`. */
export interface FloatingToolbarProps {
  anchor: Anchor;
  labels: Label[];
  /** The selected text (for the "all occurrences" hint). */
  text: string;
  onTag(label: Label, all: boolean): void;
  onFlag(): void;
  onClaim(): void;
}

/** The selection toolbar, clamped to the viewport. */
export function FloatingToolbar({ anchor, labels, text, onTag, onFlag, onClaim }: FloatingToolbarProps) {
  const ref = useRef<HTMLDivElement>(null);
  const position = useFloatingPosition(ref, anchor);
  const [all, setAll] = useState(false);

  return (
    <div
      ref={ref}
      className="rv-toolbar"
      role="toolbar"
      aria-label={`Annotate “${shorten(text, 40)}”`}
      style={{ left: position.left, top: position.top }}
      onMouseDown={(event) => event.preventDefault()}
    >
      <div className="rv-toolbar-labels">
        {labels.map((label) => (
          <button
            key={label.id}
            type="button"
            className="rv-toolbar-label"
            title={`Tag as ${label.name}${label.hotkey ? ` (${label.hotkey})` : ''}`}
            onClick={() => onTag(label, all)}
          >
            <span className="rv-swatch" style={{ backgroundColor: label.color }} aria-hidden="true" />
            {label.name}
            {label.hotkey && <kbd>{label.hotkey}</kbd>}
          </button>
        ))}
      </div>
      <div className="rv-toolbar-actions">
        <label className="rv-toolbar-all" title="Tag this text and every untagged whole-word occurrence of it (Shift+key)">
          <input type="checkbox" checked={all} onChange={(e) => setAll(e.target.checked)} />
          All occurrences
        </label>
        <button type="button" onClick={onFlag} title="Flag as teaser content (T)">
          Teaser <kbd>T</kbd>
        </button>
        <button type="button" onClick={onClaim} title="Mark as a claim to verify (C)">
          Claim <kbd>C</kbd>
        </button>
      </div>
    </div>
  );
}
