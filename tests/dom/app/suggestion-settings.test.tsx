/**
 * Settings → Suggestions (claim setting, suggest on import) and the list of names tagged with more
 * than one label, whose button relabels them everywhere and refreshes the list.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SettingsView } from '../../../src/renderer/settings/SettingsView';
import { FakeApi } from './fakeApi';
import { button, cleanup, click, render, waitFor } from './render';

let api: FakeApi;
let settings = { claimSetting: 'precise', suggestOnImport: true };
let names = [{ text: 'Harbin', labels: [{ label: 'PLACE', annotations: 12, documents: 9 }, { label: 'ORG', annotations: 1, documents: 1 }] }];
beforeEach(() => {
  api = new FakeApi().install();
  settings = { claimSetting: 'precise', suggestOnImport: true };
  api.overrides['suggestions:settings'] = () => settings;
  api.overrides['suggestions:setSettings'] = (patch: Partial<typeof settings>) => (settings = { ...settings, ...patch });
  api.overrides['suggestions:consistency'] = () => names;
  api.overrides['suggestions:relabel'] = () => {
    names = [];
    return { annotations: 1, documents: 1 };
  };
});
afterEach(cleanup);

describe('Settings → Suggestions', () => {
  it('saves the claim setting and suggest on import as they are changed', async () => {
    const { container } = await render(<SettingsView />);
    const broad = await waitFor(() => container.querySelector<HTMLInputElement>('input[name="claim-setting"][value="broad"]')!);
    expect(container.querySelector<HTMLInputElement>('input[value="precise"]')!.checked).toBe(true);
    await click(broad);
    await waitFor(() => expect(api.callsOf('suggestions:setSettings')).toEqual([{ claimSetting: 'broad' }]));
    const onImport = container.querySelector<HTMLInputElement>('.suggestion-settings input[type="checkbox"]')!;
    expect(onImport.checked).toBe(true);
    await click(onImport);
    await waitFor(() => expect(api.callsOf('suggestions:setSettings')[1]).toEqual({ suggestOnImport: false }));
    await waitFor(() => expect(container.textContent).toContain('Saved. Applies to the next suggestions.'));
  });

  it('lists a name tagged with two labels and relabels the odd one out everywhere', async () => {
    const { container } = await render(<SettingsView />);
    const make = await waitFor(() => button(container, 'Make PLACE'));
    expect(container.querySelector('.consistency-view')!.textContent).toContain('ORG: 1 in 1 document');
    await click(make);
    await waitFor(() => expect(api.callsOf('suggestions:relabel')).toEqual([{ text: 'Harbin', from: 'ORG', to: 'PLACE' }]));
    await waitFor(() => expect(container.textContent).toContain('“Harbin”: 1 tag in 1 document changed from ORG to PLACE.'));
    expect(container.textContent).toContain('Every name in the library is tagged with one label only.');
  });
});
