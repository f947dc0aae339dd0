// The web mode on a fresh temporary library, for the benches that time Copydesk through its API
// (bench/suggest.mjs, bench/triage.mjs): its address, an API caller, and stop() (server and files).
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** Starts `scripts/web.mjs` (which rebuilds the renderer when its sources changed) on an empty library. */
export async function startWebMode() {
  const dir = mkdtempSync(join(tmpdir(), 'copydesk-bench-'));
  const server = spawn(process.execPath, ['scripts/web.mjs', '--db', join(dir, 'library.sqlite'), '--port', '0'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  const stop = () => {
    server.kill('SIGTERM');
    rmSync(dir, { recursive: true, force: true });
  };
  let url;
  try {
    url = await new Promise((resolve, reject) => {
      let out = '';
      const onData = (chunk) => {
        out += chunk;
        const m = /(http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+)/.exec(out);
        if (m) resolve(m[1]);
      };
      server.stdout.on('data', onData);
      server.stderr.on('data', onData);
      server.on('exit', (code) => reject(new Error(`web mode exited with ${code}: ${out}`)));
    });
  } catch (error) {
    stop();
    throw error;
  }
  const origin = new URL(url).origin;
  const token = new URL(url).searchParams.get('token');
  async function api(op, input = {}) {
    const r = await fetch(`${origin}/api/${op}`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify(input) });
    const body = await r.json();
    if (!body.ok) throw new Error(`${op}: ${body.error.message}`);
    return body.value;
  }
  return { url, api, stop };
}
