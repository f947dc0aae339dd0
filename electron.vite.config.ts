import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';

/**
 * In the bundle, the core starts its task worker from the chunk electron-vite emits for
 * `task-worker.ts?modulePath` (worker-entry.bundled.ts) instead of from the TypeScript source
 * through tsx (worker-entry.ts, which the web mode, the CLI and the tests use).
 */
function bundledTaskWorker(): Plugin {
  const sourceEntry = resolve(__dirname, 'src/main/core/workers/worker-entry.ts');
  const bundledEntry = resolve(__dirname, 'src/main/core/workers/worker-entry.bundled.ts');
  return {
    name: 'copydesk:bundled-task-worker',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!source.endsWith('worker-entry')) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      return resolved?.id === sourceEntry ? bundledEntry : null;
    },
  };
}

// main + preload are bundled for Node/Electron; the renderer is a plain web app (also served by `npm run web`).
export default defineConfig({
  main: {
    plugins: [bundledTaskWorker()],
    build: {
      rollupOptions: { input: { index: resolve(__dirname, 'src/main/index.ts') }, external: ['better-sqlite3', 'jsdom', 'mammoth'] },
    },
  },
  // A sandboxed preload can require nothing but 'electron': bundle everything else into it (the API
  // contract it derives its operation names from pulls in zod).
  preload: {
    build: {
      externalizeDeps: false,
      rollupOptions: { input: { index: resolve(__dirname, 'src/preload/index.ts') }, external: ['electron'], output: { format: 'cjs' } },
    },
  },
  renderer: {
    root: resolve(__dirname, 'src/renderer'),
    // electron-vite leaves bundles unminified by default; the renderer is also served over HTTP in web mode.
    build: { minify: true, rollupOptions: { input: { index: resolve(__dirname, 'src/renderer/index.html') } } },
    plugins: [react()],
  },
});
