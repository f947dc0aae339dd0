#!/usr/bin/env node
/**
 * The `copydesk` command (package.json "bin"; `npx copydesk …` in a clone after `npm install`).
 * Runs the TypeScript CLI (src/cli/index.ts) through tsx's loader, registered in this process, so
 * there is no build step and — unlike `npm run cli --` — no npm banner before the output, so
 * `copydesk list --json` prints JSON and nothing else.
 */
import { register } from 'tsx/esm/api';

register();
await import(new URL('../src/cli/index.ts', import.meta.url).href);
