/**
 * The part of the Workers runtime module `cloudflare:workers` that the entry uses. The full types
 * (@cloudflare/workers-types) declare globals that clash with Node's and the DOM's, so the main
 * tsconfig does not load them; tests/workers/tsconfig.json does.
 */
declare module 'cloudflare:workers' {
  /** Keeps `promise` running after the response, for the request that is running now. */
  export function waitUntil(promise: Promise<unknown>): void;
}
