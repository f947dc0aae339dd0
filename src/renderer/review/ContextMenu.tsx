/**
 * A context menu drawn by the page (so the desktop app and the web mode show the same one): a list
 * of items, some opening a submenu. Keyboard: ↑/↓ (and Home/End) move, → or Enter opens a submenu,
 * ← closes it, Enter or Space runs an item, Esc closes the menu (or the submenu). A click outside
 * closes it. Mouse-down never steals the editor's selection. Focus returns to where it was.
 */
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { Anchor } from '../editor';
import { useFloatingPosition } from './useFloatingPosition';

/** One entry of a context menu. */
export interface MenuEntry {
  label: string;
  /** The key that does the same outside the menu, shown on the right. */
  hint?: string;
  /** A colour swatch (label entries). */
  swatch?: string;
  /** Runs the item (the menu closes first). */
  run?(): void;
  /** Entries of a submenu, instead of `run`. */
  submenu?: MenuEntry[];
  disabled?: boolean;
}

/** Props of `ContextMenu`. */
export interface ContextMenuProps {
  anchor: Anchor;
  entries: MenuEntry[];
  /** What the menu acts on, for screen readers ("Selection “Harbin”"). */
  label: string;
  onClose(): void;
}

/** The menu at `anchor`. */
export function ContextMenu({ anchor, entries, label, onClose }: ContextMenuProps) {
  const ref = useRef<HTMLDivElement>(null);
  const [open, setOpen] = useState<number | null>(null);
  const position = useFloatingPosition(ref, anchor);

  useEffect(() => {
    const previous = document.activeElement as HTMLElement | null;
    ref.current?.querySelector<HTMLElement>('[role="menuitem"]:not([aria-disabled="true"])')?.focus();
    const onDown = (event: MouseEvent) => ref.current && !ref.current.contains(event.target as Node) && onClose();
    document.addEventListener('mousedown', onDown);
    return () => {
      document.removeEventListener('mousedown', onDown);
      if (previous && document.contains(previous)) previous.focus({ preventScroll: true });
    };
    // Once per opening.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const run = (entry: MenuEntry) => {
    if (entry.disabled || !entry.run) return;
    onClose();
    entry.run();
  };

  return (
    <div
      ref={ref}
      className="rv-menu rv-context-menu"
      role="menu"
      aria-label={label}
      style={{ left: position.left, top: position.top }}
      onMouseDown={(event) => event.preventDefault()}
      onContextMenu={(event) => event.preventDefault()}
      onKeyDown={(event) => {
        // Keys inside the menu are the menu's, not the workspace's (1–8, T, C…).
        event.stopPropagation();
        if (event.key === 'Escape') {
          event.preventDefault();
          if (open !== null) setOpen(null);
          else onClose();
        } else if (event.key === 'Tab') {
          event.preventDefault();
          onClose();
        }
      }}
    >
      <MenuList entries={entries} open={open} onOpen={setOpen} onRun={run} depth={0} />
    </div>
  );
}

/** One level of the menu: its items, and the open submenu beside its item. */
function MenuList({
  entries,
  open,
  onOpen,
  onRun,
  depth,
}: {
  entries: MenuEntry[];
  open: number | null;
  onOpen(index: number | null): void;
  onRun(entry: MenuEntry): void;
  depth: number;
}) {
  const listRef = useRef<HTMLDivElement>(null);
  const [inner, setInner] = useState<number | null>(null);

  const items = () => Array.from(listRef.current?.querySelectorAll<HTMLElement>(':scope > .rv-menu-row > [role="menuitem"]') ?? []);
  const move = (from: HTMLElement, step: number | 'first' | 'last') => {
    const list = items().filter((el) => el.getAttribute('aria-disabled') !== 'true');
    if (list.length === 0) return;
    const at = list.indexOf(from);
    const next = step === 'first' ? 0 : step === 'last' ? list.length - 1 : (at + step + list.length) % list.length;
    list[next].focus();
  };

  return (
    <div ref={listRef} className="rv-menu-list" role="none">
      {entries.map((entry, index) => (
        <div key={entry.label} className="rv-menu-row" role="none">
          <button
            type="button"
            role="menuitem"
            className="rv-menu-item"
            tabIndex={-1}
            aria-disabled={entry.disabled ? 'true' : undefined}
            aria-haspopup={entry.submenu ? 'menu' : undefined}
            aria-expanded={entry.submenu ? open === index : undefined}
            onMouseEnter={() => entry.submenu && onOpen(index)}
            onClick={() => (entry.submenu ? onOpen(open === index ? null : index) : onRun(entry))}
            onKeyDown={(event) => {
              const el = event.currentTarget;
              if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
                event.preventDefault();
                event.stopPropagation();
                move(el, event.key === 'ArrowDown' ? 1 : -1);
              } else if (event.key === 'Home' || event.key === 'End') {
                event.preventDefault();
                event.stopPropagation();
                move(el, event.key === 'Home' ? 'first' : 'last');
              } else if (entry.submenu && (event.key === 'ArrowRight' || event.key === 'Enter' || event.key === ' ')) {
                event.preventDefault();
                event.stopPropagation();
                onOpen(index);
              } else if (!entry.submenu && (event.key === 'Enter' || event.key === ' ')) {
                event.preventDefault();
                event.stopPropagation();
                onRun(entry);
              }
            }}
          >
            {entry.swatch && <span className="rv-swatch" style={{ backgroundColor: entry.swatch }} aria-hidden="true" />}
            <span className="rv-menu-label">{entry.label}</span>
            {entry.hint && <kbd>{entry.hint}</kbd>}
            {entry.submenu && <span aria-hidden="true">▸</span>}
          </button>
          {entry.submenu && open === index && (
            <Submenu
              entries={entry.submenu}
              label={entry.label}
              inner={inner}
              onInner={setInner}
              onRun={onRun}
              depth={depth + 1}
              onBack={() => {
                onOpen(null);
                items()[index]?.focus();
              }}
            />
          )}
        </div>
      ))}
    </div>
  );
}

/** A submenu beside its item; focus moves into it when it opens, ← or Esc goes back. */
function Submenu(props: {
  entries: MenuEntry[];
  label: string;
  inner: number | null;
  onInner(index: number | null): void;
  onRun(entry: MenuEntry): void;
  depth: number;
  onBack(): void;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    // Open to the left when there is no room on the right, and move up to stay in the window.
    const box = el.getBoundingClientRect();
    if (box.right > window.innerWidth - 8) el.classList.add('rv-submenu-left');
    if (box.bottom > window.innerHeight - 8) el.style.top = `${Math.min(-4, window.innerHeight - 8 - box.bottom)}px`;
    el.querySelector<HTMLElement>('[role="menuitem"]:not([aria-disabled="true"])')?.focus();
  }, []);
  return (
    <div
      ref={ref}
      className="rv-menu rv-submenu"
      role="menu"
      aria-label={props.label}
      onKeyDown={(event) => {
        if (event.key === 'ArrowLeft' || event.key === 'Escape') {
          event.preventDefault();
          event.stopPropagation();
          props.onBack();
        }
      }}
    >
      <MenuList entries={props.entries} open={props.inner} onOpen={props.onInner} onRun={props.onRun} depth={props.depth} />
    </div>
  );
}
