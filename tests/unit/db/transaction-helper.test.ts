// Every transaction of the core goes through db/sql.ts (inTransaction: BEGIN IMMEDIATE, so a second
// writer waits its turn; readTransaction for a consistent read) or a store's write/read (store/sqlite.ts,
// pg/store.ts). A `db.transaction(…)` written elsewhere would start deferred and bring back
// "database is locked" (issue 11, item 17).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';

const core = join(process.cwd(), 'src/main/core');
/** The modules that may begin a transaction. */
const OWNERS = [join('db', 'sql.ts'), join('store', 'sqlite.ts'), join('pg', 'store.ts')];

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return name.endsWith('.ts') ? [path] : [];
  });
}

describe('transactions', () => {
  test('no code outside db/sql.ts and the stores starts a transaction of its own', () => {
    const offenders = sources(core)
      .filter((path) => !OWNERS.some((owner) => path.endsWith(owner)))
      .flatMap((path) =>
        readFileSync(path, 'utf8')
          .split('\n')
          .map((line, i) => ({ line, at: `${relative(core, path)}:${i + 1}` }))
          .filter(({ line }) => /\.transaction\(|\bBEGIN\s+(DEFERRED|IMMEDIATE|EXCLUSIVE|TRANSACTION)?\s*;?['"`]/i.test(line))
          .map(({ at }) => at),
      );
    expect(offenders).toEqual([]);
  });
});
