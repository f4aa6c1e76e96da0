/**
 * Retained heap per IMError against a plain Error made at the same depth: run by `heap.ts` in a child process started
 * with `--expose-gc` (the flag is the child's alone). Keeps 50,000 of each alive, collects, and prints the bytes per
 * object as JSON on stdout.
 */
import { tencent } from '../../adapters/tencent/index.js';

const COUNT = Number(process.argv[2] ?? 50_000);
const collect = (globalThis as { gc?: () => void }).gc;
if (collect === undefined) throw new Error('heap-child: run with --expose-gc');

const raws = Array.from({ length: COUNT }, (_, index) => ({ code: 70001, message: `UserSig expired (${index % 100})` }));
const texts = raws.map((raw) => raw.message);

/** Bytes retained per object made by `make`, each kept alive in an array until measured. */
function retained(make: (index: number) => object): number {
  for (let index = 0; index < 2_000; index++) make(index % COUNT); // warm up, then drop
  const kept = new Array<object>(COUNT);
  collect!();
  collect!();
  const before = process.memoryUsage().heapUsed;
  for (let index = 0; index < COUNT; index++) kept[index] = make(index);
  collect!();
  collect!();
  const after = process.memoryUsage().heapUsed;
  if (kept.length !== COUNT) throw new Error('unreachable');
  return (after - before) / COUNT;
}

// The same app frames above both: the app's function, and the call that makes the error.
const appError = (index: number): object => new Error(texts[index]);
const appIMError = (index: number): object => tencent.normalize(raws[index]);
const plain = retained((index) => appError(index));
const imError = retained((index) => appIMError(index));
process.stdout.write(`${JSON.stringify({ count: COUNT, plainError: plain, imError, ratio: imError / plain })}\n`);
