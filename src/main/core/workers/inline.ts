/**
 * The in-process implementation of CpuTasks: calls the importer and exporter directly in the calling
 * thread. Used by the unit tests, and as the fallback when a worker cannot be started.
 */
import { ApiError } from '../../../shared/result';
import { exportDocument } from '../export/index';
import { parseImport } from '../import/index';
import { suggestAll } from '../suggest/index';
import type { CpuTasks } from './cpu-tasks';

/** CpuTasks that run in this thread. */
export function inlineCpuTasks(): CpuTasks {
  let closed = false;
  const open = (): void => {
    if (closed) throw new ApiError('internal', 'The library has been closed.');
  };
  return {
    mode: 'inline',
    async parseImport(name, bytes, options) {
      open();
      return parseImport(name, bytes, options);
    },
    async exportDocument(bundle, format, ctx) {
      open();
      return exportDocument(bundle, format, ctx);
    },
    async suggest(text, context, kinds) {
      open();
      return suggestAll(text, context, kinds);
    },
    close() {
      closed = true;
    },
  };
}
