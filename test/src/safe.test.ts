/**
 * The safe reader's base fields: the properties normalize reads from every value, read together in one guarded block
 * the first time any of them is asked for, each once, whichever way it is asked (`baseOf`, `safeGet`, `readFields`).
 */
import { describe, expect, it } from 'vitest';
import { baseOf, readFields, readingOnce, safeGet } from '../../src/safe.js';
import { countingReads } from '../support/counting.js';
import { revokedProxy } from '../support/hostile.js';

/** The base fields' keys, as `baseOf` gives them. */
const BASE_KEYS = Object.keys(readingOnce(() => baseOf({}))!);

describe('base fields', () => {
  it('are the properties every walked value is asked for', () => {
    expect(BASE_KEYS).toStrictEqual(['code', 'type', 'message', 'desc', 'description', 'name', 'data', 'error', 'errMsg', 'cause', 'status', 'statusCode', 'headers', 'response']);
  });

  it('are read together the first time one is asked for, each once, however they are asked for', () => {
    const { value, reads } = countingReads({ code: 70001, message: 'UserSig expired', status: 401, ErrorCode: 5 });
    const answers = readingOnce(() => [
      safeGet(value, 'code'),
      baseOf(value)?.message,
      safeGet(value, 'status'),
      readFields(value)?.code,
      safeGet(value, 'ErrorCode'),
      safeGet(value, 'ErrorCode'),
      baseOf(value)?.code,
    ]);
    expect(answers).toStrictEqual([70001, 'UserSig expired', 401, 70001, 5, 5, 70001]);
    for (const key of BASE_KEYS) expect(reads.get(key), key).toBe(1);
    expect(reads.get('ErrorCode')).toBe(1);
  });

  it('give undefined for one whose getter throws, and the others still', () => {
    let asked = 0;
    const value = {
      code: 2801,
      get message(): string {
        asked++;
        throw new Error('getter');
      },
    };
    const fields = readingOnce(() => [baseOf(value), safeGet(value, 'message')] as const);
    expect(fields[0]?.code).toBe(2801);
    expect(fields[0]?.message).toBeUndefined();
    expect(fields[1]).toBeUndefined();
    expect(asked).toBe(1);
  });

  it('are all undefined for a revoked Proxy, and none for a value that is not an object', () => {
    const fields = readingOnce(() => baseOf(revokedProxy()));
    expect(Object.keys(fields!)).toStrictEqual(BASE_KEYS);
    for (const key of BASE_KEYS) expect((fields as unknown as Record<string, unknown>)[key], key).toBeUndefined();
    expect(baseOf(null)).toBeUndefined();
    expect(baseOf(70001)).toBeUndefined();
    expect(baseOf('code')).toBeUndefined();
  });

  it('outside a readingOnce call, safeGet reads only the key asked for', () => {
    const { value, reads } = countingReads({ code: 1, message: 'm' });
    expect(safeGet(value, 'code')).toBe(1);
    expect([...reads.keys()]).toStrictEqual(['code']);
  });
});
