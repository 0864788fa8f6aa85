/**
 * CPU figures for the Worker inside workerd, taken with V8's sampling profiler over the inspector
 * protocol: the same method as `wrangler check startup`. In workerd `performance.now()` only moves
 * on I/O, so a Worker cannot time its own CPU; the profiler can. Shared by `npm run bench`.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, wrangler, wranglerEnv } from './build.js';

interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string } }[];
  samples: number[];
  timeDeltas: number[];
}

/**
 * Sampled time that was not idle, in ms: what `wrangler check startup` reports as "Active".
 * With `capped`, each sample counts for at most twice the median sampling interval: V8 samples
 * an isolate only while it runs, so when workerd runs another isolate (the local D1 simulator,
 * wrangler's proxy) the next sample's delta spans that foreign time too.
 */
export function activeMs(profile: CpuProfile, options: { capped?: boolean } = {}): number {
  const names = new Map(profile.nodes.map((node) => [node.id, node.callFrame.functionName]));
  const sorted = [...profile.timeDeltas].sort((a, b) => a - b);
  const cap = options.capped
    ? 2 * (sorted[Math.floor(sorted.length / 2)] ?? 0)
    : Number.POSITIVE_INFINITY;
  let micros = 0;
  profile.timeDeltas.forEach((delta, index) => {
    if (names.get(profile.samples[index] ?? -1) !== '(idle)') micros += Math.min(delta, cap);
  });
  return micros / 1000;
}

/**
 * Global-scope CPU of the minified bundle, `runs` times: `wrangler check startup` on one build (it
 * imports the bundle in a fresh workerd under the profiler). Profiles go to `outdir`, to open in
 * Chrome DevTools.
 */
export function startupCpuMs(outdir: string, runs: number): number[] {
  const bundle = join(outdir, 'worker.bundle');
  wrangler(['deploy', '--dry-run', '--minify', `--outfile=${bundle}`]);
  return Array.from({ length: runs }, (_, run) => {
    const outfile = join(outdir, `startup-${run + 1}.cpuprofile`);
    wrangler(['check', 'startup', `--worker=${bundle}`, `--outfile=${outfile}`]);
    return activeMs(JSON.parse(readFileSync(outfile, 'utf8')) as CpuProfile);
  });
}

/** A free port on 127.0.0.1 (closed again before the server that wants it takes it). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address
          ? resolve(address.port)
          : reject(new Error('no port')),
      );
    });
  });
}

/** A minimal Chrome DevTools Protocol client. */
class Inspector {
  private next = 0;
  private readonly pending = new Map<number, (result: unknown) => void>();
  private constructor(private readonly socket: WebSocket) {
    socket.addEventListener('message', (event) => {
      const message = JSON.parse(String(event.data)) as { id?: number; result?: unknown };
      if (message.id !== undefined) this.pending.get(message.id)?.(message.result);
    });
  }

  static async connect(url: string): Promise<Inspector> {
    // wrangler's inspector proxy wants an Origin it trusts; Node's WebSocket (undici) takes headers
    // in a second argument that the DOM typings do not describe, hence the cast.
    const init = { headers: { Origin: 'http://localhost' } } as unknown as string[];
    const socket = new WebSocket(url, init);
    await new Promise((resolve, reject) => {
      socket.addEventListener('open', resolve);
      socket.addEventListener('error', () => reject(new Error(`cannot connect to ${url}`)));
    });
    return new Inspector(socket);
  }

  send<T>(method: string, params: object = {}): Promise<T> {
    const id = ++this.next;
    return new Promise((resolve, reject) => {
      // A reloaded or crashed Worker never answers; a bench must end anyway.
      const timer = setTimeout(() => reject(new Error(`${method}: no answer`)), 30_000);
      this.pending.set(id, (result) => {
        clearTimeout(timer);
        resolve(result as T);
      });
      this.socket.send(JSON.stringify({ id, method, params }));
    });
  }

  /** CPU of `work` inside the Worker's isolate, in ms (see `activeMs` for `capped`). */
  async profile(work: () => Promise<unknown>, options: { capped?: boolean } = {}): Promise<number> {
    await this.send('Profiler.start');
    await work();
    const { profile } = await this.send<{ profile: CpuProfile }>('Profiler.stop');
    return activeMs(profile, options);
  }

  close() {
    this.socket.close();
  }
}

export interface DevWorker {
  url: string;
  inspector: Inspector;
  stop(): void;
}

/**
 * `wrangler dev` on a built bundle (`buildWorker`), with wrangler.toml's bindings and a local D1
 * migrated first, on free ports, with its inspector open; the profiler samples every 100 µs.
 * `--no-bundle` runs exactly the minified file that would be deployed, and wrangler then watches
 * only that file, so edits to the sources during a run do not reload the Worker.
 */
export async function startDevWorker(
  script: string,
  options: { vars?: Record<string, string> } = {},
): Promise<DevWorker> {
  try {
    return await startDevWorkerOnce(script, options);
  } catch (error) {
    // A free port is free only until someone takes it: wrangler and workerd also pick ports of
    // their own, and tests start servers in parallel. Once taken, start again on new ports.
    if (!(error instanceof Error) || !error.message.includes('Address already in use')) throw error;
    return startDevWorkerOnce(script, options);
  }
}

async function startDevWorkerOnce(
  script: string,
  options: { vars?: Record<string, string> },
): Promise<DevWorker> {
  const persist = mkdtempSync(join(tmpdir(), 'wegwijzer-d1-'));
  wrangler(['d1', 'migrations', 'apply', 'DB', '--local', `--persist-to=${persist}`]);
  const [port, inspectorPort] = [await freePort(), await freePort()];
  const child = spawn(
    process.execPath,
    [
      join(ROOT, 'node_modules/wrangler/bin/wrangler.js'),
      'dev',
      script,
      '--no-bundle',
      '--ip=127.0.0.1',
      `--port=${port}`,
      `--inspector-port=${inspectorPort}`,
      `--persist-to=${persist}`,
      ...Object.entries(options.vars ?? {}).map(([name, value]) => `--var=${name}:${value}`),
    ],
    // Its own process group, so that stopping it also stops the workerd processes it starts.
    { cwd: ROOT, env: wranglerEnv(), stdio: ['ignore', 'pipe', 'pipe'], detached: true },
  );
  // Read (and drop) all output so the pipes never fill; the first request must stay unmeasured
  // until the profiler runs, so readiness is wrangler's "Ready on" line, not a request.
  let output = '';
  const ready = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`wrangler dev did not start:\n${output}`)),
      60_000,
    );
    const onData = (chunk: Buffer) => {
      if (output.length < 20_000) output += chunk.toString();
      if (output.includes('Ready on')) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', () => reject(new Error(`wrangler dev exited:\n${output}`)));
  });
  const stop = () => {
    if (child.pid !== undefined && child.exitCode === null) process.kill(-child.pid, 'SIGTERM');
    rmSync(persist, { recursive: true, force: true });
  };
  const url = `http://127.0.0.1:${port}`;
  try {
    await ready;
    const inspector = await Inspector.connect(`ws://127.0.0.1:${inspectorPort}/ws`);
    await inspector.send('Profiler.enable');
    await inspector.send('Profiler.setSamplingInterval', { interval: 100 });
    return { url, inspector, stop: () => (inspector.close(), stop()) };
  } catch (error) {
    stop();
    throw error;
  }
}

export interface QuietWorker {
  url: URL;
  /** CPU used so far by the workerd processes of this Worker (Linux /proc), in ms. */
  cpuMs(): number;
  stop(): Promise<void>;
}

/**
 * The Worker in workerd as `wrangler dev` runs it, but with no inspector: `wrangler dev` always
 * attaches one and enables its Runtime domain to show logs, which makes every `console.log`
 * serialise its arguments for DevTools, a cost a deployed Worker does not have. Here logs leave
 * workerd as structured output (dropped), as they do on Cloudflare. Nothing is profiled; the
 * figure is the whole workerd process's CPU: the Worker plus the local D1 simulator and proxy.
 */
export async function startQuietWorker(
  script: string,
  vars: Record<string, string>,
): Promise<QuietWorker> {
  Object.assign(process.env, {
    WRANGLER_SEND_METRICS: 'false',
    CLOUDFLARE_CF_FETCH_ENABLED: 'false',
  });
  const { unstable_startWorker } = await import('wrangler');
  const persist = mkdtempSync(join(tmpdir(), 'wegwijzer-d1-'));
  wrangler(['d1', 'migrations', 'apply', 'DB', '--local', `--persist-to=${persist}`]);
  const worker = await unstable_startWorker({
    config: join(ROOT, 'wrangler.toml'),
    entrypoint: script,
    build: { bundle: false },
    bindings: Object.fromEntries(
      Object.entries(vars).map(([name, value]) => [name, { type: 'plain_text', value }]),
    ),
    dev: {
      inspector: false,
      server: { hostname: '127.0.0.1', port: 0 },
      persist,
      logLevel: 'none',
      watch: false,
      structuredLogsHandler: () => {},
    },
  });
  const stop = async () => {
    await worker.dispose();
    rmSync(persist, { recursive: true, force: true });
  };
  try {
    await worker.ready;
    return { url: await worker.url, cpuMs: () => childCpuMs('workerd'), stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** User + system CPU of this process's children whose command line names `command`, in ms. */
function childCpuMs(command: string): number {
  const ticksPerMs = 100 / 1000; // USER_HZ is 100 on Linux
  let ms = 0;
  for (const pid of readdirSync('/proc').filter((entry) => /^\d+$/.test(entry))) {
    try {
      if (!readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(command)) continue;
      // Fields after the command name: state, ppid, ..., utime (12th), stime (13th).
      const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
      if (Number(fields[1]) !== process.pid) continue;
      ms += (Number(fields[11]) + Number(fields[12])) / ticksPerMs;
    } catch {
      // The process ended between listing and reading.
    }
  }
  return ms;
}
