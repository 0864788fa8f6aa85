/** Decides whether a client may take another chat turn now. */
export interface RateLimiter {
  allow(key: string, now: Date): boolean | Promise<boolean>;
}

/**
 * A fixed one-minute window per client, in memory: right for one Node process. Several
 * instances (Workers) need a shared limiter; see the Workers entry.
 */
export function createMemoryRateLimiter(perMinute: number, maxClients = 10_000): RateLimiter {
  const windows = new Map<string, { minute: number; count: number }>();
  return {
    allow(key, now) {
      if (perMinute === 0) return true;
      const minute = Math.floor(now.getTime() / 60_000);
      const current = windows.get(key);
      if (!current || current.minute !== minute) {
        // Old windows are worthless; dropping them all bounds memory under many clients.
        if (windows.size >= maxClients) windows.clear();
        windows.set(key, { minute, count: 1 });
        return true;
      }
      current.count += 1;
      return current.count <= perMinute;
    },
  };
}
