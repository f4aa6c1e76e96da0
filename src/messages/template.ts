/**
 * Message templates: plain strings with `{name}` placeholders and `[a|b]` choices, so that a sentence reads
 * naturally whether or not a context value is known.
 *
 * - `{group}` is replaced by the context value `group`.
 * - `[“{group}”|this group]` shows the first alternative whose placeholders all have values, else nothing:
 *   `[ in “{group}”]` is dropped when no group is known.
 * - `[`, `]`, `{`, `}` and `|` are syntax; a template that misuses them is rejected by {@link templateProblems}.
 */

/** A message template, e.g. `'You're not a member of [“{group}”|this group].'`. */
export type Template = string;

/** Values for a template's placeholders; a missing or empty value counts as unknown. */
export type TemplateValues = { readonly [name: string]: string | undefined };

/** One piece of a parsed template. */
type Part =
  | { readonly type: 'text'; readonly text: string }
  | { readonly type: 'slot'; readonly name: string }
  | { readonly type: 'choice'; readonly alternatives: ReadonlyArray<readonly Part[]> };

/** A parsed template, with what is wrong with it (nothing, for a well-formed one). */
interface Parsed {
  readonly parts: readonly Part[];
  readonly problems: readonly string[];
}

const NAME = /^[a-z][A-Za-z]*$/;

/** Parses a template; never throws. Problems are collected, and the parts are the best reading of what is there. */
function parse(template: string): Parsed {
  const problems: string[] = [];
  const top: Part[] = [];
  let alternatives: Part[][] | undefined; // inside `[...]`
  let text = '';
  const target = (): Part[] => (alternatives === undefined ? top : alternatives[alternatives.length - 1]!);
  const flush = (): void => {
    if (text !== '') target().push({ type: 'text', text });
    text = '';
  };
  for (let i = 0; i < template.length; i++) {
    const char = template[i]!;
    if (char === '{') {
      const end = template.indexOf('}', i);
      const name = end < 0 ? '' : template.slice(i + 1, end);
      if (!NAME.test(name)) {
        problems.push(`bad placeholder at ${i}`);
        continue;
      }
      flush();
      target().push({ type: 'slot', name });
      i = end;
    } else if (char === '[') {
      if (alternatives !== undefined) problems.push(`nested [ at ${i}`);
      flush();
      alternatives = [[]];
    } else if (char === '|') {
      if (alternatives === undefined) problems.push(`| outside [ ] at ${i}`);
      else {
        flush();
        alternatives.push([]);
      }
    } else if (char === ']') {
      if (alternatives === undefined) problems.push(`] without [ at ${i}`);
      else {
        flush();
        top.push({ type: 'choice', alternatives });
        alternatives = undefined;
      }
    } else if (char === '}') {
      problems.push(`} without { at ${i}`);
    } else {
      text += char;
    }
  }
  flush();
  if (alternatives !== undefined) {
    problems.push('[ without ]');
    top.push({ type: 'choice', alternatives });
  }
  return { parts: top, problems };
}

const known = (values: TemplateValues, name: string): boolean => {
  const value = values[name];
  return typeof value === 'string' && value !== '';
};

function renderParts(parts: readonly Part[], values: TemplateValues): string {
  let out = '';
  for (const part of parts) {
    if (part.type === 'text') out += part.text;
    else if (part.type === 'slot') out += known(values, part.name) ? values[part.name]! : '';
    else {
      const chosen = part.alternatives.find((alternative) =>
        alternative.every((piece) => piece.type !== 'slot' || known(values, piece.name)),
      );
      if (chosen !== undefined) out += renderParts(chosen, values);
    }
  }
  return out;
}

/**
 * Fills a template in. Never throws and never leaves a placeholder behind: an unknown value outside a choice renders
 * as nothing (well-formed templates, see {@link templateProblems}, have none).
 *
 * One pass, no parsed parts (the parser is the checker's): it renders exactly what {@link renderParsed} renders from
 * the parse, malformed templates included — a stray `}`, `|` or `]` and a `{` without a valid name are dropped, a `[`
 * inside a choice starts it afresh, an unclosed choice still renders. `test/src/messages/template.test.ts` holds the two
 * equal over any string.
 */
export function renderTemplate(template: Template, values: TemplateValues): string {
  let out = '';
  /** Inside `[…]`: the alternative being read, whether its placeholders are all known, the first complete one. */
  let open = false;
  let alternative = '';
  let complete = true;
  let chosen: string | undefined;
  const endAlternative = (): void => {
    if (chosen === undefined && complete) chosen = alternative;
    alternative = '';
    complete = true;
  };
  for (let i = 0; i < template.length; i++) {
    const char = template[i]!;
    if (char === '{') {
      const end = template.indexOf('}', i);
      const name = end < 0 ? '' : template.slice(i + 1, end);
      if (!NAME.test(name)) continue;
      const value = known(values, name) ? values[name]! : undefined;
      if (!open) out += value ?? '';
      else if (value === undefined) complete = false;
      else alternative += value;
      i = end;
    } else if (char === '[') {
      open = true;
      alternative = '';
      complete = true;
      chosen = undefined;
    } else if (open && (char === '|' || char === ']')) {
      endAlternative();
      if (char === ']') {
        out += chosen ?? '';
        open = false;
      }
    } else if (char !== '|' && char !== ']' && char !== '}') {
      if (open) alternative += char;
      else out += char;
    }
  }
  if (open) {
    endAlternative();
    out += chosen ?? '';
  }
  return out;
}

/** The template rendered from its parse: the reference {@link renderTemplate} is held to (not shipped: unused). */
export function renderParsed(template: Template, values: TemplateValues): string {
  return renderParts(parse(template).parts, values);
}

/**
 * What is wrong with a template: syntax errors, placeholders not in `names`, and placeholders outside a choice unless
 * listed in `always` (values that are always known). Empty for a well-formed template.
 */
export function templateProblems(
  template: Template,
  names: readonly string[],
  always: readonly string[] = [],
): string[] {
  const { parts, problems } = parse(template);
  const found = [...problems];
  const check = (list: readonly Part[], inChoice: boolean): void => {
    for (const part of list) {
      if (part.type === 'choice') part.alternatives.forEach((alternative) => check(alternative, true));
      else if (part.type === 'slot') {
        if (!names.includes(part.name)) found.push(`unknown placeholder {${part.name}}`);
        else if (!inChoice && !always.includes(part.name)) found.push(`{${part.name}} may be unknown: put it in [ | ]`);
      }
    }
  };
  check(parts, false);
  return found;
}
