import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, buildWorker } from '../../scripts/worker/build.js';
import { startDevWorker, type DevWorker } from '../../scripts/worker/profile.js';
import { expectChatResponse } from '../support/contract.js';
import { startHranaDouble, type HranaDouble } from '../support/hrana-double.js';

/**
 * The Worker's libSQL-server (Turso) path, end to end: the built bundle in workerd (`wrangler
 * dev`) with DATABASE_URL pointing at a local libSQL protocol double. The D1 path is covered
 * inside workerd by tests/workers.
 */
describe('the Worker on a libSQL server', () => {
  let dir: string;
  let server: HranaDouble;
  let worker: DevWorker;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'wegwijzer-worker-'));
    const build = buildWorker(dir);
    server = await startHranaDouble(join(ROOT, 'drizzle'));
    worker = await startDevWorker(join(build.outdir, 'worker.js'), {
      vars: { DATABASE_URL: server.url, LOG_LEVEL: 'warn' },
    });
  }, 120_000);
  afterAll(async () => {
    worker?.stop();
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const chat = (body: object) =>
    fetch(`${worker.url}/api/chat`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });

  it('answers the chat contract and stores both turns of a conversation on the server', async () => {
    const first = await chat({ message: 'Ik moet mijn huurtoeslag terugbetalen' });
    expect(first.status).toBe(200);
    const body = (await first.json()) as { sessionId: string };
    expectChatResponse(body);
    const second = await chat({ message: 'En hoe lang duurt dat?', sessionId: body.sessionId });
    expect(((await second.json()) as { sessionId: string }).sessionId).toBe(body.sessionId);

    const turns = server.db
      .prepare('SELECT seq, agency_id FROM turns WHERE session_id = ? ORDER BY seq')
      .all(body.sessionId);
    expect(turns).toEqual([
      { seq: 1, agency_id: 'toeslagen' },
      { seq: 2, agency_id: 'toeslagen' },
    ]);
  });

  it('checks the server in /health', async () => {
    const response = await fetch(`${worker.url}/health`);
    expect(await response.json()).toEqual({ status: 'ok', database: 'ok' });
  });
});
