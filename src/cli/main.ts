#!/usr/bin/env node
/** The `im-errors` bin: runs the CLI on the process's arguments and streams. */
import { run } from './run.js';

/**
 * A reader that went away (`im-errors list | head -1`) is not a failure: the output was wanted only so far. Node
 * reports it as an `EPIPE` error event on the stream, which unhandled would crash with a stack trace; it ends the
 * run quietly instead, with the run's exit code (0 for output cut short). Any other stream error is reported on one
 * line, exit code 1.
 */
function onStreamError(error: NodeJS.ErrnoException): void {
  if (error.code === 'EPIPE') process.exit(typeof process.exitCode === 'number' ? process.exitCode : 0);
  try {
    process.stderr.write(`im-errors: cannot write the output (${error.code ?? error.message})\n`);
  } finally {
    process.exit(1);
  }
}
process.stdout.on('error', onStreamError);
process.stderr.on('error', onStreamError);

process.exitCode = run(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
});
