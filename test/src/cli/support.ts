/** Runs the CLI in-process and captures what it writes. */
import { run } from '../../../src/cli/run.js';

export interface Ran {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

export function cli(...argv: string[]): Ran {
  let stdout = '';
  let stderr = '';
  const code = run(argv, { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text) });
  return { code, stdout, stderr };
}
