import { serve } from '@hono/node-server';
import { getConnInfo } from '@hono/node-server/conninfo';
import { createApp } from '../app.js';
import { loadConfigOrReport } from '../config.js';
import { buildCore } from '../core-deps.js';
import { createBotFrameworkChannel } from '../channels/botframework/channel.js';
import { openLibsqlDatabase } from '../db/libsql.js';
import { clientAddress } from '../http/client-key.js';
import { createConsoleLogger } from '../http/logger.js';
import { createMemoryRateLimiter } from '../http/rate-limit.js';
import { runRetention } from '../jobs/retention.js';
import { buildServiceDeps } from '../service-deps.js';

/** Node entry: builds the dependencies from the environment and serves the app. */
async function main() {
  const config = loadConfigOrReport(process.env);
  if (!config) process.exit(1);
  const log = createConsoleLogger(config.LOG_LEVEL);
  const core = buildCore();
  const { db, client } = await openLibsqlDatabase(config.DATABASE_URL, config.DATABASE_AUTH_TOKEN);

  const services = buildServiceDeps({
    config,
    db,
    log,
    // Node keeps the process alive; a failure is logged rather than left unhandled.
    defer: (work) => {
      work.catch((error: unknown) => log('error', 'deferred.failed', { error: String(error) }));
    },
  });
  const { store } = services;
  const app = createApp({
    ...core,
    ...services,
    clock: () => new Date(),
    newId: () => crypto.randomUUID(),
    log,
    rateLimiter: createMemoryRateLimiter(config.RATE_LIMIT_PER_MINUTE),
    clientKey: (c) =>
      clientAddress(
        getConnInfo(c).remote.address,
        config.TRUSTED_PROXY_HEADER
          ? { header: c.req.header(config.TRUSTED_PROXY_HEADER) }
          : undefined,
      ),
    botFramework: createBotFrameworkChannel(config, { log }),
  });

  const server = serve({ fetch: app.fetch, hostname: config.HOST, port: config.PORT }, (info) => {
    log('info', 'server.started', {
      url: `http://${info.address}:${info.port}`,
      database: redactUrl(config.DATABASE_URL),
    });
  });

  const retention = () =>
    runRetention(store, {
      now: new Date(),
      retentionDays: config.RETENTION_DAYS,
      log,
    }).catch((error: unknown) => log('error', 'retention.failed', { error: String(error) }));
  void retention();
  const retentionTimer = setInterval(retention, 60 * 60 * 1000);
  retentionTimer.unref();

  const shutdown = () => {
    clearInterval(retentionTimer);
    server.close();
    client.close();
    process.exit(0);
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}

/** Server URLs may carry credentials; the log only needs the scheme and host. */
function redactUrl(url: string): string {
  return url.replace(/\/\/[^@/]*@/, '//***@');
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
