/**
 * Settings → Suggestions: how eager claim suggestions are (precise: fewer, surer; broad: more
 * recall) and whether Copydesk suggests in the background when a document is imported. Saved as
 * they are changed.
 */
import { useEffect, useId, useState } from 'react';
import type { SuggestSettingsValue } from '../../shared/api';
import { call } from '../api/client';
import { errorMessage } from '../ui/errors';
import { useMay } from '../team/may';

export function SuggestionSettings() {
  const [value, setValue] = useState<SuggestSettingsValue | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const importId = useId();
  // On a team server only the chief editor changes these; everyone else sees them, disabled, and why.
  const mayChange = useMay('suggestions:setSettings');
  const locked = !mayChange.allowed;

  useEffect(() => {
    let live = true;
    call('suggestions:settings', {}).then(
      (s) => live && setValue(s),
      (e) => live && setError(errorMessage(e)),
    );
    return () => {
      live = false;
    };
  }, []);

  async function save(patch: Partial<SuggestSettingsValue>) {
    setSaved(false);
    // The choice shows as it is clicked (a team server may take a moment to answer); the answer, or the
    // settings read again after a refusal, then say what is stored.
    const before = value;
    setValue((v) => (v ? { ...v, ...patch } : v));
    try {
      setValue(await call('suggestions:setSettings', patch));
      setError(null);
      setSaved(true);
    } catch (e) {
      setValue(before);
      setError(errorMessage(e));
    }
  }

  if (!value) return error ? <p role="alert">{error}</p> : null;
  return (
    <div className="suggestion-settings">
      <fieldset>
        <legend>Claim suggestions</legend>
        {(['precise', 'broad'] as const).map((setting) => (
          <label key={setting}>
            <input type="radio" name="claim-setting" value={setting} checked={value.claimSetting === setting} disabled={locked} onChange={() => void save({ claimSetting: setting })} />{' '}
            {setting === 'precise' ? 'Precise — fewer suggestions, most of them checkable claims' : 'Broad — more suggestions, fewer checkable claims missed'}
          </label>
        ))}
      </fieldset>
      <label htmlFor={importId}>
        <input id={importId} type="checkbox" checked={value.suggestOnImport} disabled={locked} onChange={(e) => void save({ suggestOnImport: e.target.checked })} /> Suggest
        teasers, claims and entities when a document is imported (in the background; the import does not wait)
      </label>
      <p className="settings-hint" role="status">
        {error ?? mayChange.reason ?? (saved ? 'Saved. Applies to the next suggestions.' : 'Suggestions stay pending until you accept them, and are left out of every export until then.')}
      </p>
    </div>
  );
}
