import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  BUNDLE_BUDGET_KIB,
  buildWorker,
  kib,
  type WorkerBuild,
} from '../../scripts/worker/build.js';

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
});
