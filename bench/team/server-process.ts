/**
 * The team server under test, in its own process as in production (`src/team/main.ts` through tsx's
 * loader, so `--cpu-prof` profiles the server itself and not a launcher). It serves a stand-in page
 * instead of the built renderer: the bench calls only the API. Its access log — one JSON line per
 * request with the operation and the server's own milliseconds — is kept for the report.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** One access-log line: which operation, its status, and how long the server took. */
export interface ServerTiming {
  operation: string;
  status: number;
  ms: number;
}

/** A running server process. */
export interface ServerProcess {
  origin: URL;
  /** The access log so far (requests answered). */
  timings: ServerTiming[];
  /** Stops the server (SIGTERM, as Ctrl+C) and waits for it to exit. */
  stop(): Promise<void>;
}

export interface ServerProcessOptions {
  pgUrl: string;
  /** Folder for a V8 CPU profile of the server (written when it exits). */
  cpuProfDir?: string;
  startTimeoutMs?: number;
}

/** Starts `src/team/main.ts` on `pgUrl` on a free loopback port and waits until it listens. */
export async function startServerProcess(options: ServerProcessOptions): Promise<ServerProcess> {
  const dir = mkdtempSync(join(tmpdir(), 'copydesk-bench-team-'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Copydesk bench</title>');
  const profile = options.cpuProfDir ? ['--cpu-prof', '--cpu-prof-dir', options.cpuProfDir] : [];
  const child = spawn(
    process.execPath,
    [...profile, '--import', 'tsx', join(ROOT, 'src/team/main.ts'), '--pg', options.pgUrl, '--port', '0', '--renderer', dir, '--log-dir', dir],
    { cwd: ROOT, env: { ...process.env, INIT_CWD: ROOT }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const timings: ServerTiming[] = [];
  let output = '';
  let pending = '';
  const origin = await new Promise<URL>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the team server did not start in time:\n${output}`)), options.startTimeoutMs ?? 60_000);
    child.stdout!.on('data', (chunk: Buffer) => {
      pending += chunk.toString();
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) {
        const entry = parseLine(line);
        if (entry?.event === 'listening' && typeof entry.url === 'string') {
          clearTimeout(timer);
          resolve(new URL(entry.url));
        } else if (typeof entry?.operation === 'string' && typeof entry.ms === 'number') {
          timings.push({ operation: entry.operation, status: Number(entry.status), ms: entry.ms });
        } else if (output.length < 20_000) {
          output += `${line}\n`;
        }
      }
    });
    child.stderr!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      process.stderr.write(chunk);
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the team server exited with ${code}:\n${output}`));
    });
  });
  return {
    origin,
    timings,
    stop: () => stopChild(child).finally(() => rmSync(dir, { recursive: true, force: true })),
  };
}

function parseLine(line: string): Record<string, unknown> | null {
  if (!line.startsWith('{')) return null;
  try {
    return JSON.parse(line) as Record<string, unknown>;
  } catch {
    return null;
  }
}

function stopChild(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
    setTimeout(() => child.kill('SIGKILL'), 10_000).unref();
  });
}
