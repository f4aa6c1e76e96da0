/** The `im-errors/di` entry loads reflect-metadata itself, so tsyringe can be imported right after it. */
import { describe, expect, it } from 'vitest';

describe('im-errors/di', () => {
  it('installs the Reflect metadata polyfill before tsyringe needs it', async () => {
    const reflect = Reflect as unknown as { readonly getMetadata?: unknown };
    expect(reflect.getMetadata, 'this test file must start without the polyfill').toBeUndefined();
    const entry = await import('../../../src/di/index.js');
    expect(typeof reflect.getMetadata).toBe('function');
    const tsyringe = await import('tsyringe');
    const container = entry.registerIMErrors(tsyringe.container.createChildContainer(), { adapters: [] });
    expect(container.isRegistered(entry.IMErrorsTokens.normalize)).toBe(true);
  });
});
