/** One code (or documented range of codes) read from a vendor's seed document. */
export interface SeedCode {
  readonly code: number;
  /** End of a documented range (inclusive), e.g. Tencent 120001 - 130000. */
  readonly to?: number;
  /** The seed's own words for it. */
  readonly text: string;
  /** The seed file it came from. */
  readonly file: string;
  /** The seed's section heading, where it has one. */
  readonly section?: string;
}
