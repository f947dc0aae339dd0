/** The keyboard sheet (?): every shortcut of the workspace, with the label hotkeys of the taxonomy. */
import type { Label } from '../../shared/types';
import { Button } from '../ui/Button';
import { Dialog } from '../ui/Dialog';
import { isReservedKey, SHORTCUT_GROUPS } from './keyboard';

/** A dialog listing the shortcuts. */
export function ShortcutsSheet({ labels, onClose }: { labels: Label[]; onClose(): void }) {
  const keyed = labels.filter((l) => l.hotkey);
  return (
    <Dialog title="Keyboard shortcuts" onClose={onClose} className="rv-shortcuts" footer={<Button onClick={onClose}>Close</Button>}>
      {keyed.length > 0 && (
        <section>
          <h3>Labels</h3>
          <dl className="rv-keys">
            {keyed.map((label) => (
              <div key={label.id}>
                <dt>
                  <kbd>{label.hotkey}</kbd>
                </dt>
                <dd>
                  <span className="rv-swatch" style={{ backgroundColor: label.color }} aria-hidden="true" /> {label.name}
                  {isReservedKey(label.hotkey!) && <span className="rv-hint"> (this key does something else here; choose another in Settings)</span>}
                </dd>
              </div>
            ))}
          </dl>
        </section>
      )}
      {SHORTCUT_GROUPS.map((group) => (
        <section key={group.title}>
          <h3>{group.title}</h3>
          <dl className="rv-keys">
            {group.rows.map((row) => (
              <div key={row.what}>
                <dt>
                  {row.keys.map((key, i) => (
                    <kbd key={i}>{key}</kbd>
                  ))}
                </dt>
                <dd>{row.what}</dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
      <p className="rv-hint">On macOS use ⌘ instead of Ctrl. In edit-text mode, keys type into the text and Ctrl+Z undoes typing.</p>
    </Dialog>
  );
}
