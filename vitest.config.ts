import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { findPgBin } from './src/main/core/pg/cluster';

// The `pg` project: the handler tests again with every core on PostgreSQL (one throw-away cluster for
// the run), and the PostgreSQL store's own tests. Without PostgreSQL it runs one skipped test saying so.
const pgInstalled = findPgBin() !== null;
if (!pgInstalled) console.warn('PostgreSQL is not installed (no initdb): the "pg" test project is skipped. Install the "postgresql" package to run it.');

const PG_TEAM_TESTS = ['tests/unit/team/server.test.ts', 'tests/unit/team/two-teams.test.ts', 'tests/unit/team/main.test.ts', 'tests/unit/team/accounts.test.ts'];

// The core against real temporary SQLite files (Node), the editor and views in happy-dom, and `pg` above.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          environment: 'node',
          include: ['tests/unit/**/*.test.ts'],
          // The team server's own tests start a PostgreSQL cluster: without PostgreSQL they go with the `pg` project.
          exclude: ['tests/unit/pg/**', ...(pgInstalled ? [] : PG_TEAM_TESTS)],
          testTimeout: 20000,
        },
      },
      {
        test: pgInstalled
          ? {
              name: 'pg',
              environment: 'node',
              include: ['tests/unit/core/**/*.test.ts', 'tests/unit/suggest/suggestions-store.test.ts', 'tests/unit/suggest/suggestions-withdrawn.test.ts', 'tests/unit/pg/**/*.test.ts',
                'tests/unit/export/folder-export.test.ts', 'tests/unit/export/full-titles.test.ts', 'tests/unit/import/brat-roundtrip.test.ts',
                'tests/unit/import/copydesk-json-schemas.test.ts', 'tests/unit/workers/core-worker.test.ts'],
              env: { COPYDESK_TEST_STORE: 'postgres' },
              globalSetup: ['tests/unit/pg/global-setup.ts'],
              testTimeout: 30000,
            }
          : { name: 'pg', environment: 'node', include: ['tests/pg-missing/*.test.ts'] },
      },
      {
        plugins: [react()],
        test: { name: 'dom', environment: 'happy-dom', include: ['tests/dom/**/*.test.{ts,tsx}'], testTimeout: 20000 },
      },
    ],
  },
});
