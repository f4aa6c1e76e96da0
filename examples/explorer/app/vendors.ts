/** The explorer's vendor choices: detection over `im-errors/all`, or one adapter (Agora only by name: see README). */
import type { IMError, PlatformOf, VendorAdapter } from 'im-errors';
import { agora } from 'im-errors/agora';
import { easemob, jmessage, normalize, tencent } from 'im-errors/all';

/** One entry of the vendor select. */
export interface VendorChoice {
  /** `detect`, or the adapter's vendor name. */
  readonly id: string;
  readonly label: string;
  /** The platforms the platform select offers besides "default". */
  readonly platforms: readonly string[];
  /** Normalizes a raw value; `platform` undefined leaves it to the error's shape and the adapter's default. */
  readonly normalize: (raw: unknown, platform: string | undefined) => IMError;
}

/** `platform` if it is one of `platforms`, typed as such; otherwise undefined. */
function known<P extends string>(platforms: readonly P[], platform: string | undefined): P | undefined {
  return (platforms as readonly string[]).includes(platform ?? '') ? (platform as P) : undefined;
}

function adapterChoice<P extends string>(adapter: VendorAdapter<Exclude<IMError['vendor'], 'unknown'>, P>, label: string): VendorChoice {
  return {
    id: adapter.vendor,
    label,
    platforms: adapter.platforms,
    normalize: (raw, platform) => adapter.normalize(raw, { platform: known(adapter.platforms, platform) }),
  };
}

/** The vendors `im-errors/all` tells apart, in its order. */
const DETECTED = [jmessage, tencent, easemob] as const;

/** A platform of any detected vendor. */
type DetectPlatform = PlatformOf<(typeof DETECTED)[number]>;

/** Every platform any detected vendor knows, each once. */
const DETECT_PLATFORMS: readonly DetectPlatform[] = [
  ...new Set(DETECTED.flatMap((adapter): readonly DetectPlatform[] => adapter.platforms)),
];

/** The choices, in the order the select lists them; the first is the default. */
export const VENDOR_CHOICES: readonly VendorChoice[] = [
  {
    id: 'detect',
    label: 'Detect (JMessage, Tencent, Easemob)',
    platforms: DETECT_PLATFORMS,
    normalize: (raw, platform) => normalize(raw, { platform: known(DETECT_PLATFORMS, platform) }),
  },
  adapterChoice(jmessage, 'JMessage (JIGUANG)'),
  adapterChoice(tencent, 'Tencent Cloud IM'),
  adapterChoice(easemob, 'Easemob (环信)'),
  adapterChoice(agora, 'Agora Chat'),
];

/** The choice with `id`, or detection when there is none. */
export function vendorChoice(id: string): VendorChoice {
  return VENDOR_CHOICES.find((choice) => choice.id === id) ?? VENDOR_CHOICES[0]!;
}
