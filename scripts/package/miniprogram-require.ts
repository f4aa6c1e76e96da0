/**
 * A mini-program's module system, for running page code the way WeChat does after "build npm": CommonJS modules in
 * one JavaScript context that has the language's built-ins and the mini-program globals it is given, nothing of Node.
 * `require` resolves a relative path (`./a`, `./a.js`, `./a/index.js`) inside the app, or a package name inside
 * `miniprogram_npm/` (`im-errors` → `im-errors/index.js`, `im-errors/tencent` → `im-errors/tencent.js` or
 * `im-errors/tencent/index.js`) — never `node_modules`, never a Node built-in: whatever "build npm" left out fails here.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { createContext, runInContext, type Context } from 'node:vm';

/** A module the loader could not find, with who asked for it. */
export class MiniProgramRequireError extends Error {
  override readonly name = 'MiniProgramRequireError';
}

function candidates(path: string): string[] {
  return [path, `${path}.js`, join(path, 'index.js')];
}

function isFile(path: string): boolean {
  return existsSync(path) && statSync(path).isFile();
}

/** Runs `entry` (a file inside `appRoot`) in a fresh mini-program context with `globals`; returns the context. */
export function runMiniProgramModule(appRoot: string, entry: string, globals: Record<string, unknown>): Context {
  const context = createContext({ console, setTimeout, clearTimeout, ...globals });
  const cache = new Map<string, { exports: unknown }>();
  const npm = join(appRoot, 'miniprogram_npm');

  const resolve = (specifier: string, from: string): string => {
    const base = specifier.startsWith('.') ? join(dirname(from), specifier) : join(npm, specifier);
    const found = candidates(base).find(isFile);
    if (found === undefined || !found.startsWith(appRoot + sep)) {
      throw new MiniProgramRequireError(`cannot find module '${specifier}' from ${relative(appRoot, from)}`);
    }
    return found;
  };

  const load = (file: string): unknown => {
    const cached = cache.get(file);
    if (cached !== undefined) return cached.exports;
    const module = { exports: {} as unknown };
    cache.set(file, module);
    const wrapper = runInContext(`(function (module, exports, require) {\n${readFileSync(file, 'utf8')}\n})`, context, { filename: file }) as (
      module: { exports: unknown },
      exports: unknown,
      require: (specifier: string) => unknown,
    ) => void;
    wrapper(module, module.exports, (specifier) => load(resolve(specifier, file)));
    return module.exports;
  };

  load(join(appRoot, entry));
  return context;
}
