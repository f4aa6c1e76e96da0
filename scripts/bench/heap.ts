/**
 * Retained heap per IMError, measured in a child process started with `--expose-gc` (this process keeps its flags):
 * see `heap-child.ts`.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** Bytes per object kept alive: a plain Error's and an IMError's, made at the same depth. */
export interface HeapResult {
  readonly count: number;
  readonly plainError: number;
  readonly imError: number;
  readonly ratio: number;
}

/** Runs the child over `count` errors of each kind. */
export function runHeap(count = 50_000): HeapResult {
  const child = fileURLToPath(new URL('./heap-child.js', import.meta.url));
  const out = execFileSync(process.execPath, ['--expose-gc', child, String(count)], { encoding: 'utf8' });
  return JSON.parse(out) as HeapResult;
}
