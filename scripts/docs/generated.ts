/**
 * The generated blocks of the documentation — text between `<!-- name:start -->` and `<!-- name:end -->` that a
 * script writes and a test holds to what the code gives now — and the page each one lives on.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../seeds/dir.js';

/** Each generated block's page, relative to the repository root. */
export const GENERATED_IN = {
  reasons: 'docs/normalizing.md',
  'mappings-report': 'README.md',
  'sdk-packages': 'docs/platforms.md',
  size: 'docs/size-and-packaging.md',
  bench: 'docs/benchmarks.md',
} as const;

/** A generated block's name. */
export type GeneratedBlock = keyof typeof GENERATED_IN;

/** `text` with the block `name` replaced by `content`; throws when its markers are missing. */
export function replaceGenerated(text: string, name: GeneratedBlock, content: string): string {
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from < 0 || to < from) throw new Error(`${GENERATED_IN[name]}: markers for ${name} not found`);
  return `${text.slice(0, from + start.length)}\n${content}\n${text.slice(to)}`;
}

/**
 * What the page holds between the block's markers (trimmed), or undefined without markers.
 *
 * @example
 * readGenerated('mappings-report')?.startsWith('```'); // true
 */
export function readGenerated(name: GeneratedBlock): string | undefined {
  const text = readFileSync(join(repoRoot(), GENERATED_IN[name]), 'utf8');
  const start = `<!-- ${name}:start -->`;
  const from = text.indexOf(start);
  const to = text.indexOf(`<!-- ${name}:end -->`);
  return from < 0 || to < from ? undefined : text.slice(from + start.length, to).trim();
}
