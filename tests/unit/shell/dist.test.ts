/** `npm run dist` (scripts/dist.mjs): targets, the runtime check and the signing decisions. */
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it, vi } from 'vitest';

interface Target {
  platform: string;
  arch: string;
}
interface DistScript {
  targetsFromArgs(argv: string[], hostPlatform: string, hostArch: string): Target[];
  ensureRuntimes(version: string, targets: Target[], download: (details: Record<string, string>) => Promise<string>): Promise<void>;
  signingPlan(env: Record<string, string>, targets: Target[]): { lines: string[]; overrides: string[]; envChanges: Record<string, string> };
  withoutNodedir(env: Record<string, string>): Record<string, string>;
  DistError: new (message: string) => Error;
}

const root = resolve(__dirname, '../../..');
let dist: DistScript;
beforeAll(async () => {
  dist = (await import(pathToFileURL(join(root, 'scripts', 'dist.mjs')).href)) as DistScript;
});

describe('npm run dist: where the Electron runtime cannot be fetched', () => {
  it('stops with one sentence naming the runtime, the reason and what to do', async () => {
    const offline = Object.assign(new Error('getaddrinfo ENOTFOUND github.com\n    at ClientRequest.<anonymous> (got/index.js:970:111)'), { code: 'ENOTFOUND' });
    const download = vi.fn(async () => {
      throw offline;
    });
    const failure = dist.ensureRuntimes('45.5.0', [{ platform: 'linux', arch: 'x64' }], download);
    await expect(failure).rejects.toBeInstanceOf(dist.DistError);
    const message = ((await failure.catch((error: unknown) => error)) as Error).message;
    expect(message).toBe(
      "Copydesk's installers cannot be built here: the Electron 45.5.0 runtime for Linux x64 could not be downloaded (ENOTFOUND); " +
        'build on a machine that can reach Electron\'s downloads, or set ELECTRON_MIRROR to a reachable copy (README: "Desktop app: building installers").',
    );
    expect(message).not.toContain('\n'); // no stack trace
    expect(download).toHaveBeenCalledWith({ artifactName: 'electron', platformName: 'linux', arch: 'x64', version: '45.5.0' });
  });

  it('fetches every target before packaging starts', async () => {
    const download = vi.fn(async (_details: Record<string, string>) => '/cache/electron.zip');
    await dist.ensureRuntimes('45.5.0', dist.targetsFromArgs(['--mac', '--universal'], 'linux', 'x64'), download);
    expect(download.mock.calls.map(([details]) => `${details.platformName}-${details.arch}`)).toEqual(['darwin-x64', 'darwin-arm64']);
  });
});

describe('npm run dist: targets', () => {
  it("builds for this machine unless electron-builder's platform and arch flags say otherwise", () => {
    expect(dist.targetsFromArgs([], 'linux', 'x64')).toEqual([{ platform: 'linux', arch: 'x64' }]);
    expect(dist.targetsFromArgs(['--win', '--linux', '--arm64', 'deb'], 'darwin', 'arm64')).toEqual([
      { platform: 'win32', arch: 'arm64' },
      { platform: 'linux', arch: 'arm64' },
    ]);
  });
});

describe('npm run dist: signing from environment secrets', () => {
  const mac = [{ platform: 'darwin', arch: 'arm64' }];

  it('builds explicitly unsigned, and says so, without secrets', () => {
    const plan = dist.signingPlan({}, mac);
    expect(plan.envChanges.CSC_IDENTITY_AUTO_DISCOVERY).toBe('false');
    expect(plan.overrides).toContain('-c.mac.notarize=false');
    expect(plan.lines[0]).toMatch(/^macOS: unsigned and not notarised \(set CSC_LINK/);
  });

  it('signs and notarises with a certificate and an App Store Connect API key', () => {
    const plan = dist.signingPlan({ CSC_LINK: 'cert.p12', CSC_KEY_PASSWORD: 'x', APPLE_API_KEY: 'key.p8', APPLE_API_KEY_ID: 'ABC', APPLE_API_ISSUER: 'uuid' }, mac);
    expect(plan.overrides).toEqual([]);
    expect(plan.envChanges).toEqual({});
    expect(plan.lines).toEqual(['macOS: signed with CSC_LINK and notarised.']);
  });

  it('signs but does not notarise when only the certificate is given', () => {
    const plan = dist.signingPlan({ CSC_LINK: 'cert.p12' }, mac);
    expect(plan.overrides).toEqual(['-c.mac.notarize=false']);
    expect(plan.lines[0]).toMatch(/^macOS: signed with CSC_LINK; not notarised/);
  });

  it('says whether Windows installers are signed', () => {
    expect(dist.signingPlan({ WIN_CSC_LINK: 'cert.pfx' }, [{ platform: 'win32', arch: 'x64' }]).lines).toEqual(['Windows: signed with WIN_CSC_LINK (or CSC_LINK).']);
    expect(dist.signingPlan({}, [{ platform: 'win32', arch: 'x64' }]).lines[0]).toMatch(/^Windows: unsigned/);
  });

  it("removes npm's nodedir, which would compile the binding against the system Node", () => {
    expect(dist.withoutNodedir({ npm_config_nodedir: '/usr', NPM_CONFIG_NODEDIR: '/usr', PATH: '/bin' })).toEqual({ PATH: '/bin' });
  });
});
