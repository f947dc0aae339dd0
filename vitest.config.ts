import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// Two projects: the core against real temporary SQLite files (Node), and the editor and views in happy-dom.
export default defineConfig({
  test: {
    projects: [
      {
        test: { name: 'unit', environment: 'node', include: ['tests/unit/**/*.test.ts'], testTimeout: 20000 },
      },
      {
        plugins: [react()],
        test: { name: 'dom', environment: 'happy-dom', include: ['tests/dom/**/*.test.{ts,tsx}'], testTimeout: 20000 },
      },
    ],
  },
});
