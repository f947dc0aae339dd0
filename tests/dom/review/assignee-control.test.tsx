import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AssigneeControl } from '../../../src/renderer/assign/AssigneeControl';
import { FakeApi } from '../app/fakeApi';
import { button, cleanup, click, render, waitFor } from '../app/render';

let api: FakeApi;
let assignOthers: boolean;

beforeEach(() => {
  api = new FakeApi().install();
  assignOthers = false;
  api.overrides['documents:assignees'] = () => ({ names: ['Dana Park', 'Mei Chen'], me: 'Mei Chen', assignOthers });
  api.overrides['documents:bulk'] = ({ selection }) => ({ done: selection.ids.length, nextSeq: null });
});
afterEach(cleanup);

describe('the workspace’s "Assigned to" control', () => {
  it('offers an editor on a team server "Take" for a free document, then "Give back"', async () => {
    const { container } = await render(<AssigneeControl documentId="d1" assignee={null} />);
    await click(button(container, 'Unassigned ▾'));
    await click(await waitFor(() => button(container, 'Take')));
    await waitFor(() => expect(button(container, 'Assigned to Mei Chen ▾')).toBeTruthy());
    expect(api.callsOf('documents:bulk')).toEqual([{ selection: { ids: ['d1'] }, action: { kind: 'assign', assignee: 'Mei Chen' } }]);

    await click(button(container, 'Assigned to Mei Chen ▾'));
    await click(await waitFor(() => button(container, 'Give back')));
    await waitFor(() => expect(button(container, 'Unassigned ▾')).toBeTruthy());
    expect(api.callsOf('documents:bulk').at(-1)).toMatchObject({ action: { kind: 'assign', assignee: null } });
  });

  it('offers an editor nothing to take on a colleague’s document', async () => {
    const { container } = await render(<AssigneeControl documentId="d1" assignee="Dana Park" />);
    await click(button(container, 'Assigned to Dana Park ▾'));
    const take = await waitFor(() => button(container, 'Take'));
    expect(take.disabled).toBe(true);
    expect(() => button(container, 'Give back')).toThrow();
  });

  it('lets whoever may assign others type or pick a name, and unassign', async () => {
    assignOthers = true;
    const { container } = await render(<AssigneeControl documentId="d1" assignee="Dana Park" />);
    await click(button(container, 'Assigned to Dana Park ▾'));
    const name = await waitFor(() => container.querySelector<HTMLInputElement>('input[aria-label="Assign this document to"]')!);
    expect(Array.from(container.querySelectorAll('datalist option')).map((o) => o.getAttribute('value'))).toEqual(['Dana Park', 'Mei Chen']);
    expect(name).toBeTruthy();
    await click(button(container, 'Unassign'));
    await waitFor(() => expect(button(container, 'Unassigned ▾')).toBeTruthy());
  });
});
