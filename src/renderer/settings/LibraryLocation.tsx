/**
 * Settings ▸ Library: work in this computer's library (the default) or in a team server's. The team
 * library opens in its own desktop window, where the editor signs in on the server's page; the
 * address is checked again in the main process (https, or plain http for localhost only). In web
 * mode there is no bridge: the team server is simply opened in the browser, and this says so.
 */
import { useEffect, useId, useState, type FormEvent } from 'react';
import type { LibraryLocation as Location, OpenTeamResult } from '../../preload/bridge-types';

/** The three desktop bridge methods this section uses (src/preload/bridge-types.ts). */
export interface LibraryBridge {
  openTeamLibrary(url: string): Promise<OpenTeamResult>;
  openLocalLibrary(): Promise<Location>;
  libraryLocation(): Promise<Location>;
}

/** The desktop bridge when it offers the library methods, else null (web mode, or an older preload). */
function desktopBridge(): LibraryBridge | null {
  const bridge = typeof window !== 'undefined' ? (window.copydesk as Partial<LibraryBridge> | undefined) : undefined;
  return bridge && typeof bridge.openTeamLibrary === 'function' ? (bridge as LibraryBridge) : null;
}

type Status = { kind: 'idle' } | { kind: 'busy' } | { kind: 'opened'; url: string } | { kind: 'local' } | { kind: 'error'; message: string };

/** The Library section; `bridge` is for tests (defaults to `window.copydesk`). */
export function LibraryLocation({ bridge = desktopBridge() }: { bridge?: LibraryBridge | null }) {
  const [location, setLocation] = useState<Location | null>(null);
  const [mode, setMode] = useState<'local' | 'team'>('local');
  const [url, setUrl] = useState('');
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const urlId = useId();

  useEffect(() => {
    if (!bridge) return;
    let live = true;
    bridge.libraryLocation().then(
      (loaded) => {
        if (!live) return;
        setLocation(loaded);
        setMode(loaded.kind);
        setUrl(loaded.teamUrl ?? '');
      },
      () => live && setLocation({ kind: 'local', teamUrl: null }),
    );
    return () => {
      live = false;
    };
  }, [bridge]);

  if (!bridge) {
    return (
      <p className="settings-hint">
        In web mode Copydesk works on the library of the server it was opened from. To work in a team library, open the team server’s address in
        your browser and sign in there.
      </p>
    );
  }
  if (!location) return null;

  async function chooseLocal() {
    setMode('local');
    if (location?.kind !== 'team' || !bridge) return;
    const next = await bridge.openLocalLibrary();
    setLocation(next);
    setStatus({ kind: 'local' });
  }

  async function openTeam(event: FormEvent) {
    event.preventDefault();
    if (!bridge) return;
    setStatus({ kind: 'busy' });
    const result = await bridge.openTeamLibrary(url);
    if (result.ok) {
      setLocation({ kind: 'team', teamUrl: result.url });
      setUrl(result.url);
      setStatus({ kind: 'opened', url: result.url });
    } else setStatus({ kind: 'error', message: result.message });
  }

  return (
    <div className="library-location">
      <fieldset>
        <legend>Where you work</legend>
        <label>
          <input type="radio" name="library-location" value="local" checked={mode === 'local'} onChange={() => void chooseLocal()} /> This computer — the
          library file on this machine
        </label>
        <label>
          <input type="radio" name="library-location" value="team" checked={mode === 'team'} onChange={() => setMode('team')} /> Team server — a
          library shared with your desk
        </label>
      </fieldset>
      {mode === 'team' && (
        <form className="field" onSubmit={(event) => void openTeam(event)}>
          <label htmlFor={urlId} className="field-label">
            Team server address
          </label>
          <div className="field-row">
            <input
              id={urlId}
              type="url"
              maxLength={2000}
              placeholder="https://copydesk.newsroom.example"
              value={url}
              onChange={(e) => setUrl(e.target.value)}
              aria-describedby={`${urlId}-hint`}
              aria-invalid={status.kind === 'error' ? true : undefined}
            />
            <button type="submit" className="btn btn-primary" disabled={status.kind === 'busy' || url.trim() === ''}>
              Open team library
            </button>
          </div>
          <p id={`${urlId}-hint`} className="field-hint">
            Must start with https:// — plain http:// only for a server on this computer (localhost, 127.0.0.1). The team library opens in its own
            window, where you sign in on the server’s page; Copydesk does not store your password.
          </p>
        </form>
      )}
      <p className={status.kind === 'error' ? 'form-error' : 'settings-hint'} role={status.kind === 'error' ? 'alert' : 'status'}>
        {status.kind === 'error'
          ? status.message
          : status.kind === 'opened'
            ? `Opened ${status.url} in its own window. File ▸ Open Local Library brings you back here.`
            : status.kind === 'local'
              ? 'Back to the library on this computer; the team window is closed.'
              : location.kind === 'team'
                ? `Working in the team library at ${location.teamUrl}. File ▸ Open Team Library… reopens it.`
                : ''}
      </p>
    </div>
  );
}
