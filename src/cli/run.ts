/** The `im-errors` command: `explain` and `list`, run in-process against any output (tests pass strings). */
import { UsageError, shown } from './args.js';
import { explainCommand } from './explain.js';
import type { CliIO } from './io.js';
import { listCommand } from './list.js';
import { CLI_VENDORS } from './vendors.js';
import { packageVersion } from './version.js';

/** The help text. */
export const USAGE = `Usage:
  im-errors explain <vendor> <code> [--platform <platform>] [--locale <locale>] [--json]
      What a vendor code becomes (kind, reason, retryable, recovery), what the vendor documents for it,
      and the message users see (--locale en | zh-CN; en by default).
  im-errors explain <vendor> <error> [--status <http status>] [--json]
      The same for a REST answer's error string (easemob reach_limit --status 429).
  im-errors list [--vendor <vendor>] [--kind <kind>] [--json]
      Every mapped code as a table.
  im-errors --version
      The installed version.

Vendors (any case): ${CLI_VENDORS.map((vendor) => `${vendor.name} (${vendor.platforms.join(', ')})`).join(', ')}
Exit codes: 0 done, 2 bad arguments.`;

/** Runs the CLI with `argv` (without `node` and the script); returns the exit code. Writes only through `io`. */
export function run(argv: readonly string[], io: CliIO): number {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'explain':
        return explainCommand(rest, io, USAGE);
      case 'list':
        return listCommand(rest, io, USAGE);
      case 'help':
      case '--help':
      case '-h':
        io.stdout(`${USAGE}\n`);
        return 0;
      case 'version':
      case '--version':
      case '-v':
        io.stdout(`im-errors ${packageVersion()}\n`);
        return 0;
      case undefined:
        throw new UsageError('a command is needed: explain or list (im-errors --help for more)');
      default:
        throw new UsageError(`unknown command ${shown(command)} (commands: explain, list, help, version)`);
    }
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(`im-errors: ${error.message}\n`);
    return 2;
  }
}
