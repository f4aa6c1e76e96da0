/**
 * The shape of the generated code descriptions (`mappings/descriptions/<vendor>.ts`): what each vendor's own
 * documents and SDKs say a code means. Documentation text for tools (the `im-errors` CLI); no runtime entry imports it.
 */

/** One source of descriptions: a vendor document (or one section of it), or an SDK's table of constants. */
export interface DescriptionSource {
  /** What the source is, e.g. `'@tencentcloud/chat 3.6.6 + tim-js-sdk 2.27.6 constants'`. */
  readonly name: string;
  /** The platform whose codes these are, when the source is about one platform only. */
  readonly platform?: string;
  /** Code → the source's words for it. */
  readonly codes: { readonly [code: string]: string };
  /** Documented ranges of codes: `[from, to, text]`, inclusive. */
  readonly ranges?: ReadonlyArray<readonly [from: number, to: number, text: string]>;
}

/** Every description source of one vendor. */
export interface CodeDescriptions {
  readonly vendor: string;
  readonly sources: readonly DescriptionSource[];
}
