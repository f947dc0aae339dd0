/// <reference types="vite/client" />
/**
 * The hostile-input corpus (issue 13): every case of every `cases-*.ts` in this folder is imported
 * through the real core, with the real task worker, into one temporary library. Each must be
 * imported, or refused with one sentence that says what was wrong, within 10 s; a refusal leaves the
 * library as it was; and the library passes `PRAGMA integrity_check` at the end. The web server keeps
 * answering while a hostile file is being read.
 */
import { request } from 'node:http';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { dispatch } from '../../../src/shared/dispatch';
import { createCore, type Core } from '../../../src/main/core/service';
import { startWebServer } from '../../../src/web/server';
import type { HostileCase } from './case';

const modules = import.meta.glob<{ cases: HostileCase[] }>('./cases-*.ts', { eager: true });
const corpus = Object.entries(modules).flatMap(([file, module]) => module.cases.map((c) => ({ file, ...c })));

/** The longest a case may take, from sending it to the answer. */
const CASE_LIMIT_MS = 10_000;

/** Marks of a programmer's message rather than a person's sentence. */
const NOT_A_SENTENCE = [/\n\s+at /, /\[xmldom/i, /Cannot read propert/i, /function Object/, /\bundefined\b/, /\bnull\b/, /[A-Z][a-z]+Error\b/, /\bERR_[A-Z_]+/, /Maximum call stack/i, /\{ \[native code\] \}/];

/** Fails unless `message` reads as one sentence for a person. */
function expectSentence(message: string): void {
  expect(message.trim()).toBe(message);
  expect(message).not.toMatch(/[\r\n]/);
  expect(message).toMatch(/[.!?]$/);
  expect(message.length).toBeLessThan(600);
  for (const mark of NOT_A_SENTENCE) expect(message).not.toMatch(mark);
}

/** What the library holds, to compare before and after a refusal. */
function snapshot(core: Core): unknown {
  const one = (sql: string) => core.db.prepare(sql).pluck().get();
  return {
    documents: one('SELECT group_concat(id) FROM (SELECT id FROM documents ORDER BY id)'),
    annotations: one('SELECT count(*) FROM annotations'),
    labels: one('SELECT group_concat(name) FROM (SELECT name FROM labels ORDER BY name)'),
    claims: one('SELECT count(*) FROM claims'),
  };
}

const bytesOf = (file: HostileCase['files'][number]): Uint8Array => (typeof file.bytes === 'function' ? file.bytes() : file.bytes);
const base64 = (bytes: Uint8Array): string => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');

/** The import request of a case: its first file, the others as companions. */
function importRequest(c: HostileCase) {
  const [main, ...companions] = c.files;
  return {
    name: main.name,
    data: base64(bytesOf(main)),
    companions: companions.map((file) => ({ name: file.name, data: base64(bytesOf(file)) })),
    allowDuplicate: true,
  };
}

// One library for the whole corpus, in a folder of its own (removed after the last test, not after each).
let dir: string;
let core: Core;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'copydesk-hostile-'));
  core = createCore({ dbPath: join(dir, 'library.sqlite'), version: 'test', cpu: 'worker' });
});
afterAll(() => {
  core?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the hostile-input corpus', () => {
  test('has the cases of every module, with unique names', () => {
    expect(Object.keys(modules)).toContain('./cases-parsers.ts');
    expect(corpus.length).toBeGreaterThanOrEqual(60);
    expect(new Set(corpus.map((c) => c.name)).size).toBe(corpus.length);
  });

  for (const c of corpus) {
    test(`${c.name} (${c.file.slice(2)}) is ${c.expect === 'either' ? 'imported or refused' : c.expect}`, { timeout: 60_000 }, async () => {
      const input = importRequest(c);
      const before = snapshot(core);
      const started = Date.now();
      const result = await dispatch(core.handlers, 'documents:import', input);
      const elapsed = Date.now() - started;
      const answer = result.ok ? (result.value as { status: 'imported' | 'skipped'; reason?: string }) : null;
      const refusal = !result.ok ? result.error.message : answer?.status === 'skipped' ? (answer.reason ?? '') : null;
      if (c.expect === 'imported') expect(refusal, 'refused').toBeNull();
      if (c.expect === 'refused') expect(refusal, 'imported').not.toBeNull();
      if (refusal !== null) {
        expectSentence(refusal);
        if (c.mentions) expect(refusal).toMatch(c.mentions);
        expect(snapshot(core)).toEqual(before);
      }
      expect(elapsed, `answered after ${elapsed} ms`).toBeLessThan(CASE_LIMIT_MS);
    });
  }

  test('the library is intact after the whole corpus', () => {
    expect(core.db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(core.db.pragma('foreign_key_check')).toEqual([]);
  });
});

describe('the web server while a hostile file is read', () => {
  test('answers another request before the import of 100,000 nested divs is refused', { timeout: 60_000 }, async () => {
    const renderer = join(dir, 'web', 'renderer');
    mkdirSync(renderer, { recursive: true });
    const webCore = createCore({ dbPath: join(dir, 'web', 'library.sqlite'), version: 'test', cpu: 'worker' });
    const server = await startWebServer({ core: webCore, rendererDir: renderer, maxBodyBytes: 16 * 1024 * 1024 });
    try {
      const call = (name: string, input: unknown) =>
        new Promise<{ status: number; body: string; at: number }>((resolve, reject) => {
          const body = JSON.stringify(input);
          const req = request(
            {
              host: '127.0.0.1',
              port: server.port,
              path: `/api/${name}`,
              method: 'POST',
              headers: { host: `127.0.0.1:${server.port}`, 'content-type': 'application/json', authorization: `Bearer ${server.token}` },
            },
            (res) => {
              const chunks: Buffer[] = [];
              res.on('data', (chunk: Buffer) => chunks.push(chunk));
              res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8'), at: Date.now() }));
            },
          );
          req.on('error', reject);
          req.end(body);
        });
      const html = `<html><body>${'<div>'.repeat(100_000)}x${'</div>'.repeat(100_000)}</body></html>`;
      const importing = call('documents:import', { name: 'divs.html', data: Buffer.from(html).toString('base64') });
      // Give the worker the file first, then ask for the library listing.
      await new Promise((resolve) => setTimeout(resolve, 50));
      const listing = await call('documents:list', {});
      const imported = await importing;
      expect(listing.status).toBe(200);
      expect(listing.at).toBeLessThan(imported.at);
      expect(imported.status).toBe(200);
      expect(JSON.parse(imported.body)).toMatchObject({ ok: true, value: { status: 'skipped', reason: expect.stringContaining('nested 100,000 levels deep') } });
    } finally {
      await server.close();
      webCore.close();
    }
  });
});
