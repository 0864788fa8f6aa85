import { spawn, type ChildProcess } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../../scripts/worker/profile.js';

let server: ChildProcess;
let base: string;

beforeAll(async () => {
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  server = spawn(process.execPath, ['--import', 'tsx', 'src/entry/node.ts'], {
    env: {
      ...process.env,
      PORT: String(port),
      DATABASE_URL: ':memory:',
      RATE_LIMIT_PER_MINUTE: '2',
      TRUSTED_PROXY_HEADER: 'X-Forwarded-For',
      LOG_LEVEL: 'silent',
    },
    stdio: 'ignore',
  });
  for (let attempt = 0; attempt < 100; attempt += 1) {
    const up = await fetch(`${base}/health`).then(
      (response) => response.ok,
      () => false,
    );
    if (up) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('the Node entry did not start');
}, 30_000);

afterAll(() => {
  server.kill();
});

const chat = (forwardedFor: string) =>
  fetch(`${base}/api/chat`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': forwardedFor },
    body: JSON.stringify({ message: 'Ik moet mijn huurtoeslag terugbetalen' }),
  });

describe('the Node entry behind a reverse proxy (TRUSTED_PROXY_HEADER)', () => {
  it("limits each client by the address the proxy reports, not the proxy's own", async () => {
    expect((await chat('198.51.100.1')).status).toBe(200);
    expect((await chat('198.51.100.1')).status).toBe(200);
    expect((await chat('198.51.100.1')).status).toBe(429);
    // Another citizen behind the same proxy still gets an answer.
    expect((await chat('198.51.100.2')).status).toBe(200);
    // Forging an address in front does not help: the proxy's own (rightmost) entry counts.
    expect((await chat('203.0.113.9, 198.51.100.1')).status).toBe(429);
  });
});

describe('the Node entry on a port that is taken', () => {
  it('stops with one line that names the port and PORT, before purging anything', async () => {
    const port = new URL(base).port;
    const second = spawn(process.execPath, ['--import', 'tsx', 'src/entry/node.ts'], {
      env: { ...process.env, PORT: port, DATABASE_URL: ':memory:', LOG_LEVEL: 'info' },
    });
    let stdout = '';
    let stderr = '';
    second.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    second.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => second.on('exit', resolve));
    expect(code).not.toBe(0);
    expect(stderr.trim().split('\n')).toEqual([
      expect.stringMatching(new RegExp(`^PORT: .*${port}`)),
    ]);
    expect(stderr).not.toMatch(/EADDRINUSE|\n\s+at /);
    expect(stdout).not.toContain('retention');
  }, 30_000);
});
