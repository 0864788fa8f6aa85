import { env, SELF } from 'cloudflare:test';
import { openD1Database } from '../../src/db/d1.js';

/** The Worker's D1 database through the same drizzle schema the app uses. */
export const db = () => openD1Database(env.DB);

let clients = 0;
/**
 * A client address of its own for each call site, so that tests do not share a rate-limit
 * budget (the binding counts per `cf-connecting-ip`).
 */
export function newClient(): string {
  clients += 1;
  return `198.51.100.${clients % 250}-${crypto.randomUUID()}`;
}

/** `POST /api/chat` through the Worker's own fetch handler, as Cloudflare would call it. */
export function chat(body: unknown, client = newClient()): Promise<Response> {
  return SELF.fetch('https://wegwijzer.test/api/chat', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'CF-Connecting-IP': client },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}
