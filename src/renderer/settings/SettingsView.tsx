/** The settings screen: who is reviewing, the label taxonomy, suggestions, names tagged inconsistently, and where the library lives. */
import { useEffect, useState } from 'react';
import { call, platform } from '../api/client';
import type { Output } from '../../shared/api';
import { LabelEditor } from './LabelEditor';
import { ReviewerNameField } from './ReviewerNameField';
import { ConsistencyView } from './ConsistencyView';
import { SuggestionSettings } from './SuggestionSettings';
import { LibraryLocation } from './LibraryLocation';
import { AgreementReport } from '../adjudicate/AgreementReport';

function AboutSection() {
  const [info, setInfo] = useState<Output<'app:info'> | null>(null);
  useEffect(() => {
    let live = true;
    call('app:info', {}).then(
      (i) => live && setInfo(i),
      () => {},
    );
    return () => {
      live = false;
    };
  }, []);
  if (!info) return null;
  return (
    <dl className="about">
      <dt>Version</dt>
      <dd>
        {info.version} ({platform === 'electron' ? 'desktop' : 'web mode'})
      </dd>
      <dt>Library file</dt>
      <dd>
        <code>{info.dbPath}</code>
      </dd>
      <dt>Schema</dt>
      <dd>{info.schemaVersion}</dd>
    </dl>
  );
}

/** Settings, saved as they are changed (there is no Save button). */
export function SettingsView() {
  return (
    <main className="view settings-view" aria-label="Settings">
      <div className="toolbar">
        <h1 className="view-title">Settings</h1>
      </div>
      <div className="settings-body">
        <section className="settings-section" aria-labelledby="settings-reviewer">
          <h2 id="settings-reviewer">Reviewer</h2>
          <ReviewerNameField />
        </section>
        <section className="settings-section" aria-labelledby="settings-labels">
          <h2 id="settings-labels">Labels</h2>
          <LabelEditor />
        </section>
        <section className="settings-section" aria-labelledby="settings-suggestions">
          <h2 id="settings-suggestions">Suggestions</h2>
          <SuggestionSettings />
        </section>
        <section className="settings-section" aria-labelledby="settings-consistency">
          <h2 id="settings-consistency">Names with more than one label</h2>
          <ConsistencyView />
        </section>
        <section className="settings-section" aria-labelledby="settings-agreement">
          <h2 id="settings-agreement">Agreement between double reviewers</h2>
          <AgreementReport />
        </section>
        <section className="settings-section" aria-labelledby="settings-library">
          <h2 id="settings-library">Library</h2>
          <LibraryLocation />
        </section>
        <section className="settings-section" aria-labelledby="settings-about">
          <h2 id="settings-about">About</h2>
          <AboutSection />
        </section>
      </div>
    </main>
  );
}
