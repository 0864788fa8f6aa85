import type { ExecutionContext, ScheduledController } from '@cloudflare/workers-types';
import { waitUntil } from 'cloudflare:workers';
import type { FetchApp } from './worker-app.js';
import type { WorkerEnv, WorkerRuntime } from './worker-runtime.js';

/**
 * Workers entry: the same `createApp(deps)` as Node, on D1 or a libSQL server, with Cloudflare's
 * Rate Limiting binding and a Cron Trigger for retention (see wrangler.toml).
 *
 * Global scope only defines the handlers. Everything else is imported on first use, once per
 * isolate: evaluating the app's modules (zod schemas, the catalog data) and indexing the catalog
 * for the router would otherwise all count as start-up CPU (budget: 50 ms, see
 * scripts/bench/worker.ts), and a cron invocation needs the database but not the router.
 * esbuild keeps dynamically imported modules in the one bundle and evaluates them lazily.
 */
let runtime: Promise<WorkerRuntime> | undefined;
let app: Promise<FetchApp> | undefined;

/** Work that must outlive the response (webhooks): kept alive for the request running now. */
function defer(work: Promise<unknown>): void {
  waitUntil(
    work.catch(async (error: unknown) => {
      (await runtime)?.log('error', 'deferred.failed', { error: String(error) });
    }),
  );
}

function runtimeFor(env: WorkerEnv): Promise<WorkerRuntime> {
  if (!runtime) {
    const building = import('./worker-runtime.js').then((m) => m.buildWorkerRuntime(env, defer));
    // A failure (bad configuration included) is not kept: the next invocation tries again.
    building.catch(() => runtime === building && (runtime = undefined));
    runtime = building;
  }
  return runtime;
}

function appFor(env: WorkerEnv): Promise<FetchApp> {
  if (!app) {
    const building = import('./worker-app.js').then((m) => m.buildWorkerApp(runtimeFor(env)));
    building.catch(() => app === building && (app = undefined));
    app = building;
  }
  return app;
}

export default {
  async fetch(request: Request, env: WorkerEnv, ctx: ExecutionContext): Promise<Response> {
    return (await appFor(env)).fetch(request, env, ctx);
  },

  /** The Cron Trigger in wrangler.toml: deletes transcripts older than RETENTION_DAYS. */
  async scheduled(controller: ScheduledController, env: WorkerEnv): Promise<void> {
    const [{ runRetention }, { services, config, log }] = await Promise.all([
      import('../jobs/retention.js'),
      runtimeFor(env),
    ]);
    await runRetention(services.store, {
      now: new Date(controller.scheduledTime),
      retentionDays: config.RETENTION_DAYS,
      log,
    });
  },
};
