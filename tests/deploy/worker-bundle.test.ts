import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  BUNDLE_BUDGET_KIB,
  CODE_BUDGET_BYTES,
  ROOT,
  buildWorker,
  dataAndCodeBytes,
  kib,
  type WorkerBuild,
} from '../../scripts/worker/build.js';

/**
 * wrangler.toml aliases "zod" to src/entry/zod-without-locales.ts, which lists zod's public
 * surface by hand. When zod gains or loses an export, the list must follow, or the Worker would
 * miss a function that Node has. The only members it leaves out on purpose are zod's opt-in
 * compiler and JSON Schema reader, and only because nothing that runs in the Worker calls them.
 */
const COMPILER = [
  'INVALID',
  'ZodCompileAsyncError',
  'ZodCompileUnsupportedError',
  'compile',
  'withParser',
];
const LEFT_OUT = { z: [...COMPILER, 'fromJSONSchema'], core: [...COMPILER, 'compileFn'] };

// A size budget, never a time: times are printed by `npm run bench`, not enforced.
describe('the Worker bundle', () => {
  let dir: string;
  let build: WorkerBuild;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'wegwijzer-worker-'));
    build = buildWorker(dir);
  }, 120_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it(`stays under ${BUNDLE_BUDGET_KIB} KiB minified and gzipped`, () => {
    expect(kib(build.gzipBytes)).toBeLessThan(BUNDLE_BUDGET_KIB);
  });

  it(`keeps code and libraries under ${CODE_BUDGET_BYTES} bytes minified, whatever the data`, () => {
    const { data, code } = dataAndCodeBytes(build.metafile);
    expect(data).toBeGreaterThan(0);
    expect(code).toBeLessThan(CODE_BUDGET_BYTES);
  });

  it('carries only the web libSQL client, never the native Node driver', () => {
    const meta = JSON.parse(readFileSync(build.metafile, 'utf8')) as { inputs: object };
    const inputs = Object.keys(meta.inputs);
    expect(inputs.some((path) => path.includes('@libsql/client/lib-esm/web.js'))).toBe(true);
    expect(
      inputs.filter((path) =>
        /@libsql\/client\/lib-esm\/(node|sqlite3)\.js|libsql\/index\.js/.test(path),
      ),
    ).toEqual([]);
  });

  it("carries no code that names a zod member the Worker's zod leaves out", () => {
    // Every module of the build but zod itself and our shim: ours and every library, so a new
    // dependency that calls `z.compile` fails here rather than at run time in the Worker.
    const meta = JSON.parse(readFileSync(build.metafile, 'utf8')) as { inputs: object };
    const modules = Object.keys(meta.inputs).filter(
      (path) => !path.includes('node_modules/zod/') && !path.startsWith('src/entry/zod-'),
    );
    const uses = new RegExp(`\\b(${[...LEFT_OUT.z, ...LEFT_OUT.core].join('|')})\\b|zod/compile`);
    expect(modules.length).toBeGreaterThan(100);
    expect(modules.filter((path) => uses.test(readFileSync(join(ROOT, path), 'utf8')))).toEqual([]);
  });

  it("leaves zod's translations out: English is the only locale it carries", () => {
    const meta = JSON.parse(readFileSync(build.metafile, 'utf8')) as {
      outputs: Record<string, { inputs: Record<string, { bytesInOutput: number }> }>;
    };
    const locales = Object.values(meta.outputs)
      .flatMap((output) => Object.entries(output.inputs))
      .filter(([path, { bytesInOutput }]) => path.includes('zod/v4/locales/') && bytesInOutput > 0)
      .map(([path]) => path.replace(/.*locales\//, ''))
      .filter((file) => file !== 'index.js');
    expect(locales).toEqual(['en.js']);
  });
});

describe('the zod the Worker uses', () => {
  const names = (module: object) => Object.keys(module).filter((name) => name !== 'locales');
  const without = (all: string[], left: string[]) => all.filter((name) => !left.includes(name));

  it('has every export of zod but its locales, its compiler and its JSON Schema reader', async () => {
    const zod = await import('zod');
    const slim = await import('../../src/entry/zod-without-locales.js');
    expect(names(slim).sort()).toEqual(without(names(zod), LEFT_OUT.z).sort());
    expect(names(slim.z.core).sort()).toEqual(without(names(zod.z.core), LEFT_OUT.core).sort());
  });
});
