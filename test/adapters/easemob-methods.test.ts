/** The Easemob method table covers exactly the methods `easemob-websdk` declares on Connection. */
import { describe, expect, it } from 'vitest';
import { agora } from '../../adapters/agora/index.js';
import { easemob, easemobMethods } from '../../adapters/easemob/index.js';
import { declaredMethods } from './methods-declared.js';

const declared = declaredMethods('easemob-websdk/Easemob-chat.d.ts', /^\tclass Connection \{/, '\t\t', '\t}');

describe('easemob method table', () => {
  it('lists every method of Connection, and nothing else', () => {
    expect(declared.size).toBeGreaterThan(200);
    expect(Object.keys(easemobMethods).sort()).toEqual([...declared.keys()].sort());
  });

  it('marks local exactly the methods that return no Promise', () => {
    for (const [method, promise] of declared) {
      if (promise !== undefined) expect(easemobMethods[method] === 'local', method).toBe(!promise);
    }
  });

  it('never retries send, creates, nor open (the SDK reconnects itself); retries reads', () => {
    expect(easemobMethods).toMatchObject({
      send: 'not-idempotent',
      createGroup: 'not-idempotent',
      open: 'sdk-retries',
      fetchHistoryMessages: 'idempotent',
      getHistoryMessages: 'idempotent',
      getConversationlist: 'idempotent',
      getGroupInfo: 'idempotent',
    });
  });

  it('is carried by the Easemob and Agora adapters (the same SDK)', () => {
    expect(easemob.methods).toBe(easemobMethods);
    expect(agora.methods).toBe(easemobMethods);
  });
});
