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

  const retention = () =>
    runRetention(store, {
      now: new Date(),
      retentionDays: config.RETENTION_DAYS,
      log,
    }).catch((error: unknown) => log('error', 'retention.failed', { error: String(error) }));
  let retentionTimer: ReturnType<typeof setInterval> | undefined;

  const server = serve({ fetch: app.fetch, hostname: config.HOST, port: config.PORT }, (info) => {
    log('info', 'server.started', {
      url: `http://${info.address}:${info.port}`,
      database: redactUrl(config.DATABASE_URL),
    });
    // Only a server that runs purges: one that could not start leaves the database alone.
    void retention();
    retentionTimer = setInterval(retention, 60 * 60 * 1000);
    retentionTimer.unref();
  });
  // A port that is taken is a configuration problem like any other: one line that names the
  // variable, not Node's stack trace.
  server.once('error', (error: NodeJS.ErrnoException) => {
    console.error(listenProblem(error, config.HOST, config.PORT));
    client.close();
    process.exit(1);
  });

  const shutdown = () => {
    if (retentionTimer) clearInterval(retentionTimer);
    server.close();
    client.close();
    process.exit(0);
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}

/** Why the server could not listen, naming the variable to change. */
function listenProblem(error: NodeJS.ErrnoException, host: string, port: number): string {
  switch (error.code) {
    case 'EADDRINUSE':
      return `PORT: port ${port} on ${host} is already in use; stop what uses it or set PORT to a free port.`;
    case 'EACCES':
      return `PORT: port ${port} on ${host} needs privileges this process lacks; set PORT to 1024 or higher.`;
    case 'EADDRNOTAVAIL':
      return `HOST: ${host} is not an address of this machine; set HOST to one of its addresses (default 127.0.0.1).`;
    default:
      return `PORT/HOST: cannot listen on ${host}:${port} (${error.code ?? error.message}).`;
  }
}

/** Server URLs may carry credentials; the log only needs the scheme and host. */
function redactUrl(url: string): string {
  return url.replace(/\/\/[^@/]*@/, '//***@');
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
