/**
 * Where exported files go. In the desktop app: a folder, typed or picked with "Choose folder…"
 * (when the app offers the system folder dialog). In web mode: downloads through the browser, or a
 * folder on this computer (the web server runs locally and writes there).
 */
import { useState } from 'react';
import { Button } from '../ui/Button';
import { errorMessage } from '../ui/errors';
import type { WebDelivery } from './prefs';

export interface DestinationChoiceProps {
  platform: 'electron' | 'web';
  delivery: WebDelivery;
  onDelivery(delivery: WebDelivery): void;
  dir: string;
  onDir(dir: string): void;
  /** The system folder dialog, when the desktop app provides one; null otherwise. */
  chooseFolder: (() => Promise<string | null>) | null;
  disabled?: boolean;
}

/** The destination fieldset. */
export function DestinationChoice({ platform, delivery, onDelivery, dir, onDir, chooseFolder, disabled }: DestinationChoiceProps) {
  const [pickError, setPickError] = useState<string | null>(null);
  const toFolder = platform === 'electron' || delivery === 'folder';

  async function pick() {
    if (!chooseFolder) return;
    setPickError(null);
    try {
      const chosen = await chooseFolder();
      if (chosen) onDir(chosen);
    } catch (error) {
      setPickError(`The folder dialog could not be opened. ${errorMessage(error)}`);
    }
  }

  const folderField = (
    <div className="field-row export-folder">
      <input
        type="text"
        aria-label="Destination folder"
        placeholder={platform === 'electron' ? 'Choose a folder…' : '/home/you/Exports'}
        value={dir}
        spellCheck={false}
        // The desktop app writes only into folders picked in its folder dialog (src/main/export-folders.ts).
        readOnly={platform === 'electron' && chooseFolder !== null}
        disabled={disabled || !toFolder}
        onChange={(e) => onDir(e.target.value)}
      />
      {platform === 'electron' && chooseFolder && (
        <Button onClick={() => void pick()} disabled={disabled}>
          Choose folder…
        </Button>
      )}
    </div>
  );

  return (
    <fieldset className="export-fieldset" disabled={disabled}>
      <legend className="field-label">Destination</legend>
      {platform === 'electron' ? (
        folderField
      ) : (
        <div className="export-delivery">
          <label className="export-radio">
            <input type="radio" name="export-delivery" checked={delivery === 'download'} onChange={() => onDelivery('download')} />
            <span>
              Download files <span className="muted">— your browser saves them to its downloads folder, one after another.</span>
            </span>
          </label>
          <label className="export-radio">
            <input type="radio" name="export-delivery" checked={delivery === 'folder'} onChange={() => onDelivery('folder')} />
            <span>Write to a folder on this computer</span>
          </label>
          {folderField}
        </div>
      )}
      {toFolder && <p className="field-hint export-hint">Files are named after the document titles; files of the same name in the folder are replaced.</p>}
      {pickError && (
        <p className="form-error" role="alert">
          {pickError}
        </p>
      )}
    </fieldset>
  );
}
