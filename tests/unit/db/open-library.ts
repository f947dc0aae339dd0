/**
 * Child process for the read-only tests: opens the library named on the command line as the user
 * it runs as and prints `{"ok":true}` or the refusal's `{ code, message }` as JSON.
 * (Root may write any file, so the tests run this as `nobody` when they are root.)
 */
import { openDatabase } from '../../../src/main/core/db/open';
import { ApiError } from '../../../src/shared/result';

try {
  openDatabase(process.argv[2]).close();
  console.log(JSON.stringify({ ok: true }));
} catch (error) {
  const shape = error instanceof ApiError ? { code: error.code, message: error.message } : { code: 'thrown', message: String(error) };
  console.log(JSON.stringify(shape));
}
