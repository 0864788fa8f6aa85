/**
 * Builds the Worker exactly as `wrangler deploy` would upload it (minified, dry run, nothing sent)
 * and measures it. Shared by `npm run bench` and the bundle-size test.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

/**
 * Cloudflare's limit is on the compressed upload (3 MiB on the Free plan); ours is far below it
 * and leaves room for the catalog and the learned models, which are the product, to grow (ADR
 * 12; 512 KiB until session 23, 576 until session 25, 608 until session 28, 640 until session
 * 32, 656 until session 34, 672 until session 35).
 */
export const BUNDLE_BUDGET_KIB = 688;

/**
 * Everything that is not `data/`, minified: our code and the libraries. What this guards is
 * dependency creep: a library of 20 KiB gzipped (about 64 KB minified) does not fit unseen.
 */
export const CODE_BUDGET_BYTES = 780_000;

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const WRANGLER = join(ROOT, 'node_modules/wrangler/bin/wrangler.js');

/** The environment for every wrangler call: no metrics, no fetch of Cloudflare's `cf` object. */
export function wranglerEnv(): NodeJS.ProcessEnv {
  return { ...process.env, WRANGLER_SEND_METRICS: 'false', CLOUDFLARE_CF_FETCH_ENABLED: 'false' };
}

/** Runs wrangler from this checkout; throws with its output when it fails. */
export function wrangler(args: string[]): string {
  const result = spawnSync(process.execPath, [WRANGLER, ...args], {
    cwd: ROOT,
    env: wranglerEnv(),
    encoding: 'utf8',
  });
  if (result.status !== 0) {
    throw new Error(`wrangler ${args.join(' ')} failed:\n${result.stdout}\n${result.stderr}`);
  }
  return result.stdout;
}

export interface WorkerBuild {
  outdir: string;
  /** Uploaded modules (source maps excluded), minified. */
  bytes: number;
  gzipBytes: number;
  metafile: string;
}

/** `wrangler deploy --dry-run --outdir <outdir> --minify`, then the sizes of what it wrote. */
export function buildWorker(outdir: string): WorkerBuild {
  const metafile = join(outdir, 'meta.json');
  wrangler(['deploy', '--dry-run', '--outdir', outdir, '--minify', '--metafile', metafile]);
  const modules = readdirSync(outdir)
    .filter((file) => /\.(m?js|wasm)$/.test(file))
    .map((file) => readFileSync(join(outdir, file)));
  if (modules.length === 0) throw new Error(`wrangler wrote no modules to ${outdir}`);
  const all = Buffer.concat(modules);
  return { outdir, bytes: all.byteLength, gzipBytes: gzipSync(all).byteLength, metafile };
}

/**
 * The bench-only Worker (`scripts/worker/turn-loop.ts`: the real one plus a loop of chat turns),
 * built like the real one into `outdir`; returns the path of its module.
 */
export function buildTurnLoopWorker(outdir: string): string {
  wrangler(['deploy', '--dry-run', '--outdir', outdir, '--minify', 'scripts/worker/turn-loop.ts']);
  return join(outdir, 'turn-loop.js');
}

/** Bytes in the minified output per package (or per folder of ours), largest first. */
export function largestInputs(metafile: string, count = 10): { name: string; bytes: number }[] {
  const meta = JSON.parse(readFileSync(metafile, 'utf8')) as {
    outputs: Record<string, { inputs: Record<string, { bytesInOutput: number }> }>;
  };
  const totals = new Map<string, number>();
  for (const output of Object.values(meta.outputs)) {
    for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
      const name =
        /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(input)?.[1] ??
        /^((?:src|data)\/[^/]+)/.exec(input)?.[1] ??
        input;
      totals.set(name, (totals.get(name) ?? 0) + bytesInOutput);
    }
  }
  return [...totals]
    .map(([name, bytes]) => ({ name, bytes }))
    .sort((a, b) => b.bytes - a.bytes)
    .slice(0, count);
}

/** Minified bytes of `data/` and of everything else (our code and the libraries). */
export function dataAndCodeBytes(metafile: string): { data: number; code: number } {
  const meta = JSON.parse(readFileSync(metafile, 'utf8')) as {
    outputs: Record<string, { inputs: Record<string, { bytesInOutput: number }> }>;
  };
  const sizes = { data: 0, code: 0 };
  for (const output of Object.values(meta.outputs)) {
    for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
      sizes[input.startsWith('data/') ? 'data' : 'code'] += bytesInOutput;
    }
  }
  return sizes;
}

export const kib = (bytes: number) => bytes / 1024;
