/** Packs the package as `npm publish` would and unpacks the tarball, so every check reads what users install. */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A packed tarball and where it was unpacked. */
export interface Packed {
  /** Absolute path of the `.tgz`. */
  readonly tarball: string;
  /** The directory holding the unpacked files (npm's `package/` folder). */
  readonly dir: string;
  /** Every file in the tarball, relative to `dir`, with `/` separators, sorted. */
  readonly files: readonly string[];
  /** The tarball's size in bytes and the files' total size, as npm reports them. */
  readonly size: number;
  readonly unpackedSize: number;
}

interface NpmPackEntry {
  filename: string;
  size: number;
  unpackedSize: number;
  files: { path: string }[];
}

/**
 * `npm pack` of the package at `root` into a fresh temporary directory, then unpacked with `tar`. Lifecycle scripts
 * are skipped: the tarball holds the `dist/` that is already built (the check reads the build, it doesn't redo it).
 */
export function pack(root: string): Packed {
  const out = mkdtempSync(join(tmpdir(), 'im-errors-pack-'));
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const json = execFileSync(npm, ['pack', '--json', '--ignore-scripts', '--pack-destination', out], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  const [entry] = JSON.parse(json) as NpmPackEntry[];
  if (entry === undefined) throw new Error('npm pack reported no tarball');
  const tarball = join(out, entry.filename);
  const unpacked = join(out, 'unpacked');
  mkdirSync(unpacked);
  execFileSync('tar', ['-xzf', tarball, '-C', unpacked]);
  return {
    tarball,
    dir: join(unpacked, 'package'),
    files: entry.files.map((file) => file.path.split('\\').join('/')).sort(),
    size: entry.size,
    unpackedSize: entry.unpackedSize,
  };
}
