import type { Logger } from './logger.js';
import type { RateLimiter } from './rate-limit.js';

/** The part of Cloudflare's Rate Limiting binding (`[[ratelimits]]` in wrangler.toml) we use. */
export interface RateLimitBinding {
  limit(options: { key: string }): Promise<{ success: boolean }>;
}

/**
 * A limiter shared by every isolate in a Cloudflare location: the binding counts, its limit and
 * period live in wrangler.toml. If the binding itself fails, the turn is let through: a citizen
 * who cannot reach the limiter must still get an answer with a contact.
 */
export function createBindingRateLimiter(binding: RateLimitBinding, log: Logger): RateLimiter {
  return {
    async allow(key) {
      try {
        return (await binding.limit({ key })).success;
      } catch (error) {
        log('error', 'rate_limit.unavailable', {
          error: error instanceof Error ? `${error.name}: ${error.message}` : 'unknown',
        });
        return true;
      }
    },
  };
}
