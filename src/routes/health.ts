import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import type { AppDeps, AppEnv } from '../app.js';
import { HealthSchema } from '../http/schemas.js';

export const healthRoute = createRoute({
  method: 'get',
  path: '/health',
  summary: 'Liveness and database check',
  responses: {
    200: { content: { 'application/json': { schema: HealthSchema } }, description: 'Healthy' },
    503: {
      content: { 'application/json': { schema: HealthSchema } },
      description: 'Database unavailable',
    },
  },
});

export function registerHealth(app: OpenAPIHono<AppEnv>, deps: AppDeps) {
  app.openapi(healthRoute, async (c) => {
    try {
      await deps.store.ping();
      return c.json({ status: 'ok' as const, database: 'ok' as const }, 200);
    } catch {
      return c.json({ status: 'degraded' as const, database: 'unavailable' as const }, 503);
    }
  });
}
