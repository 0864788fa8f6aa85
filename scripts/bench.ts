/**
 * `npm run bench`: prints performance figures. It never fails on a time; budgets that CI
 * enforces are sizes, checked by tests. Each module in scripts/bench/ measures one thing.
 */
import { readdirSync } from 'node:fs';

interface BenchModule {
  title: string;
  run(): Promise<void>;
}

const folder = new URL('./bench/', import.meta.url);
const only = process.argv.slice(2);
const files = readdirSync(folder)
  .filter((file) => file.endsWith('.ts'))
  .filter((file) => only.length === 0 || only.some((name) => file.includes(name)))
  .sort();

for (const file of files) {
  const bench = (await import(new URL(file, folder).href)) as BenchModule;
  console.log(`\n== ${bench.title} (${file})`);
  await bench.run();
}
