/** Errors across the thread boundary: data that survives structured cloning, rebuilt on the other side. */
import { describe, expect, test } from 'vitest';
import { ApiError } from '../../../src/shared/result';
import { fromWireError, toWireError } from '../../../src/main/core/workers/protocol';

/** A round trip through structured cloning, as postMessage does. */
const across = <T>(value: T): T => structuredClone(value);

describe('wire errors', () => {
  test('an ApiError comes back as an ApiError with the same code and message', () => {
    const back = fromWireError(across(toWireError(new ApiError('bad_file', '“a.pdf” is not a document.'))));
    expect(back).toBeInstanceOf(ApiError);
    expect(back).toMatchObject({ code: 'bad_file', message: '“a.pdf” is not a document.', name: 'ApiError' });
  });

  test('any other error comes back as an Error with its name, message and the stack from where it was thrown', () => {
    const original = new TypeError('x is not a function');
    const back = fromWireError(across(toWireError(original)));
    expect(back).not.toBeInstanceOf(ApiError);
    expect(back).toMatchObject({ name: 'TypeError', message: 'x is not a function', stack: original.stack });
  });

  test('a thrown non-error becomes its string; an unknown code becomes internal', () => {
    expect(fromWireError(toWireError('plain'))).toMatchObject({ message: 'plain' });
    expect(fromWireError({ kind: 'api', code: 'nope' as never, message: 'm' })).toMatchObject({ code: 'internal', message: 'm' });
  });
});
