/**
 * What the `pg` project runs instead of the PostgreSQL suite when PostgreSQL is not installed here
 * (vitest.config.ts): one skipped test whose title says why, so the run says so and does not fail.
 */
import { it } from 'vitest';

it.skip('PostgreSQL is not installed (no initdb in PG_BIN, /usr/lib/postgresql/*/bin or PATH): the PostgreSQL suite and the team server’s tests are skipped. Install the Debian "postgresql" package to run it.', () => undefined);
