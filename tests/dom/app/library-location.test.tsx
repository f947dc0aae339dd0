/** Settings ▸ Library: this computer or a team server, through the desktop bridge; the web-mode note. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LibraryLocation, type LibraryBridge } from '../../../src/renderer/settings/LibraryLocation';
import type { LibraryLocation as Location } from '../../../src/preload/bridge-types';
import { button, cleanup, click, render, typeInto, waitFor } from './render';

afterEach(cleanup);

/** A bridge like main's: http only for localhost, the choice remembered. */
function fakeBridge(initial: Location = { kind: 'local', teamUrl: null }) {
  let location = { ...initial };
  const bridge = {
    libraryLocation: vi.fn(async () => location),
    openTeamLibrary: vi.fn(async (url: string) => {
      if (url.startsWith('http://') && !url.startsWith('http://localhost')) {
        return { ok: false as const, message: 'A team server must use https:// (plain http:// is allowed only for localhost).' };
      }
      location = { kind: 'team', teamUrl: url.endsWith('/') ? url : `${url}/` };
      return { ok: true as const, url: location.teamUrl! };
    }),
    openLocalLibrary: vi.fn(async () => (location = { kind: 'local', teamUrl: location.teamUrl })),
  } satisfies LibraryBridge;
  return bridge;
}

const radio = (container: HTMLElement, value: string) => container.querySelector<HTMLInputElement>(`input[name="library-location"][value="${value}"]`)!;
const addressField = (container: HTMLElement) => container.querySelector<HTMLInputElement>('input[type="url"]');

describe('Settings ▸ Library (desktop)', () => {
  it('starts on this computer, with no address field until Team server is chosen', async () => {
    const { container } = await render(<LibraryLocation bridge={fakeBridge()} />);
    await waitFor(() => expect(radio(container, 'local').checked).toBe(true));
    expect(addressField(container)).toBeNull();
    await click(radio(container, 'team'));
    expect(addressField(container)).not.toBeNull();
    expect(container.textContent).toContain('plain http:// only for a server on this computer');
  });

  it('opens a team server and says where it opened', async () => {
    const bridge = fakeBridge();
    const { container } = await render(<LibraryLocation bridge={bridge} />);
    await waitFor(() => expect(radio(container, 'team')).toBeTruthy());
    await click(radio(container, 'team'));
    await typeInto(addressField(container)!, 'https://desk.example');
    await click(button(container, 'Open team library'));
    await waitFor(() => expect(container.querySelector('[role="status"]')?.textContent).toContain('Opened https://desk.example/ in its own window'));
    expect(bridge.openTeamLibrary).toHaveBeenCalledWith('https://desk.example');
  });

  it('shows main’s refusal of an insecure address next to the field', async () => {
    const { container } = await render(<LibraryLocation bridge={fakeBridge()} />);
    await waitFor(() => expect(radio(container, 'team')).toBeTruthy());
    await click(radio(container, 'team'));
    await typeInto(addressField(container)!, 'http://desk.example');
    await click(button(container, 'Open team library'));
    await waitFor(() => expect(container.querySelector('[role="alert"]')?.textContent).toBe('A team server must use https:// (plain http:// is allowed only for localhost).'));
    expect(addressField(container)!.getAttribute('aria-invalid')).toBe('true');
  });

  it('prefills the remembered team server and goes back to this computer', async () => {
    const bridge = fakeBridge({ kind: 'team', teamUrl: 'https://desk.example/' });
    const { container } = await render(<LibraryLocation bridge={bridge} />);
    await waitFor(() => expect(addressField(container)?.value).toBe('https://desk.example/'));
    expect(container.textContent).toContain('Working in the team library at https://desk.example/');
    await click(radio(container, 'local'));
    await waitFor(() => expect(bridge.openLocalLibrary).toHaveBeenCalledOnce());
    await waitFor(() => expect(container.textContent).toContain('Back to the library on this computer'));
    expect(addressField(container)).toBeNull();
  });
});

describe('Settings ▸ Library (web mode)', () => {
  it('explains that the team server is opened in the browser instead', async () => {
    const { container } = await render(<LibraryLocation bridge={null} />);
    expect(container.textContent).toContain('open the team server’s address in your browser and sign in there');
    expect(container.querySelector('input')).toBeNull();
  });
});
