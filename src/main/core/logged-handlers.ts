/**
 * Every handler of the core, wrapped so that an unexpected error (anything but an ApiError, which is
 * already a sentence) is written to the error log with its stack and answered as an ApiError
 * `internal` saying what was being done and that the detail is in the log. Every front door — IPC,
 * web, CLI — calls these wrapped handlers, so none of them can pass exception text to a person.
 */
import { OPERATION_NAMES, type Handlers, type OperationName } from '../../shared/api';
import { ApiError } from '../../shared/result';
import { activityOf, unexpectedMessage } from '../../shared/unexpected';
import type { ErrorLog } from './error-log';

type AnyHandler = (input: unknown) => unknown;

/** `handlers` with unexpected errors logged to `log` and turned into a sentence. */
export function withErrorLog(handlers: Handlers, log: ErrorLog): Handlers {
  const wrapped = Object.create(null) as Record<OperationName, AnyHandler>;
  for (const name of OPERATION_NAMES) {
    const handler = handlers[name] as AnyHandler;
    const activity = activityOf(name);
    wrapped[name] = async (input) => {
      try {
        return await handler(input);
      } catch (error) {
        if (error instanceof ApiError) throw error;
        log.record(`${activity} (${name})`, error);
        throw new ApiError('internal', unexpectedMessage(activity));
      }
    };
  }
  return wrapped as unknown as Handlers;
}
