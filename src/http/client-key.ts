/**
 * The client's address for rate limiting. Behind a reverse proxy every request comes from the
 * proxy's address, so all citizens would share one limit; when the operator names the header
 * their proxy sets (TRUSTED_PROXY_HEADER, e.g. X-Forwarded-For), the address in it counts. Only
 * the rightmost entry is taken: a client can put anything in front, but the last entry is the one
 * the operator's own proxy appended.
 */
export function clientAddress(
  socketAddress: string | undefined,
  forwarded?: { header: string | undefined },
): string {
  if (forwarded) {
    const last = forwarded.header
      ?.split(',')
      .map((entry) => entry.trim())
      .filter((entry) => entry.length > 0)
      .at(-1);
    if (last) return last;
  }
  return socketAddress ?? 'unknown';
}
