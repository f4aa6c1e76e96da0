/** How the explorer reads its input box: codes, JSON, bad JSON and text, never echoing values in the summary. */
import { fc, it } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { EMPTY_SUMMARY, readInput } from '../../../../examples/explorer/app/read-input.js';

const FORMS = ['empty', 'code', 'json', 'bad-json', 'text'];

/** A value no key or summary word could contain by chance. */
const secret = fc.stringMatching(/^[A-Za-z0-9]{6,24}$/).map((text) => `S3cr3t${text}`);

describe('readInput', () => {
  it.each([
    ['', 'empty', undefined, EMPTY_SUMMARY],
    ['  \n ', 'empty', undefined, EMPTY_SUMMARY],
    ['70001', 'code', 70001, 'a bare code: 70001'],
    [' -2 ', 'code', -2, 'a bare code: -2'],
    ['123456789012345678901', 'code', '123456789012345678901', 'a bare code (too long for a number: read as a digit string)'],
    ['{"code":70001,"message":" | sendMessage | "}', 'json', { code: 70001, message: ' | sendMessage | ' }, 'a JSON object with code, message'],
    ['{"type":1,"data":{"type":-2,"extraInfo":{"httpCode":0}}}', 'json', { type: 1, data: { type: -2, extraInfo: { httpCode: 0 } } }, 'a JSON object with type, data {type, extraInfo}'],
    ['"70001"', 'json', '70001', 'a JSON string holding the code 70001'],
    ['[1,2]', 'json', [1, 2], 'a JSON array of 2 items'],
    ['{}', 'json', {}, 'an empty JSON object'],
  ])('reads %j as %s', (input, form, value, summary) => {
    expect(readInput(input)).toEqual({ form, value, summary });
  });

  it('reads bad JSON as the text of a thrown Error, saying where the JSON broke', () => {
    const read = readInput('{"code": 70001,');
    expect(read.form).toBe('bad-json');
    expect(read.value).toBeInstanceOf(Error);
    expect((read.value as Error).message).toBe('{"code": 70001,');
    expect(read.summary).toMatch(/^not valid JSON at character \d+: read as the message of a thrown Error$/);
  });

  it('reads text as a thrown Error, with the name a console prints before it', () => {
    const fetch = readInput('TypeError: Failed to fetch');
    expect([fetch.form, (fetch.value as Error).name, (fetch.value as Error).message, fetch.summary]).toEqual([
      'text',
      'TypeError',
      'Failed to fetch',
      'text: read as the message of a thrown TypeError',
    ]);
    const plain = readInput('Params validate failed.');
    expect([(plain.value as Error).name, (plain.value as Error).message]).toEqual(['Error', 'Params validate failed.']);
  });

  it.prop([fc.string({ unit: 'binary', maxLength: 300 })])('is total: every string is read as one of the forms', (input) => {
    const read = readInput(input);
    expect(FORMS).toContain(read.form);
    expect(typeof read.summary).toBe('string');
  });

  it.prop([fc.integer({ min: Number.MIN_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER })])('reads every integer as that code', (code) => {
    expect(readInput(String(code))).toMatchObject({ form: 'code', value: code });
  });

  it.prop([fc.oneof(fc.jsonValue().filter((value) => value !== null && typeof value === 'object'), fc.string())])(
    'reads JSON objects, arrays and strings back to the value they encode',
    (value) => {
      // JSON has no -0: what the text encodes is what JSON.parse reads back from it.
      const json = JSON.stringify(value);
      expect(readInput(json)).toMatchObject({ form: 'json', value: JSON.parse(json) as unknown });
    },
  );

  it.prop([fc.dictionary(fc.stringMatching(/^[a-z]{1,10}$/), secret, { minKeys: 1, maxKeys: 12 }), fc.boolean()])(
    'never echoes a value in the summary, from good JSON or bad',
    (object, broken) => {
      const json = JSON.stringify(object);
      const read = readInput(broken ? json.slice(0, -1) : json);
      expect(read.form).toBe(broken ? 'bad-json' : 'json');
      for (const value of Object.values(object)) expect(read.summary).not.toContain(value);
    },
  );
});
