import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { act } from 'react';
import { SettingsView } from '../../../src/renderer/settings/SettingsView';
import { ApiError } from '../../../src/shared/result';
import { FakeApi } from './fakeApi';
import { button, cleanup, click, press, render, typeInto, waitFor } from './render';

let api: FakeApi;
beforeEach(() => {
  api = new FakeApi().install();
});
afterEach(cleanup);

const names = (container: HTMLElement) =>
  Array.from(container.querySelectorAll<HTMLInputElement>('.label-table .label-name')).map((i) => i.value);

async function openSettings() {
  const view = await render(<SettingsView />);
  await waitFor(() => expect(names(view.container)).toHaveLength(8));
  return view;
}

describe('label taxonomy editor', () => {
  it('lists the labels with colour, name and hotkey', async () => {
    const { container } = await openSettings();
    expect(names(container)).toEqual(['PERSON', 'ORG', 'PLACE', 'DATE', 'MONEY', 'PERCENT', 'QUANTITY', 'EVENT']);
    expect(container.querySelector<HTMLInputElement>('input[aria-label="Colour of ORG"]')?.value).toBe('#77aadd');
    expect(container.querySelector<HTMLInputElement>('input[aria-label="Hotkey of ORG"]')?.value).toBe('2');
    expect(container.textContent).toContain('Renaming a label renames it on every annotation');
  });

  it('renames a label with labels:update when the name is committed, and tells the user annotations follow', async () => {
    const { container } = await openSettings();
    const input = container.querySelector<HTMLInputElement>('input[aria-label="Name of label ORG"]')!;
    await typeInto(input, 'ORGANISATION');
    expect(api.callsOf('labels:update')).toEqual([]); // not on every keystroke
    await press(input, 'Enter');
    await waitFor(() => expect(api.callsOf('labels:update')).toEqual([{ id: 'label-2', name: 'ORGANISATION' }]));
  });

  it('Esc reverts an uncommitted name', async () => {
    const { container } = await openSettings();
    const input = container.querySelector<HTMLInputElement>('input[aria-label="Name of label DATE"]')!;
    await typeInto(input, 'WHEN');
    await press(input, 'Escape');
    expect(input.value).toBe('DATE');
    expect(api.callsOf('labels:update')).toEqual([]);
  });

  it('shows a hotkey clash from the API inline, next to the label', async () => {
    const { container } = await openSettings();
    const hotkey = container.querySelector<HTMLInputElement>('input[aria-label="Hotkey of EVENT"]')!;
    await typeInto(hotkey, '1');
    await waitFor(() => expect(container.querySelector('.label-error-row')?.textContent).toBe('The hotkey 1 is already used by PERSON.'));
    expect(hotkey.getAttribute('aria-invalid')).toBe('true');
    await typeInto(hotkey, 'w');
    await waitFor(() => expect(container.querySelector('.label-error-row')).toBeNull());
    expect(api.labels.find((l) => l.name === 'EVENT')?.hotkey).toBe('w');
  });

  it('refuses a key the review workspace keeps for itself before sending, saying what it does', async () => {
    const { container } = await openSettings();
    const hotkey = container.querySelector<HTMLInputElement>('input[aria-label="Hotkey of EVENT"]')!;
    await typeInto(hotkey, 't');
    await waitFor(() =>
      expect(container.querySelector('.label-error-row')?.textContent).toBe('T is the key for flagging teasers; choose another key.'),
    );
    expect(hotkey.getAttribute('aria-invalid')).toBe('true');
    expect(api.callsOf('labels:update')).toEqual([]);
    await typeInto(hotkey, 'w');
    await waitFor(() => expect(container.querySelector('.label-error-row')).toBeNull());
    expect(api.callsOf('labels:update')).toEqual([{ id: 'label-8', hotkey: 'w' }]);
  });

  it('the new-label form explains a reserved key as it is typed and does not send it', async () => {
    const { container } = await openSettings();
    await typeInto(container.querySelector<HTMLInputElement>('#new-label-name')!, 'PRODUCT');
    const hotkey = container.querySelector<HTMLInputElement>('#new-label-hotkey')!;
    await typeInto(hotkey, 'j');
    expect(container.querySelector('#new-label-error')?.textContent).toBe('J is the key for going to the next annotation; choose another key.');
    await click(button(container, 'Add label'));
    expect(api.callsOf('labels:create')).toEqual([]);
    await typeInto(hotkey, 'w');
    expect(container.querySelector('#new-label-error')).toBeNull();
  });

  it('reorders with the arrow buttons and Alt+arrow keys, saving the new order each time', async () => {
    const { container } = await openSettings();
    await click(button(container, 'Move ORG up'));
    await waitFor(() => expect(names(container).slice(0, 2)).toEqual(['ORG', 'PERSON']));
    expect(api.callsOf('labels:reorder')[0].ids.slice(0, 3)).toEqual(['label-2', 'label-1', 'label-3']);
    const place = container.querySelector<HTMLInputElement>('input[aria-label="Name of label PLACE"]')!;
    await act(async () => place.focus());
    await press(place, 'ArrowDown', { altKey: true });
    await waitFor(() => expect(names(container).slice(2, 4)).toEqual(['DATE', 'PLACE']));
    expect(api.callsOf('labels:reorder')).toHaveLength(2);
  });

  it('adds a label and saves a colour change', async () => {
    const { container } = await openSettings();
    await typeInto(container.querySelector<HTMLInputElement>('#new-label-name')!, 'PRODUCT');
    await typeInto(container.querySelector<HTMLInputElement>('#new-label-hotkey')!, 'r');
    await click(button(container, 'Add label'));
    await waitFor(() => expect(names(container)).toContain('PRODUCT'));
    expect(api.callsOf('labels:create')[0]).toMatchObject({ name: 'PRODUCT', hotkey: 'r' });
    await typeInto(container.querySelector<HTMLInputElement>('input[aria-label="Colour of MONEY"]')!, '#123456');
    await waitFor(() => expect(api.callsOf('labels:update')).toEqual([{ id: 'label-5', color: '#123456' }]));
  });

  it('confirms before deleting, and shows the API refusal when the label is in use', async () => {
    api.overrides['labels:delete'] = () => {
      throw new ApiError('conflict', 'PERSON is used by 12 annotations; relabel them first.');
    };
    const { container } = await openSettings();
    await click(button(container, 'Delete label PERSON'));
    expect(api.callsOf('labels:delete')).toEqual([]);
    const dialog = container.querySelector('[role="dialog"]')!;
    expect(dialog.textContent).toContain('Delete the label PERSON?');
    await click(button(dialog, 'Delete label'));
    await waitFor(() => expect(dialog.textContent).toContain('PERSON is used by 12 annotations; relabel them first.'));
    expect(names(container)).toContain('PERSON');
  });
});

describe('reviewer name', () => {
  it('loads the saved name and saves what is typed after a short pause', async () => {
    api.reviewerName = 'Ana';
    const { container } = await render(<SettingsView />);
    const input = await waitFor(() => {
      const el = container.querySelector<HTMLInputElement>('#reviewer-name')!;
      expect(el.value).toBe('Ana');
      return el;
    });
    await typeInto(input, 'Ana P');
    await typeInto(input, 'Ana Pereira');
    await waitFor(() => expect(container.querySelector('#reviewer-name-status')?.textContent).toBe('Saved'));
    expect(api.callsOf('settings:set')).toEqual([{ reviewerName: 'Ana Pereira' }]);
  });
});
