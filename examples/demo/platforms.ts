/** The demo's last section: one vendor number, two meanings, told apart by the platform that reported it. */
import { easemob } from '../../adapters/easemob/index.js';
import { tencent } from '../../adapters/tencent/index.js';
import type { IMError } from '../../src/index.js';

/** Each row: what reported the number, and the IMError it becomes there. */
const CONTRASTS: ReadonlyArray<readonly [label: string, error: () => IMError]> = [
  ['Tencent 1002 from the web SDK', () => tencent.normalize({ code: 1002, message: 'kicked out' }, { platform: 'web' })],
  ['Tencent 1002 from the REST API', () => tencent.normalize({ ActionStatus: 'FAIL', ErrorCode: 1002, ErrorInfo: 'invalid parameter' })],
  ['Easemob 502 on the web', () => easemob.normalize({ type: 502, message: 'blocked' })],
  ['Easemob 502 on Android', () => easemob.normalize({ type: 502, message: 'traffic limit' }, { platform: 'android' })],
];

/** The lines of the section. */
export function platformLines(): string[] {
  const width = Math.max(...CONTRASTS.map(([label]) => label.length));
  return CONTRASTS.map(([label, error]) => {
    const { kind, reason, recovery } = error();
    return `  ${label.padEnd(width)}  → ${kind}/${reason} (${recovery})`;
  });
}
