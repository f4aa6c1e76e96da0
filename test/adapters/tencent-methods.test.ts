/** The Tencent method table covers exactly the methods `@tencentcloud/chat` declares, and its judgements hold. */
import { describe, expect, it } from 'vitest';
import { tencent, tencentMethods } from '../../adapters/tencent/index.js';
import { declaredMethods } from './methods-declared.js';

const declared = declaredMethods('@tencentcloud/chat/index.d.ts', /^export declare class ChatSDK\b/, '  ', '}');

describe('tencent method table', () => {
  it('lists every method of ChatSDK, and nothing else', () => {
    expect(declared.size).toBeGreaterThan(100);
    expect(Object.keys(tencentMethods).sort()).toEqual([...declared.keys()].sort());
  });

  it('marks local exactly the methods that return no Promise', () => {
    for (const [method, promise] of declared) {
      if (promise !== undefined) expect(tencentMethods[method] === 'local', method).toBe(!promise);
    }
  });

  it('never retries sends, creates or the login the SDK repeats itself', () => {
    expect(tencentMethods).toMatchObject({
      sendMessage: 'not-idempotent',
      resendMessage: 'not-idempotent',
      createGroup: 'not-idempotent',
      increaseGroupCounter: 'not-idempotent',
      login: 'sdk-retries',
      getConversationList: 'idempotent',
      getMessageList: 'idempotent',
      getGroupProfile: 'idempotent',
      getUserProfile: 'idempotent',
    });
  });

  it('is carried by the adapter, for wrapClient', () => {
    expect(tencent.methods).toBe(tencentMethods);
  });
});
