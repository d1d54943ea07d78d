/**
 * Runs the benchmarks: every `bench/*.bench.ts`, or those named on the command line
 * (`resolve-municipality` or `resolve-municipality.bench.ts`).
 *
 *   pnpm bench                                  every benchmark, as tables
 *   pnpm bench resolve-municipality --json      one benchmark, as JSON
 *   pnpm bench --quick                          3 short rounds: a smoke test, not a measurement
 */
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  BenchCheckError,
  type BenchReport,
  formatBenchTable,
  isBenchDefinition,
  processEnvironment,
  runBench,
} from './harness';

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const json = args.includes('--json');
const quick = args.includes('--quick');
const wanted = args
  .filter((arg) => !arg.startsWith('--'))
  .map((arg) => arg.replace(/\.bench\.ts$/, ''));

const available = readdirSync(here)
  .filter((file) => file.endsWith('.bench.ts'))
  .map((file) => file.replace(/\.bench\.ts$/, ''))
  .sort();
const unknown = wanted.filter((name) => !available.includes(name));
if (unknown.length > 0) {
  console.error(`unknown benchmark(s): ${unknown.join(', ')}; available: ${available.join(', ')}`);
  process.exit(2);
}

const reports: BenchReport[] = [];
for (const name of wanted.length > 0 ? wanted : available) {
  const module: { default?: unknown } = await import(
    pathToFileURL(join(here, `${name}.bench.ts`)).href
  );
  const bench = module.default;
  if (!isBenchDefinition(bench)) {
    console.error(`${name}.bench.ts must export default defineBench({ … })`);
    process.exit(2);
  }
  if (!json) console.error(`running ${bench.name}…`);
  try {
    const overrides = quick ? { rounds: 3, roundMs: 50, warmupMs: 50 } : {};
    const report = await runBench(bench, processEnvironment, overrides);
    reports.push(report);
    if (!json) console.log(`${formatBenchTable(report)}\n`);
  } catch (error) {
    if (!(error instanceof BenchCheckError)) throw error;
    console.error(error.message);
    process.exitCode = 1;
  }
}
if (json) console.log(JSON.stringify(reports, null, 2));
