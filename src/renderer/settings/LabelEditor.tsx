/**
 * The label taxonomy editor: every entity label with its colour, name, hotkey and order. Every
 * change is saved the moment it is made; reordering is optimistic and rolled back if refused.
 */
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { call } from '../api/client';
import type { Label } from '../../shared/types';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { ErrorBanner } from '../ui/ErrorBanner';
import { errorMessage } from '../ui/errors';
import { useToasts } from '../ui/Toasts';
import { AddLabelForm } from './AddLabelForm';
import { LabelRow } from './LabelRow';
import { useMay } from '../team/may';

/** The "Labels" section of the settings screen. */
export function LabelEditor() {
  const toasts = useToasts();
  const [labels, setLabels] = useState<Label[] | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<Label | null>(null);
  const [reloadKey, setReloadKey] = useState(0);
  const refocus = useRef<HTMLElement | null>(null);
  // On a team server only the chief editor changes the labels; everyone else sees them read-only.
  const mayEdit = useMay('labels:update');

  useEffect(() => {
    let live = true;
    call('labels:list', {}).then(
      (list) => live && (setLabels(list), setLoadError(null)),
      (e) => live && setLoadError(`The labels could not be loaded. ${errorMessage(e)}`),
    );
    return () => {
      live = false;
    };
  }, [reloadKey]);

  // Keep the keyboard focus on the control that moved a row (moving a DOM node drops its focus).
  useLayoutEffect(() => {
    const el = refocus.current;
    refocus.current = null;
    if (el && document.activeElement !== el && document.contains(el)) el.focus();
  }, [labels]);

  async function move(index: number, delta: -1 | 1) {
    if (!labels) return;
    const target = index + delta;
    if (target < 0 || target >= labels.length) return;
    const previous = labels;
    const next = [...labels];
    [next[index], next[target]] = [next[target], next[index]];
    refocus.current = document.activeElement as HTMLElement | null;
    setLabels(next);
    try {
      setLabels(await call('labels:reorder', { ids: next.map((l) => l.id) }));
    } catch (e) {
      setLabels(previous);
      toasts.error(e);
    }
  }

  function saved(label: Label, previous: Label) {
    setLabels((list) => list?.map((l) => (l.id === label.id ? label : l)) ?? null);
    if (label.name !== previous.name) toasts.show(`Renamed ${previous.name} to ${label.name}; its annotations now use the new name.`, 'success');
  }

  if (loadError) return <ErrorBanner message={loadError} onRetry={() => setReloadKey((k) => k + 1)} />;
  if (!labels) return <p className="muted">Loading labels…</p>;
  if (!mayEdit.allowed) return <ReadOnlyLabels labels={labels} reason={mayEdit.reason ?? ''} />;

  return (
    <>
      <p className="field-hint">
        Entity labels, in toolbar order. Changes are saved immediately. Renaming a label renames it on every annotation that uses
        it. Hotkeys are single digits or letters; move a row with <kbd>Alt</kbd>+<kbd>↑</kbd>/<kbd>↓</kbd>.
      </p>
      <table className="label-table">
        <caption className="visually-hidden">Entity labels</caption>
        <thead>
          <tr>
            <th scope="col" className="col-order">
              #
            </th>
            <th scope="col">Colour</th>
            <th scope="col">Name</th>
            <th scope="col">Hotkey</th>
            <th scope="col">
              <span className="visually-hidden">Order and delete</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {labels.map((label, index) => (
            <LabelRow
              key={label.id}
              label={label}
              index={index}
              count={labels.length}
              onSaved={saved}
              onMove={(delta) => void move(index, delta)}
              onDelete={() => setDeleting(label)}
            />
          ))}
        </tbody>
      </table>
      <AddLabelForm labels={labels} onAdded={(label) => setLabels((list) => [...(list ?? []), label])} />
      {deleting && (
        <ConfirmDialog
          title={`Delete the label ${deleting.name}?`}
          confirmLabel="Delete label"
          onCancel={() => setDeleting(null)}
          onConfirm={async () => {
            await call('labels:delete', { id: deleting.id });
            setLabels((list) => list?.filter((l) => l.id !== deleting.id) ?? null);
            setDeleting(null);
          }}
        >
          <p>The label disappears from the toolbar and its hotkey is freed. A label still used by annotations cannot be deleted.</p>
        </ConfirmDialog>
      )}
    </>
  );
}

/** The labels as a list for someone who may not change them, with the one-line reason. */
function ReadOnlyLabels({ labels, reason }: { labels: readonly Label[]; reason: string }) {
  return (
    <>
      <p className="field-hint">{reason}</p>
      <table className="label-table">
        <caption className="visually-hidden">Entity labels</caption>
        <thead>
          <tr>
            <th scope="col">Colour</th>
            <th scope="col">Name</th>
            <th scope="col">Hotkey</th>
          </tr>
        </thead>
        <tbody>
          {labels.map((label) => (
            <tr key={label.id}>
              <td>
                <span className="label-swatch" style={{ background: label.color }} aria-label={label.color} />
              </td>
              <td>{label.name}</td>
              <td>{label.hotkey ? <kbd>{label.hotkey}</kbd> : <span className="muted">—</span>}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
