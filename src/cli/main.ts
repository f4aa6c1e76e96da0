#!/usr/bin/env node
/** The `im-errors` bin: runs the CLI on the process's arguments and streams. */
import { run } from './run.js';

process.exitCode = run(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
});
