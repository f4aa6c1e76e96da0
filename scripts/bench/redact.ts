/**
 * Redaction in linear time: `redact` over 1 MB adversarial strings (one per form a backtracking matcher chokes on),
 * against a native linear pass over the same text in the same run (`JSON.stringify(text)`: reads and copies every
 * character), and against the regular expressions redaction used before the scanner, at 10 and 20 kB (at 1 MB they
 * take minutes). `linearity` is the time at 1 MB over ten times the time at 100 kB: 1.0 is linear, 10 is quadratic.
 */
import { redact } from '../../src/redact.js';

/** A 1 MB input built to defeat a backtracking matcher. */
interface Input {
  readonly name: string;
  readonly make: (length: number) => string;
}

/** The adversarial inputs: repeated prefixes, long runs, nested and unterminated quotes and brackets. */
export const REDACT_INPUTS: readonly Input[] = [
  { name: 'repeated `eyJ`', make: (n) => 'eyJ'.repeat(n / 3) },
  { name: 'JWT-like segments `eyJa.`', make: (n) => 'eyJa.'.repeat(n / 5) },
  { name: 'one base64 run', make: (n) => 'Ab0+'.repeat(n / 4) },
  { name: 'repeated `token=`', make: (n) => 'token='.repeat(n / 6) },
  { name: 'pairs `password=a, `', make: (n) => 'password=a, '.repeat(n / 12) },
  { name: 'open brackets `secret=[`', make: (n) => 'secret=['.repeat(n / 8) },
  { name: 'nested quotes `token="\\"`', make: (n) => 'token="\\"'.repeat(n / 10) },
  { name: 'blanks after a name', make: (n) => `token${' '.repeat(n - 5)}` },
  { name: 'repeated `Bearer `', make: (n) => 'Bearer '.repeat(n / 7) },
  { name: 'words `a `', make: (n) => 'a '.repeat(n / 2) },
  { name: 'CJK labels `密码：`', make: (n) => '密码：'.repeat(n / 3) },
];

/** The redaction of im-errors before the scanner (kept here as the comparison; not used by the library). */
const OLD_NAMES = 'usersig|user_sig|access_?token|refresh_?token|im_?token|token|password|passwd|pwd|app_?secret|client_?secret|secret|signature|sign|sig|authorization|api_?key|credentials?';
const OLD_NAMED = new RegExp(`(^|[^A-Za-z0-9])((?:${OLD_NAMES})["']?\\s*[:=]\\s*["']?)(\\[redacted\\]|[^\\s"'&,;)}\\]]+)`, 'gi');
function oldRedact(text: string): string {
  return text
    .replace(/eyJ[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]*/g, '[redacted]')
    .replace(/\b(Bearer|Basic)\s+[A-Za-z0-9._~+/*=-]+/gi, '$1 [redacted]')
    .replace(OLD_NAMED, '$1$2[redacted]')
    .replace(/[A-Za-z0-9+/_*=-]{32,}/g, '[redacted]');
}

let sink = 0;

/** The fastest of `runs` timings of `work(text)`, in ms. */
function best(work: (text: string) => string, text: string, runs: number): number {
  let fastest = Infinity;
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    sink += work(text).length;
    fastest = Math.min(fastest, performance.now() - start);
  }
  return fastest;
}

/** One input's numbers. */
export interface RedactRow {
  readonly input: string;
  readonly redactMs: number;
  readonly baselineMs: number;
  readonly linearity: number;
  readonly oldMs10k: number;
  readonly oldMs20k: number;
}

/** Times every input; `runs` timings each (the fastest is kept: the machine is shared). */
export function runRedact(runs: number): { rows: RedactRow[]; sink: number } {
  const rows = REDACT_INPUTS.map(({ name, make }) => {
    const mb = make(1_000_000);
    const tenth = make(100_000);
    best(redact, tenth, 2); // warm up
    const redactMs = best(redact, mb, runs);
    return {
      input: name,
      redactMs,
      baselineMs: best((text) => JSON.stringify(text), mb, runs),
      linearity: redactMs / (10 * best(redact, tenth, runs)),
      oldMs10k: best(oldRedact, make(10_000), 1),
      oldMs20k: best(oldRedact, make(20_000), 1),
    };
  });
  return { rows, sink };
}

/** The markdown table of {@link runRedact}'s rows. */
export function redactTable(rows: readonly RedactRow[]): string {
  const ms = (value: number): string => value.toFixed(1);
  return [
    '| input (1 MB) | redact ms | JSON.stringify ms | × baseline | linearity (1 MB / 10 × 100 kB) | regex redact, 10 kB / 20 kB ms |',
    '|---|--:|--:|--:|--:|--:|',
    ...rows.map(
      (row) =>
        `| ${row.input} | ${ms(row.redactMs)} | ${ms(row.baselineMs)} | ${(row.redactMs / row.baselineMs).toFixed(1)} | ${row.linearity.toFixed(2)} | ${ms(row.oldMs10k)} / ${ms(row.oldMs20k)} |`,
    ),
  ].join('\n');
}
