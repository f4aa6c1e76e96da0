/**
 * The vendor documents whose codes im-errors must map, as data: which file (under `../shared/`), which vendor, and on
 * which platform of that vendor its codes are read — one platform for the whole document, or one per section where a
 * document covers several (the JMessage Chinese seed has iOS, Android and server sections).
 */
import type { Vendor } from '../../src/taxonomy.js';

/** How a document's codes are read: the seed parsers (`scripts/seeds/`), code-first table rows, or Easemob's REST rows. */
export type SourceFormat = 'seed' | 'code-rows' | 'rest-rows';

/** One vendor document. */
export interface CodeSource {
  readonly vendor: Exclude<Vendor, 'unknown' | 'agora'>;
  /** The file, relative to `../shared/`. */
  readonly file: string;
  readonly title: string;
  readonly format: SourceFormat;
  /** The platform its codes are read on, or per section (a section heading's start → platform); sections not named are not read. */
  readonly platform: string | { readonly [sectionStart: string]: string };
}

export const SOURCES: readonly CodeSource[] = [
  // ── Tencent Cloud IM ──
  {
    vendor: 'tencent',
    file: 'seeds/003_bf142cf8791200b7.txt',
    title: 'Tencent seed: IM SDK, server and IM SDK V3 codes',
    format: 'seed',
    platform: { 'IM SDK Error Codes': 'native', 'Server Error Codes': 'server', 'IM SDK V3 Error Codes': 'native' },
  },
  {
    vendor: 'tencent',
    file: 'vendor-docs/tencent/native-TIMErrorCode.md',
    title: 'Tencent native SDK ERROR_CODE enum (TIMErrorCode.h, 2026-05)',
    format: 'code-rows',
    platform: 'native',
  },
  // ── JMessage ──
  { vendor: 'jmessage', file: 'seeds/000_436aa1594640c544.txt', title: 'JMessage seed: server codes (English)', format: 'seed', platform: 'server' },
  {
    vendor: 'jmessage',
    file: 'seeds/001_1599e5c4793cf27d.txt',
    title: 'JMessage seed: iOS, Android and server codes (Chinese)',
    format: 'seed',
    platform: { 'JMessage iOS': 'ios', 'JMessage Android': 'android', 'Server Error': 'server' },
  },
  { vendor: 'jmessage', file: 'seeds/002_dc5685c8accccbb7.txt', title: 'JMessage seed: Web SDK codes', format: 'seed', platform: 'web' },
  { vendor: 'jmessage', file: 'vendor-docs/jmessage/zh-im_errorcode_android.md', title: 'JMessage Android (Chinese, with JMRTC)', format: 'code-rows', platform: 'android' },
  { vendor: 'jmessage', file: 'vendor-docs/jmessage/en-im_errorcode_android.md', title: 'JMessage Android (English)', format: 'code-rows', platform: 'android' },
  { vendor: 'jmessage', file: 'vendor-docs/jmessage/zh-im_errorcode_ios.md', title: 'JMessage iOS (Chinese, with JMRTC)', format: 'code-rows', platform: 'ios' },
  { vendor: 'jmessage', file: 'vendor-docs/jmessage/en-im_errorcode_ios.md', title: 'JMessage iOS (English)', format: 'code-rows', platform: 'ios' },
  { vendor: 'jmessage', file: 'vendor-docs/jmessage/zh-im_errorcode_js.md', title: 'JMessage Web (Chinese)', format: 'code-rows', platform: 'web' },
  { vendor: 'jmessage', file: 'vendor-docs/jmessage/en-im_errorcode_js.md', title: 'JMessage Web (English)', format: 'code-rows', platform: 'web' },
  { vendor: 'jmessage', file: 'vendor-docs/jmessage/zh-im_errorcode_server.md', title: 'JMessage server (Chinese)', format: 'code-rows', platform: 'server' },
  { vendor: 'jmessage', file: 'vendor-docs/jmessage/en-im_errorcode_server.md', title: 'JMessage server (English)', format: 'code-rows', platform: 'server' },
  // ── Easemob (Agora Chat reads the same documents: one numbering) ──
  { vendor: 'easemob', file: 'seeds/004_04899477e949c5d2.txt', title: 'Easemob seed: Web / mini-program SDK codes', format: 'seed', platform: 'web' },
  { vendor: 'easemob', file: 'vendor-docs/easemob/web-error.md', title: 'Easemob Web SDK codes (2023-04)', format: 'code-rows', platform: 'web' },
  { vendor: 'easemob', file: 'vendor-docs/easemob/android-error.md', title: 'Easemob Android EMError (2023-04)', format: 'code-rows', platform: 'android' },
  { vendor: 'easemob', file: 'vendor-docs/easemob/ios-error.md', title: 'Easemob iOS EMErrorCode (2023-04)', format: 'code-rows', platform: 'ios' },
  { vendor: 'easemob', file: 'vendor-docs/easemob/server-side-error.md', title: 'Easemob REST API errors (2023-04)', format: 'rest-rows', platform: 'server' },
];
