/** Vitest global setup: `npm run build` once before any test, so tests that read `dist/` read this tree's build. */
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(new URL('../..', import.meta.url)));

/** Builds `dist/`; a type error fails the run before any test starts, with tsc's own output. */
export default function setup(): void {
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  execFileSync(npm, ['run', 'build', '--silent'], { cwd: root, stdio: 'inherit' });
}
