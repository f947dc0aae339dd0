/** Validates a request against the contract and runs its handler, answering a `Result` (never throwing). */
import { api, isOperationName, type Handlers, type OperationName, type Output } from './api';
import { ApiError, type Result } from './result';
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
    return { ok: true, value: await handler(parsed.data) };
  } catch (error) {
    return { ok: false, error: toErrorShape(error) };
  }
}

export function toErrorShape(error: unknown): { code: ApiError['code']; message: string } {
  if (error instanceof ApiError) return { code: error.code, message: error.message };
  const message = error instanceof Error ? error.message : String(error);
  return { code: 'internal', message: `Something went wrong: ${message}` };
}
