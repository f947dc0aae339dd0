/** Turning anything thrown into words for the user. */
import { ApiError } from '../../shared/result';

/** The message of an `ApiError` (already written for people), else a generic sentence with the detail. */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  if (error instanceof Error) return `Something went wrong: ${error.message}`;
  return `Something went wrong: ${String(error)}`;
}
