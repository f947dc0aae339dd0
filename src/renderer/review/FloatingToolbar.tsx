/**
 * The toolbar that appears at a text selection: one button per entity label (colour, name, key),
 * then "all occurrences" (tag every untagged occurrence of the selected text with the label picked
 * next, after a preview), flag as teaser and mark as claim. One compact row, placed above or below
 * the selected line (never on it) and kept inside the text pane, so it never covers the side panel.
 * Mouse-down never steals the editor's selection.
 */
import { useRef, useState } from 'react';
import type { Label } from '../../shared/types';
import type { Anchor } from '../editor';
import { useFloatingPosition, type Bounds } from './useFloatingPosition';
import { shorten } from './vocabulary';

/** Props of `FloatingToolbar`. */
export interface FloatingToolbarProps {
  anchor: Anchor;
  labels: Label[];
  /** The selected text (for the "all occurrences" hint). */
  text: string;
  /** The text pane's box, which the toolbar stays inside (the window when null). */
  bounds?(): Bounds | null;
  onTag(label: Label, all: boolean): void;
  onFlag(): void;
  onClaim(): void;
}

/** The selection toolbar, clamped to the text pane. */
export function FloatingToolbar({ anchor, labels, text, bounds, onTag, onFlag, onClaim }: FloatingToolbarProps) {
  const ref = useRef<HTMLDivElement>(null);
  const position = useFloatingPosition(ref, anchor, bounds);
  const [all, setAll] = useState(false);
  // Wrap inside the text pane rather than spill over the side panel (a narrow window).
  const pane = bounds?.() ?? null;
  const maxWidth = pane ? Math.max(240, pane.right - pane.left - 16) : undefined;

  return (
    <div
      ref={ref}
      className="rv-toolbar"
      role="toolbar"
      aria-label={`Annotate “${shorten(text, 40)}”`}
      style={{ left: position.left, top: position.top, maxWidth }}
      onMouseDown={(event) => event.preventDefault()}
    >
      {labels.map((label) => (
        <button
          key={label.id}
          type="button"
          className="rv-toolbar-label"
          title={`Tag as ${label.name}${label.hotkey ? ` (${label.hotkey})` : ''}`}
          onClick={() => onTag(label, all)}
        >
          {/* The key inside the label's colour: one chip per label keeps the row short. */}
          <kbd className="rv-toolbar-key" style={{ backgroundColor: label.color }}>
            {label.hotkey ?? ''}
          </kbd>
          {label.name}
        </button>
      ))}
      <span className="rv-toolbar-sep" aria-hidden="true" />
      {/*
        The toolbar keeps mouse-down from moving focus (the selection must stay), which also kept a
        click on the words from reaching the box: the label toggles it itself.
      */}
      <label
        className="rv-toolbar-all"
        title="With a label picked next: tag this text and every untagged whole-word occurrence of it, after a preview (Shift+key)"
        onClick={(event) => {
          if ((event.target as HTMLElement).tagName === 'INPUT') return;
          event.preventDefault();
          setAll((on) => !on);
        }}
      >
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
  );
}
