import { fc, it } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { renderParsed, renderTemplate, templateProblems } from '../../../src/messages/template.js';
import { en } from '../../../src/messages/en.js';
import { zhCN } from '../../../src/messages/zh-CN.js';

/** Templates of any shape, well-formed or not: placeholders, choices, stray and nested brackets. */
const anyTemplate = fc
  .array(fc.constantFrom('{', '}', '[', ']', '|', '{group}', '{user}', '{wait}', '{n}', '{Bad}', '{1}', 'a', ' ', '“', '群'), { maxLength: 40 })
  .map((pieces) => pieces.join(''));
const anyValues = fc.record(
  { group: fc.constantFrom(undefined, '', 'Book Club'), user: fc.constantFrom(undefined, '', 'Ann'), wait: fc.constantFrom(undefined, '5 seconds'), n: fc.constantFrom(undefined, '1') },
  { requiredKeys: [] },
);

describe('renderTemplate', () => {
  it.prop([anyTemplate, anyValues], { numRuns: 3000 })('renders exactly what the parse renders, for any template', (template, values) => {
    expect(renderTemplate(template, values)).toBe(renderParsed(template, values));
  });

  it('renders every built-in template as the parse does, with and without context', () => {
    const templates = [en, zhCN].flatMap((catalog) => JSON.stringify(catalog).match(/"(?:[^"\\]|\\.)*"/g) ?? []).map((text) => JSON.parse(text) as string);
    expect(templates.length).toBeGreaterThan(200);
    for (const values of [{}, { group: 'Book Club', user: 'Ann', file: 'a.png', wait: '5 seconds' }]) {
      for (const template of templates) expect(renderTemplate(template, values)).toBe(renderParsed(template, values));
    }
  });

  it('fills placeholders and picks the first alternative whose values are all known', () => {
    const template = "You're not a member of [“{group}”|this group]";
    expect(renderTemplate(template, { group: 'Book Club' })).toBe("You're not a member of “Book Club”");
    expect(renderTemplate(template, {})).toBe("You're not a member of this group");
    expect(renderTemplate(template, { group: '' })).toBe("You're not a member of this group");
  });

  it('drops an optional segment whose value is unknown', () => {
    const template = "You've been muted[ in “{group}”]";
    expect(renderTemplate(template, { group: 'Book Club' })).toBe("You've been muted in “Book Club”");
    expect(renderTemplate(template, {})).toBe("You've been muted");
  });

  it('needs every placeholder of an alternative', () => {
    expect(renderTemplate('[{user} in {group}|{group}|nobody]', { group: 'G' })).toBe('G');
    expect(renderTemplate('[{user} in {group}|{group}|nobody]', { group: 'G', user: 'U' })).toBe('U in G');
    expect(renderTemplate('[{user} in {group}|{group}|nobody]', {})).toBe('nobody');
  });

  it('does not read values as templates', () => {
    expect(renderTemplate('[“{group}”|it]', { group: '{user} [x|y]' })).toBe('“{user} [x|y]”');
  });

  it.prop([fc.string(), fc.dictionary(fc.constantFrom('group', 'user', 'n', 'x'), fc.string())])('never throws, whatever the template', (template, values) => {
    expect(typeof renderTemplate(template, values)).toBe('string');
  });

  it.prop([fc.array(fc.constantFrom('a ', '{group}', '[', '|', ']', 'b', '{user}'), { maxLength: 12 })])(
    'renders a well-formed template without any syntax left over',
    (pieces) => {
      const template = pieces.join('');
      fc.pre(templateProblems(template, ['group', 'user']).length === 0);
      for (const values of [{}, { group: 'G' }, { user: 'U' }, { group: 'G', user: 'U' }]) {
        expect(renderTemplate(template, values)).not.toMatch(/[[\]{}|]/);
      }
    },
  );
});

describe('templateProblems', () => {
  it('accepts well-formed templates', () => {
    expect(templateProblems('Hello [“{group}”|there]', ['group'])).toEqual([]);
    expect(templateProblems('{n} seconds', ['n'], ['n'])).toEqual([]);
    expect(templateProblems('plain text', [])).toEqual([]);
  });

  it.each([
    ['{group} left', 'may be unknown'],
    ['[a|b', '[ without ]'],
    ['a]', '] without ['],
    ['a | b', '| outside'],
    ['[a [b] c]', 'nested'],
    ['{ group }', 'bad placeholder'],
    ['{}', 'bad placeholder'],
    ['a}', '} without {'],
    ['[{size}|big]', 'unknown placeholder {size}'],
  ])('rejects %j (%s)', (template, problem) => {
    expect(templateProblems(template, ['group']).join('; ')).toContain(problem);
  });
});
