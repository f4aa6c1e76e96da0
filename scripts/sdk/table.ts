/** The SDK packages table of the README and of `npm run mappings:report`, computed from the installed packages. */
import { conformance, type Conformance } from './conformance.js';
import { loadSdkCodes } from './load.js';
import { SDK_PACKAGES } from './packages.js';

/** Every SDK package's standing, in README order. */
export function sdkConformance(): Conformance[] {
  return SDK_PACKAGES.map((sdk) => conformance(sdk, loadSdkCodes(sdk)));
}

/** The columns, and each package's cells. */
export function sdkTable(rows: readonly Conformance[] = sdkConformance()): string[][] {
  const header = ['package', 'version', 'im-errors entry', 'SDK codes', 'mapped', 'deliberately unmapped', 'missing'];
  return [
    header,
    ...rows.map(({ sdk, codes, mapped, unmapped, missing }) => [
      sdk.name,
      codes.version,
      `im-errors/${sdk.adapter.vendor}`,
      String(codes.codes.size),
      String(mapped.length),
      String(unmapped.length),
      missing.length === 0 ? '0' : missing.join(' '),
    ]),
  ];
}

/** The table as Markdown (package names and entries as code). */
export function sdkMarkdownTable(rows: readonly Conformance[] = sdkConformance()): string {
  const [header, ...body] = sdkTable(rows);
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  return [
    line(header!),
    line(header!.map(() => '---')),
    ...body.map(([name, version, entry, ...counts]) => line([`\`${name!}\``, version!, `\`${entry!}\``, ...counts])),
  ].join('\n');
}
