/** Whether to retry, in the words the CLI and the explorer print. */

/** `yes`, `yes, after 1000 ms` (the vendor's documented wait) or `no`. */
export function retryableText(retryable: boolean, retryAfterMs: number | null | undefined): string {
  if (!retryable) return 'no';
  return retryAfterMs === null || retryAfterMs === undefined ? 'yes' : `yes, after ${retryAfterMs} ms`;
}
