/**
 * One label of the taxonomy editor. Each field saves the moment it is changed: the colour as it is
 * picked (briefly debounced while dragging in the picker), the name on Enter or leaving the field
 * (Esc reverts), the hotkey as it is typed. A hotkey the review workspace keeps for itself is
 * refused before sending, saying what the key does; API refusals (a hotkey already taken, a
 * duplicate name) appear under the row. Alt+↑/↓ anywhere in the row moves it.
 */
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { reservedHotkeyReason } from '../../shared/keys';
import { call } from '../api/client';
import type { Label } from '../../shared/types';
import { errorMessage } from '../ui/errors';

export interface LabelRowProps {
  label: Label;
  index: number;
  count: number;
  onSaved(label: Label, previous: Label): void;
  onMove(delta: -1 | 1): void;
  onDelete(): void;
}

type Field = 'name' | 'color' | 'hotkey';
const COLOR_DELAY_MS = 250;

/** A table row with colour, name, hotkey, reorder and delete controls. */
export function LabelRow({ label, index, count, onSaved, onMove, onDelete }: LabelRowProps) {
  const [name, setName] = useState(label.name);
  const [color, setColor] = useState(label.color);
  const [hotkey, setHotkey] = useState(label.hotkey ?? '');
  const [error, setError] = useState<{ field: Field; message: string } | null>(null);
  const colorTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const errorId = `label-${label.id}-error`;

  // Follow saved values (e.g. after a reload) unless the user is mid-edit with an error showing.
  useEffect(() => setName(label.name), [label.name]);
  useEffect(() => setColor(label.color), [label.color]);
  useEffect(() => setHotkey(label.hotkey ?? ''), [label.hotkey]);
  useEffect(() => () => void (colorTimer.current && clearTimeout(colorTimer.current)), []);

  async function save(field: Field, patch: { name?: string; color?: string; hotkey?: string | null }) {
    try {
      const saved = await call('labels:update', { id: label.id, ...patch });
      setError((e) => (e?.field === field ? null : e));
      onSaved(saved, label);
    } catch (e) {
      setError({ field, message: errorMessage(e) });
    }
  }

  function commitName() {
    const next = name.trim();
    if (next === label.name) {
      setName(label.name);
      setError((e) => (e?.field === 'name' ? null : e));
      return;
    }
    if (!next) {
      setError({ field: 'name', message: 'A label needs a name.' });
      return;
    }
    void save('name', { name: next });
  }

  function changeColor(next: string) {
    setColor(next);
    if (colorTimer.current) clearTimeout(colorTimer.current);
    colorTimer.current = setTimeout(() => {
      colorTimer.current = null;
      if (next.toLowerCase() !== label.color.toLowerCase()) void save('color', { color: next });
    }, COLOR_DELAY_MS);
  }

  function changeHotkey(raw: string) {
    const key = raw.slice(-1).toLowerCase();
    setHotkey(key);
    const reserved = key ? reservedHotkeyReason(key) : null;
    if (reserved) {
      setError({ field: 'hotkey', message: reserved });
      return;
    }
    if (key && !/^[0-9a-z]$/.test(key)) {
      setError({ field: 'hotkey', message: 'A hotkey is a single digit or letter.' });
      return;
    }
    if ((key || null) === label.hotkey) {
      setError((e) => (e?.field === 'hotkey' ? null : e));
      return;
    }
    void save('hotkey', { hotkey: key || null });
  }

  function onRowKeyDown(event: KeyboardEvent<HTMLTableRowElement>) {
    if (!event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
    event.preventDefault();
    const delta = event.key === 'ArrowUp' ? -1 : 1;
    if ((delta < 0 && index > 0) || (delta > 0 && index < count - 1)) onMove(delta);
  }

  return (
    <>
      <tr className="label-row" onKeyDown={onRowKeyDown} data-label-id={label.id}>
        <td className="col-order">{index + 1}</td>
        <td>
          <input
            type="color"
            className="color-swatch"
            value={color}
            aria-label={`Colour of ${label.name}`}
            onChange={(e) => changeColor(e.target.value)}
          />
        </td>
        <th scope="row">
          <input
            type="text"
            className="label-name"
            value={name}
            maxLength={60}
            aria-label={`Name of label ${label.name}`}
            aria-invalid={error?.field === 'name' ? true : undefined}
            aria-describedby={error ? errorId : undefined}
            onChange={(e) => setName(e.target.value)}
            onBlur={commitName}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                commitName();
              } else if (e.key === 'Escape') {
                e.preventDefault();
                setName(label.name);
                setError((er) => (er?.field === 'name' ? null : er));
              }
            }}
          />
        </th>
        <td>
          <input
            type="text"
            className="label-hotkey"
            value={hotkey}
            maxLength={2}
            placeholder="—"
            aria-label={`Hotkey of ${label.name}`}
            aria-invalid={error?.field === 'hotkey' ? true : undefined}
            aria-describedby={error ? errorId : undefined}
            onChange={(e) => changeHotkey(e.target.value)}
            onFocus={(e) => e.currentTarget.select()}
          />
        </td>
        <td>
          <div className="label-actions">
            <button type="button" className="icon-button" aria-label={`Move ${label.name} up`} title="Move up (Alt+↑)" disabled={index === 0} onClick={() => onMove(-1)}>
              ↑
            </button>
            <button type="button" className="icon-button" aria-label={`Move ${label.name} down`} title="Move down (Alt+↓)" disabled={index === count - 1} onClick={() => onMove(1)}>
              ↓
            </button>
            <button type="button" className="row-action danger" aria-label={`Delete label ${label.name}`} onClick={onDelete}>
              Delete
            </button>
          </div>
        </td>
      </tr>
      {error && (
        <tr className="label-error-row">
          <td />
          <td colSpan={4}>
            <p className="form-error" id={errorId} role="alert">
              {error.message}
            </p>
          </td>
        </tr>
      )}
    </>
  );
}
