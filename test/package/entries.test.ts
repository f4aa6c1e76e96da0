/**
 * What each public entry pulls in, read from the sources' import graph: one vendor's entry never reaches another
 * vendor's tables, and the runtime code imports nothing but ts-pattern (no Node built-ins, no optional peers).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { esmTarget, type ExportTarget } from '../../scripts/package/exports.js';
import { sourceGraph } from '../../scripts/package/source-graph.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const manifest = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as {
  exports: Record<string, ExportTarget>;
  /** None today: the runtime entries import nothing; ts-pattern (for `im-errors/patterns`) is an optional peer. */
  dependencies?: Record<string, string>;
  peerDependenciesMeta: Record<string, { optional?: boolean }>;
};
const dependencies = manifest.dependencies ?? {};

/** Every module an entry reaches (relative imports followed, type-only imports skipped), and the packages named. */
function graph(entry: string): { files: ReadonlySet<string>; packages: Set<string> } {
  const { files, packages } = sourceGraph(resolve(root, entry));
  return { files, packages: new Set(packages) };
}

/** The source file behind a public export path. */
function sourceOf(subpath: string): string {
  const target = manifest.exports[subpath];
  const built = typeof target === 'string' ? target : (esmTarget(target)?.default ?? '');
  return built.replace(/^\.\/dist\//, '').replace(/\.js$/, '.ts');
}

const vendors = ['jmessage', 'tencent', 'easemob'] as const;

describe('entry points', () => {
  it('export every documented entry, each with types', () => {
    for (const subpath of ['.', './jmessage', './tencent', './tencent/web', './easemob', './easemob/web', './agora', './all']) {
      const target = esmTarget(manifest.exports[subpath]);
      expect(target?.types?.endsWith('.d.ts') === true && target.default?.endsWith('.js') === true, subpath).toBe(true);
    }
  });

  it.each(vendors)('im-errors/%s reaches only its own tables', (vendor) => {
    const { files } = graph(sourceOf(`./${vendor}`));
    const reached = [...files].map((file) => relative(root, file));
    expect(reached).toContain(`mappings/${vendor}.ts`);
    for (const other of vendors.filter((name) => name !== vendor)) {
      expect(reached.filter((file) => file.includes(other))).toEqual([]);
    }
  });

  it('im-errors/agora reaches Easemob\'s shared tables and its own, never Tencent\'s or JMessage\'s; easemob never reaches agora', () => {
    const reached = [...graph(sourceOf('./agora')).files].map((file) => relative(root, file));
    expect(reached).toEqual(expect.arrayContaining(['mappings/agora.ts', 'mappings/easemob.ts', 'adapters/easemob/parse.ts']));
    expect(reached.filter((file) => file.includes('tencent') || file.includes('jmessage'))).toEqual([]);
    expect([...graph(sourceOf('./easemob')).files].map((file) => relative(root, file)).filter((file) => file.includes('agora'))).toEqual([]);
  });

  it('the core entry reaches no vendor at all', () => {
    const reached = [...graph(sourceOf('.')).files].map((file) => relative(root, file));
    expect(reached.every((file) => file.startsWith('src/'))).toBe(true);
  });

  it('im-errors/tencent/web reaches Tencent\'s tables and its own, no other vendor\'s', () => {
    const reached = [...graph(sourceOf('./tencent/web')).files].map((file) => relative(root, file));
    expect(reached).toEqual(expect.arrayContaining(['mappings/tencent-web.ts', 'mappings/tencent.ts', 'adapters/tencent/parse.ts']));
    expect(reached.filter((file) => file.includes('jmessage') || file.includes('easemob') || file.includes('agora'))).toEqual([]);
  });

  it('im-errors/easemob/web reaches Easemob\'s tables, no other vendor\'s', () => {
    const reached = [...graph(sourceOf('./easemob/web')).files].map((file) => relative(root, file));
    expect(reached).toEqual(expect.arrayContaining(['mappings/easemob-web.ts', 'adapters/easemob/parse.ts']));
    expect(reached.filter((file) => file.includes('jmessage') || file.includes('tencent') || file.includes('agora'))).toEqual([]);
  });

  it.each(['.', './jmessage', './tencent', './tencent/web', './easemob', './easemob/web', './agora', './all'])('%s imports only runtime dependencies', (subpath) => {
    const { packages } = graph(sourceOf(subpath));
    expect([...packages].filter((name) => !Object.hasOwn(dependencies, name))).toEqual([]);
  });
});

describe('runtime neutrality', () => {
  /** Features that older JavaScriptCore (WeChat on older iOS) or Hermes reject or lack; the core must not use them. */
  const tooNew: ReadonlyArray<readonly [string, RegExp]> = [
    ['regex look-behind', /\(\?<[=!]/],
    ['Object.hasOwn', /Object\.hasOwn\b/],
    ['Array.prototype.at / findLast', /\.(at|findLast|findLastIndex)\(/],
    ['structuredClone', /\bstructuredClone\b/],
  ];

  it.each(['./all', '.', './messages', './effect', './di', './descriptions', './http'])('%s (every runtime module) avoids features older engines lack', (subpath) => {
    for (const file of graph(sourceOf(subpath)).files) {
      const source = readFileSync(file, 'utf8');
      for (const [feature, pattern] of tooNew) expect(pattern.test(source), `${relative(root, file)} uses ${feature}`).toBe(false);
    }
  });
});

describe('message entries', () => {
  const reached = (subpath: string): string[] => [...graph(sourceOf(subpath)).files].map((file) => relative(root, file));

  it.each(['./messages', './messages/en', './messages/zh-CN'])('%s is exported with types and imports only runtime dependencies', (subpath) => {
    const target = esmTarget(manifest.exports[subpath]);
    expect(target?.types?.endsWith('.d.ts') === true && target.default?.endsWith('.js') === true).toBe(true);
    const { packages } = graph(sourceOf(subpath));
    expect([...packages].filter((name) => !Object.hasOwn(dependencies, name))).toEqual([]);
  });

  it('im-errors/messages/en does not pull in the Chinese catalog, nor zh-CN the English one', () => {
    expect(reached('./messages/en')).toContain('src/messages/en.ts');
    expect(reached('./messages/en')).not.toContain('src/messages/zh-CN.ts');
    expect(reached('./messages/zh-CN')).toContain('src/messages/zh-CN.ts');
    expect(reached('./messages/zh-CN')).not.toContain('src/messages/en.ts');
    expect(reached('./messages')).toEqual(expect.arrayContaining(['src/messages/en.ts', 'src/messages/zh-CN.ts']));
  });

  it('message entries reach no vendor table, adapter or Node-only module', () => {
    for (const subpath of ['./messages', './messages/en', './messages/zh-CN']) {
      expect(reached(subpath).filter((file) => !file.startsWith('src/') || file.startsWith('src/cli/'))).toEqual([]);
    }
  });

  it('no runtime entry reaches the code descriptions or the CLI', () => {
    for (const [subpath, target] of Object.entries(manifest.exports)) {
      if (subpath === './descriptions' || typeof target === 'string' || !existsSync(resolve(root, sourceOf(subpath)))) continue;
      expect(reached(subpath).filter((file) => file.startsWith('mappings/descriptions/') || file.startsWith('src/cli/')), subpath).toEqual([]);
    }
  });
});

describe('im-errors/http: responses in, HTTP / gRPC / problem details out, for servers', () => {
  const reached = (subpath: string): string[] => [...graph(sourceOf(subpath)).files].map((file) => relative(root, file));

  it('is exported with types (ESM and CommonJS) and imports no package', () => {
    for (const target of [esmTarget(manifest.exports['./http'])]) {
      expect(target?.types?.endsWith('.d.ts') === true && target.default?.endsWith('.js') === true).toBe(true);
    }
    expect(JSON.stringify(manifest.exports['./http'])).toContain('./dist/cjs/src/http/index.js');
    expect([...graph(sourceOf('./http')).packages]).toEqual([]);
  });

  it('reaches every vendor (normalizeResponse reads any vendor\'s body by default) and nothing outside the runtime', () => {
    const files = reached('./http');
    expect(files).toEqual(expect.arrayContaining(vendors.map((vendor) => `mappings/${vendor}.ts`)));
    expect(files.filter((file) => !/^(src|adapters|mappings)\//.test(file) || file.startsWith('src/cli/'))).toEqual([]);
  });

  it.each(vendors)('im-errors/%s reaches the response reader, not the rest of im-errors/http', (vendor) => {
    const files = reached(`./${vendor}`);
    expect(files).toContain('src/http/read-response.ts');
    expect(files.filter((file) => file.startsWith('src/http/') && file !== 'src/http/read-response.ts')).toEqual([]);
  });
});

describe('im-errors/descriptions: the documented meanings, for tools', () => {
  const reached = (subpath: string): string[] => [...graph(sourceOf(subpath)).files].map((file) => relative(root, file));
  const runtimeEntries = Object.keys(manifest.exports).filter((subpath) => subpath !== './descriptions' && subpath !== './package.json');

  it('is exported with types and imports only runtime dependencies', () => {
    const target = esmTarget(manifest.exports['./descriptions']);
    expect(target?.types?.endsWith('.d.ts') === true && target.default?.endsWith('.js') === true).toBe(true);
    expect([...graph(sourceOf('./descriptions')).packages].filter((name) => !Object.hasOwn(dependencies, name))).toEqual([]);
  });

  it('carries every vendor\'s descriptions and no adapter, CLI or Node-only module', () => {
    const files = reached('./descriptions');
    expect(files).toEqual(expect.arrayContaining(['jmessage', 'tencent', 'easemob', 'agora'].map((vendor) => `mappings/descriptions/${vendor}.ts`)));
    expect(files.filter((file) => !file.startsWith('src/') && !file.startsWith('mappings/descriptions/'))).toEqual([]);
    expect(files.filter((file) => file.startsWith('src/cli/'))).toEqual([]);
  });

  it.each(runtimeEntries)('%s never reaches the descriptions (they stay out of the runtime path)', (subpath) => {
    expect(reached(subpath).filter((file) => file.startsWith('mappings/descriptions/') || file.startsWith('src/descriptions/'))).toEqual([]);
  });
});

describe('retry runtime entries', () => {
  const reached = (subpath: string): string[] => [...graph(sourceOf(subpath)).files].map((file) => relative(root, file));

  it('im-errors exports the retry runtime, the callback helpers and telemetry', () => {
    expect(reached('.')).toEqual(
      expect.arrayContaining(['src/retry/run.ts', 'src/retry/wrap.ts', 'src/retry/wrap-client.ts', 'src/integrations/callbacks.ts', 'src/telemetry.ts']),
    );
  });

  it.each(vendors)('im-errors/%s carries its own method table', (vendor) => {
    expect(reached(`./${vendor}`)).toContain(`mappings/${vendor}-methods.ts`);
  });

  it('im-errors/jmessage carries the chain helper', () => {
    expect(reached('./jmessage')).toContain('adapters/jmessage/chain.ts');
  });
});

describe('optional-peer entries: im-errors/effect, im-errors/di, im-errors/otel and im-errors/redis', () => {
  const peers = ['effect', 'tsyringe', 'reflect-metadata', '@opentelemetry/api', 'rate-limiter-flexible', 'redis', 'ioredis'] as const;
  const isPeer = (name: string): boolean => peers.some((peer) => name === peer || name.startsWith(`${peer}/`));
  const outside = (subpath: string): string[] =>
    [...graph(sourceOf(subpath)).packages].filter((name) => !Object.hasOwn(dependencies, name)).sort();

  /** The packages an entry requests, in the order ESM evaluates them (depth-first, in source order). */
  const packageOrder = (entry: string): readonly string[] => sourceGraph(resolve(root, entry)).packages;

  it.each(['./effect', './di', './otel', './redis'])('%s is exported with types', (subpath) => {
    const target = esmTarget(manifest.exports[subpath]);
    expect(target?.types?.endsWith('.d.ts') === true && target.default?.endsWith('.js') === true).toBe(true);
  });

  it('im-errors/patterns imports ts-pattern alone, an optional peer', () => {
    expect([...graph(sourceOf('./patterns')).packages]).toEqual(['ts-pattern']);
    expect(manifest.peerDependenciesMeta['ts-pattern']?.optional).toBe(true);
    expect(Object.hasOwn(dependencies, 'ts-pattern')).toBe(false);
  });

  it('effect, tsyringe, reflect-metadata, @opentelemetry/api, rate-limiter-flexible and the Redis clients are optional peers, never dependencies', () => {
    const { peerDependencies, peerDependenciesMeta } = manifest as unknown as {
      peerDependencies: Record<string, string>;
      peerDependenciesMeta: Record<string, { optional?: boolean }>;
    };
    for (const peer of peers) {
      expect(Object.hasOwn(dependencies, peer), peer).toBe(false);
      expect(peerDependencies[peer], peer).toBeDefined();
      expect(peerDependenciesMeta[peer]?.optional, peer).toBe(true);
    }
  });

  it('im-errors/effect imports effect/* modules only (never the effect barrel), besides the core', () => {
    const packages = outside('./effect');
    expect(packages).toEqual(expect.arrayContaining(['effect/Effect', 'effect/Schedule', 'effect/Layer', 'effect/Context']));
    expect(packages.filter((name) => !/^effect\/[A-Z][A-Za-z]*$/.test(name))).toEqual([]);
    const reached = [...graph(sourceOf('./effect')).files].map((file) => relative(root, file));
    expect(reached.filter((file) => !file.startsWith('src/'))).toEqual([]);
  });

  it('im-errors/di imports only tsyringe and reflect-metadata besides the core, reflect-metadata first', () => {
    expect(outside('./di')).toEqual(['reflect-metadata', 'tsyringe']);
    const order = packageOrder(sourceOf('./di'));
    expect(order.indexOf('reflect-metadata')).toBeLessThan(order.indexOf('tsyringe'));
    const reached = [...graph(sourceOf('./di')).files].map((file) => relative(root, file));
    expect(reached.filter((file) => !file.startsWith('src/'))).toEqual([]);
  });

  it('im-errors/otel imports only @opentelemetry/api besides the core', () => {
    expect(outside('./otel')).toEqual(['@opentelemetry/api']);
    const reached = [...graph(sourceOf('./otel')).files].map((file) => relative(root, file));
    expect(reached.filter((file) => !file.startsWith('src/'))).toEqual([]);
  });

  it('im-errors/redis imports only rate-limiter-flexible besides the core and the REST limit tables (the Redis client is the app’s own)', () => {
    expect(outside('./redis')).toEqual(['rate-limiter-flexible']);
    const reached = [...graph(sourceOf('./redis')).files].map((file) => relative(root, file));
    expect(reached.filter((file) => !file.startsWith('src/') && !/^mappings\/[a-z]+-rest-limits\.ts$/.test(file))).toEqual([]);
    expect(reached).toEqual(expect.arrayContaining(['mappings/tencent-rest-limits.ts', 'mappings/easemob-rest-limits.ts']));
  });

  it('no other entry reaches effect, tsyringe, reflect-metadata, @opentelemetry/api, rate-limiter-flexible or a Redis client', () => {
    for (const [subpath, target] of Object.entries(manifest.exports)) {
      if (['./effect', './di', './otel', './redis'].includes(subpath) || typeof target === 'string') continue;
      if (!existsSync(resolve(root, sourceOf(subpath)))) continue;
      expect([...graph(sourceOf(subpath)).packages].filter(isPeer), subpath).toEqual([]);
    }
  });
});
