/** Raw errors as each vendor's SDK really rejects with them: the explorer's example buttons (JSON text, as pasted). */

/** One example: the button's label, the vendor select's value, and the raw error. */
export interface Sample {
  readonly id: string;
  readonly label: string;
  readonly vendor: string;
  readonly raw: string;
}

/** The examples, one or more per vendor shape. */
export const SAMPLES: readonly Sample[] = [
  { id: 'tencent-web', label: 'Tencent web: UserSig expired', vendor: 'detect', raw: '{"code":70001,"message":" | sendMessage | "}' },
  { id: 'tencent-native', label: 'Tencent native {code, desc}', vendor: 'detect', raw: '{"code":6206,"desc":"UserSig expired"}' },
  {
    id: 'tencent-rest',
    label: 'Tencent REST answer',
    vendor: 'detect',
    raw: '{"ActionStatus":"FAIL","ErrorCode":20003,"ErrorInfo":"invalid To_Account"}',
  },
  {
    id: 'easemob-nested',
    label: 'Easemob login, no network',
    vendor: 'detect',
    raw: '{"type":1,"message":"login failed","data":{"type":-2,"message":"Request Unknow Error","extraInfo":{"httpCode":0}}}',
  },
  { id: 'jmessage-web', label: 'JMessage: too many messages', vendor: 'detect', raw: '{"code":803010,"message":"beyond the frequency limit"}' },
  { id: 'agora', label: 'Agora Chat: not logged in', vendor: 'agora', raw: '{"type":39,"message":"not login"}' },
  { id: 'fetch', label: 'A failed fetch', vendor: 'detect', raw: 'TypeError: Failed to fetch' },
];
