/**
 * Validates a request against the contract and runs its handler, answering a `Result` (never throwing).
 * Every string of a valid input is made well-formed UTF-16 (well-formed.ts) before the handler sees
 * it, so nothing stored through any front door can hold a lone surrogate.
 */
import { api, isOperationName, type Handlers, type OperationName, type Output } from './api';
import { ApiError, type Result } from './result';
import { activityOf, unexpectedMessage } from './unexpected';
import { wellFormedDeep } from './well-formed';
import { describeZodError } from './zod-message';

export async function dispatch(handlers: Handlers, name: unknown, rawInput: unknown): Promise<Result<unknown>> {
  if (!isOperationName(name)) {
    return { ok: false, error: { code: 'unknown_operation', message: `There is no operation called "${String(name)}".` } };
  }
  const parsed = api[name].input.safeParse(rawInput === undefined ? {} : rawInput);
  if (!parsed.success) {
    return {
      ok: false,
      error: { code: 'invalid_input', message: `The request for ${name} is not valid: ${describeZodError(parsed.error)}.` },
    };
  }
  try {
    const handler = handlers[name] as (input: unknown) => Output<OperationName> | Promise<Output<OperationName>>;
    return { ok: true, value: await handler(wellFormedDeep(parsed.data)) };
  } catch (error) {
    return { ok: false, error: toErrorShape(error, activityOf(name)) };
  }
}

/**
 * The error shape of `error`: an ApiError as it is; anything else as the sentence for an unexpected
 * failure while doing `activity` — never the exception's text (the core logs that, see error-log.ts).
 */
export function toErrorShape(error: unknown, activity = 'carrying out your request'): { code: ApiError['code']; message: string } {
  if (error instanceof ApiError) return { code: error.code, message: error.message };
  return { code: 'internal', message: unexpectedMessage(activity) };
}
