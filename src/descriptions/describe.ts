/** Looks a code up in a vendor's generated descriptions: what its documents and SDKs say, source by source. */
import type { CodeDescriptions } from '../../mappings/descriptions/types.js';

/** One source's words for a code. */
export interface Described {
  readonly source: string;
  readonly text: string;
}

/**
 * What each source says about `code`: sources about one platform count only on that platform (the Tencent web SDK's
 * 1002 is not the server's); with no platform, every source counts.
 */
export function describeCode(descriptions: CodeDescriptions, code: number, platform: string | undefined): Described[] {
  const found: Described[] = [];
  for (const source of descriptions.sources) {
    if (platform !== undefined && source.platform !== undefined && source.platform !== platform) continue;
    const key = String(code);
    const text = Object.prototype.hasOwnProperty.call(source.codes, key)
      ? source.codes[key]
      : source.ranges?.find(([from, to]) => code >= from && code <= to)?.[2];
    if (text !== undefined) found.push({ source: source.name, text });
  }
  return found;
}

/** What each source says about the range `from..to` as a whole: only a range the source documents as such. */
export function describeRange(descriptions: CodeDescriptions, from: number, to: number): Described[] {
  const found: Described[] = [];
  for (const source of descriptions.sources) {
    const text = source.ranges?.find((range) => range[0] === from && range[1] === to)?.[2];
    if (text !== undefined) found.push({ source: source.name, text });
  }
  return found;
}
