/** `npm run example:kicked-offline` never rots: kicks arriving as events route to sign-in, in both languages. */
import { readFileSync } from 'node:fs';
import { fc, it } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { main, routeFor } from '../../examples/kicked-offline.js';
import { easemob } from '../../adapters/easemob/index.js';
import { tencent } from '../../adapters/tencent/index.js';
import { toUserMessage } from '../../src/messages/index.js';
import { anyIMError } from '../support/imerrors.js';

describe('examples/kicked-offline', () => {
  it('routes the Tencent kick and the Easemob 206 to sign-in, with the message in English and Chinese', () => {
    const lines = main(() => undefined);
    const kick = tencent.normalizeEvent('kickedOut', { name: 'kickedOut', data: { type: 'multipleDevice' } })!;
    const said = (error: typeof kick) => [`  en       ${toUserMessage(error, { locale: 'en' })}`, `  zh-CN    ${toUserMessage(error, { locale: 'zh-CN' })}`];
    const at = (text: string) => lines.indexOf(text);

    const tencentKick = at('  IMError  auth/kicked-other-device (tencent code 3002) → navigate to /sign-in?why=other-device');
    expect(tencentKick).toBeGreaterThan(-1);
    expect(lines.slice(tencentKick + 1, tencentKick + 3)).toEqual(said(kick));

    const easemobKick = at('  IMError  auth/kicked-other-device (easemob code 206) → navigate to /sign-in?why=other-device');
    expect(easemobKick).toBeGreaterThan(-1);
    expect(lines.slice(easemobKick + 1, easemobKick + 3)).toEqual(said(easemob.normalize({ type: 206, message: '' })));
    expect(lines.slice(easemobKick + 1, easemobKick + 3).join()).toContain('其他设备');
  });

  it('stays on screen for a dropped connection, and reports nothing for events that are no new failure', () => {
    const lines = main(() => undefined);
    expect(lines).toContain('  IMError  network/disconnected (tencent event) → stay on this screen, with a banner');
    const after = (event: string) => lines[lines.indexOf(`▸ SDK: ${event}`) + 1];
    expect(after("netStateChange { state: 'connected' }")).toBe('  no IMError: nothing new to report');
    expect(after('onDisconnected with the same error')).toBe('  no IMError: nothing new to report');
    expect(after("onDisconnected() after the app's own close()")).toBe('  no IMError: nothing new to report');
    expect(lines.filter((line) => line.includes('/sign-in'))).toHaveLength(2);
  });

  it.prop([anyIMError])('sends the user to sign-in exactly when the session is lost', (error) => {
    const route = routeFor(error);
    const lost = error.recovery === 'relogin' || (error.kind === 'auth' && error.reason === 'kicked-other-device');
    expect(route.to === 'sign-in').toBe(lost);
    if (route.to === 'sign-in') {
      expect(route.notice).toBe(error);
      expect(route.why).toBe(error.kind === 'auth' && error.reason === 'kicked-other-device' ? 'other-device' : 'session-ended');
    }
    if (!lost) expect(route.to).toBe(error.recovery === 'refresh-credentials' ? 'renew-credentials' : 'stay');
  });

  it('has its npm script, running the built file', () => {
    const { scripts } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { scripts: Record<string, string> };
    expect(scripts['example:kicked-offline']).toBe('npm run build --silent && node dist/examples/kicked-offline.js');
  });
});
