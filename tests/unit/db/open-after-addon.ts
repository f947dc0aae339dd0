/**
 * Child process: loads SQLite's addon before the library opener (so `file:` URIs stay off, as in a
 * process that used better-sqlite3 first), then opens the library named on the command line and
 * prints `ok` or the refusal.
 */
import Database from 'better-sqlite3';

new Database(':memory:').close();
const { openDatabase } = await import('../../../src/main/core/db/open');
try {
  openDatabase(process.argv[2]).close();
  console.log('ok');
} catch (error) {
  console.log(error instanceof Error ? error.message : String(error));
}
