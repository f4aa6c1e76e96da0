/**
 * The absence rules: what must not be in a browser bundle, read from what went in (the metafile's inputs), what was
 * asked for (Node built-in imports) and what the code reads (free Node globals). Each rule is a name, a sentence
 * for the report, and a function listing what breaks it; what is allowed comes from `allowances.ts`.
 */
import {
  DESCRIPTIONS,
  OPTIONAL_PEERS,
  VENDOR_CODE,
  isAt,
  withUsedVendors,
  type Allowance,
  type VendorName,
} from './allowances.js';
import type { Bundled } from './bundle.js';

/** One absence rule. */
export interface AbsenceRule {
  readonly name: string;
  /** What the rule demands, for the report and the README. */
  readonly says: string;
  /** What in `bundled` breaks the rule, one line each; empty when it holds. */
  readonly find: (bundled: Bundled, allows: Allowance) => readonly string[];
}

/** One broken rule, and what broke it. */
export interface Violation {
  readonly rule: string;
  readonly detail: string;
}

const fromPackage = (input: string): boolean => !input.startsWith('node_modules/') && !input.includes('/node_modules/');
const filesIn = (bundled: Bundled): string[] => Object.keys(bundled.inputs);

/** Every rule, applied to every bundle. */
export const ABSENCE_RULES: readonly AbsenceRule[] = [
  {
    name: 'built-from-dist',
    says: 'im-errors resolves through its `exports` map to the built `dist/*.js`, never to sources',
    find: (bundled) => filesIn(bundled).filter((input) => fromPackage(input) && !(input.startsWith('dist/') && input.endsWith('.js'))),
  },
  {
    name: 'optional-peers',
    says: 'no `effect`, `tsyringe`, `reflect-metadata` or `@opentelemetry/api` code outside the entries built on them',
    find: (bundled, { peers }) =>
      OPTIONAL_PEERS.filter((peer) => !peers.includes(peer)).flatMap((peer) =>
        filesIn(bundled).filter((input) => input.startsWith(`node_modules/${peer}/`) || input.includes(`/node_modules/${peer}/`)),
      ),
  },
  {
    name: 'other-vendors',
    says: "no other vendor's tables, parser or events (Agora's are Easemob's, so Agora may hold Easemob's)",
    find: (bundled, { vendors }) => {
      const allowed = withUsedVendors(vendors);
      return (Object.keys(VENDOR_CODE) as VendorName[])
        .filter((vendor) => !allowed.has(vendor))
        .flatMap((vendor) =>
          filesIn(bundled).filter((input) => VENDOR_CODE[vendor].files.some((file) => isAt(input, file))).map((input) => `${input} (${vendor})`),
        );
    },
  },
  {
    name: 'descriptions',
    says: 'no seed-derived code descriptions (`mappings/descriptions/*`) outside `im-errors/descriptions`',
    find: (bundled, { descriptions }) => (descriptions ? [] : filesIn(bundled).filter((input) => DESCRIPTIONS.some((location) => isAt(input, location)))),
  },
  {
    name: 'node-builtins',
    says: 'no import of a Node built-in module (`node:*`, `fs`, `buffer`…)',
    find: ({ builtinImports }) => builtinImports.map(({ module, importer }) => `${module} imported by ${importer}`),
  },
  {
    name: 'node-globals',
    says: 'no free reference to the Node globals `process` or `Buffer`',
    find: ({ nodeGlobals }) => nodeGlobals.map((name) => `reads the global ${name}`),
  },
];

/** Every rule `bundled` breaks, given what it may hold. */
export function violations(bundled: Bundled, allows: Allowance): Violation[] {
  return ABSENCE_RULES.flatMap((rule) => rule.find(bundled, allows).map((detail) => ({ rule: rule.name, detail })));
}
