/** The fake Tencent REST API counts per API per second of its clock and answers as Tencent does (no sleeping: its clock is the test's). */
import { afterEach, describe, expect, it } from 'vitest';
import { startFakeTencent, TENCENT_BODIES, type FakeTencent } from '../../../examples/server/fake-vendor.js';

let vendor: FakeTencent | undefined;
afterEach(async () => {
  await vendor?.close();
  vendor = undefined;
});

const post = async (api: string, to = 'bob'): Promise<{ status: number; body: string }> => {
  const response = await fetch(`${vendor!.url}/${api}?sdkappid=1400000000`, { method: 'POST', body: JSON.stringify({ To_Account: to }) });
  return { status: response.status, body: await response.text() };
};

describe('examples/server/fake-vendor', () => {
  it('allows its limit per API per second of its clock, and answers 60007 over it', async () => {
    let time = 1_800_000_000_900;
    vendor = await startFakeTencent({ limitPerSecond: 2, now: () => time });
    const answers = [await post('v4/openim/sendmsg'), await post('v4/openim/sendmsg'), await post('v4/openim/sendmsg'), await post('v4/profile/portrait_get')];
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 200]);
    expect(JSON.parse(answers[2]!.body)).toEqual(TENCENT_BODIES.overLimit);
    expect(JSON.parse(answers[3]!.body)).toMatchObject({ ActionStatus: 'OK', ErrorCode: 0 }); // another API, its own count
    time += 100; // the next second of the vendor's clock: whole again
    expect(JSON.parse((await post('v4/openim/sendmsg')).body)).toMatchObject({ ActionStatus: 'OK' });
    expect(vendor.log.map((call) => call.outcome)).toEqual(['ok', 'ok', 'refused', 'ok', 'ok']);
    expect(vendor.perSecond.get(1_800_000_000_000)).toEqual({ ok: 3, refused: 1, 'unknown-account': 0, outage: 0 });
  });

  it('answers 20003 for an unknown account and a gateway’s 502 page during an outage', async () => {
    vendor = await startFakeTencent({ unknownAccounts: ['nobody'], now: () => 0 });
    expect(JSON.parse((await post('v4/openim/sendmsg', 'nobody')).body)).toEqual(TENCENT_BODIES.unknownAccount);
    vendor.outage = true;
    const down = await post('v4/openim/sendmsg');
    expect(down.status).toBe(502);
    expect(down.body).toContain('502 Bad Gateway');
    expect(vendor.totals).toEqual({ ok: 0, refused: 0, 'unknown-account': 1, outage: 1 });
  });
});
