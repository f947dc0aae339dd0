/**
 * The keyboard sheet (?): every shortcut of the workspace, with the label hotkeys of the taxonomy.
 *
 * On a team server the sheet follows the signed-in role. A key whose operation the role may not send
 * stays listed, greyed, with who may use it ("Editors and chief editors only") and the server's full
 * sentence as its hover text. Greyed rather than hidden, as desktop menus do with unavailable
 * commands: the sheet is where people learn what the desk can do and whom to ask, the key itself is
 * not dead (pressing it says why and sends nothing), and a colleague's sheet keeps the same layout.
 */
import type { ReactNode } from 'react';
import type { Label } from '../../shared/types';
import { Button } from '../ui/Button';
import { Dialog } from '../ui/Dialog';
import { useMayCheck, type Permission } from '../team/may';
import { useTeamSession } from '../team/team-session';
import { isRole, roleInWords } from '../../team/roles';
import { bindingCall } from './command-access';
import { isReservedKey, SHORTCUT_GROUPS, type KeyBinding } from './keyboard';

/** A dialog listing the shortcuts. */
export function ShortcutsSheet({ labels, onClose }: { labels: Label[]; onClose(): void }) {
  const keyed = labels.filter((l) => l.hotkey);
  const may = useMayCheck();
  const role = useTeamSession()?.user.role;
  const rowPermission = (row: KeyBinding): Permission => {
    const call = bindingCall(row);
    return call ? may(call.operation, call.input) : { allowed: true };
  };
  const tagging = may('annotations:create');
  const anyRefused = !tagging.allowed || SHORTCUT_GROUPS.some((g) => g.rows.some((row) => !rowPermission(row).allowed));
  return (
    <Dialog title="Keyboard shortcuts" onClose={onClose} className="rv-shortcuts" footer={<Button onClick={onClose}>Close</Button>}>
      {anyRefused && (
        <p className="rv-hint rv-keys-role">
          You are signed in as {isRole(role) ? roleInWords(role) : 'a team member'}: greyed keys are for other roles; pressing one says whom
          to ask and changes nothing.
        </p>
      )}
      {keyed.length > 0 && (
        <section>
          <h3>Labels</h3>
          <dl className="rv-keys">
            {keyed.map((label) => (
              <KeyRow key={label.id} keys={[label.hotkey!]} permission={tagging}>
                <span className="rv-swatch" style={{ backgroundColor: label.color }} aria-hidden="true" /> {label.name}
                {isReservedKey(label.hotkey!) && <span className="rv-hint"> (this key does something else here; choose another in Settings)</span>}
              </KeyRow>
            ))}
          </dl>
        </section>
      )}
      {SHORTCUT_GROUPS.map((group) => (
        <section key={group.title}>
          <h3>{group.title}</h3>
          <dl className="rv-keys">
            {group.rows.map((row) => (
              <KeyRow key={row.what} keys={row.keys} permission={rowPermission(row)}>
                {row.what}
              </KeyRow>
            ))}
          </dl>
        </section>
      ))}
      <p className="rv-hint">On macOS use ⌘ instead of Ctrl. In edit-text mode, keys type into the text and Ctrl+Z undoes typing.</p>
    </Dialog>
  );
}

/** One row of the sheet: its keys and what they do; greyed with who may, when this person may not. */
function KeyRow({ keys, permission, children }: { keys: string[]; permission: Permission; children: ReactNode }) {
  const off = !permission.allowed;
  return (
    <div className={off ? 'rv-key-off' : undefined} aria-disabled={off || undefined} title={off ? permission.reason : undefined}>
      <dt>
        {keys.map((key, i) => (
          <kbd key={i}>{key}</kbd>
        ))}
      </dt>
      <dd>
        {children}
        {off && <span className="rv-key-who">{permission.only ?? 'Not for your role'}</span>}
      </dd>
    </div>
  );
}
