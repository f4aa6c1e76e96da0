/** The IMError a retrying call rejected with; fails the test when it resolves or rejects with anything else. */
import { isIMError, type IMError } from '../../../../src/index.js';

export async function rejection(promise: Promise<unknown>): Promise<IMError> {
  try {
    await promise;
  } catch (error) {
    if (isIMError(error)) return error;
    throw new Error(`rejected with something other than an IMError: ${String(error)}`);
  }
  throw new Error('resolved');
}
