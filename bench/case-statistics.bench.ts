/**
 * Case statistics throughput: `caseStatistics` by municipality over 1 000 000 records
 * generated with a seeded PRNG (mulberry32), against a naive baseline that, per group
 * copies the group's records and computes the durations with `Date.parse`, then per
 * statistic sorts a fresh copy (no suppression). The check makes sure both agree
 * on every published duration statistic. Prints the memory before and after generating
 * the records and the peak seen after timed calls (heapUsed and rss).
 *
 * Rounds: CASE_STATISTICS_ROUNDS (default 3); each round times at least one call.
 */

import {
  type CaseStatisticsRecord,
  type CloseReason,
  caseStatistics,
  nearestRank,
} from '@stadig/case';
import { type DateOnly, municipalities } from '@stadig/core';
import { defineBench } from './harness';

const N = 1_000_000;
const asOf = '2026-01-01' as DateOnly;
const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MB`;
const memory = (label: string) => {
  const { heapUsed, rss } = process.memoryUsage();
  console.error(`  ${label}: heapUsed ${mb(heapUsed)}, rss ${mb(rss)}`);
  return { heapUsed, rss };
};

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** Every day from 2019-01-01 to asOf as text, so records share their date strings. */
const first = Date.UTC(2019, 0, 1);
const days = Array.from({ length: (Date.parse(asOf) - first) / 86_400_000 + 1 }, (_, i) =>
  new Date(first + i * 86_400_000).toISOString().slice(0, 10),
) as DateOnly[];
const last = days.length - 1;
const others: CloseReason[] = ['moved-on-own', 'returned-to-perpetrator', 'discontinued'];
const tenures = ['first-hand-rental', 'social-contract', 'owned', 'sublet'];

function generate(n: number, seed: number): CaseStatisticsRecord[] {
  const random = mulberry32(seed);
  const int = (max: number) => Math.floor(random() * max);
  const codes = municipalities.map((m) => m.code);
  return Array.from({ length: n }, () => {
    // Squared: a few large municipalities, many small ones.
    const municipality = codes[Math.floor(random() ** 2 * codes.length)] ?? '0180';
    const opened = int(last);
    const r: { -readonly [K in keyof CaseStatisticsRecord]: CaseStatisticsRecord[K] } = {
      municipality: municipality as CaseStatisticsRecord['municipality'],
      openedOn: days[opened] ?? asOf,
    };
    const placed = opened + int(14);
    if (random() < 0.15 || placed > last) return r;
    r.placedOn = days[placed] ?? asOf;
    const left = placed + 1 + int(int(400) + 1);
    if (random() < 0.2 || left > last) return r;
    r.leftShelterOn = days[left] ?? asOf;
    const permanent = left + int(60);
    if (random() < 0.5 && permanent <= last) {
      r.permanentOn = days[permanent] ?? asOf;
      r.outcome = { tenure: tenures[int(tenures.length)] ?? 'owned', permanent: true };
      r.closedReason = 'permanent-housing-arranged';
    } else if (random() < 0.5) {
      r.closedReason = others[int(others.length)] ?? 'discontinued';
    }
    if (random() < 0.6)
      r.movedToMunicipality =
        random() < 0.5 ? r.municipality : (codes[int(codes.length)] ?? r.municipality);
    return r;
  });
}

console.error('case-statistics: generating 1 000 000 records…');
const before = memory('before generating');
const records = generate(N, 20_260_101);
const generated = memory('after generating');
const peaks = new Map<string, { heapUsed: number; rss: number }>();
/** Records the memory in use right after a call of `name` (before its result is dropped). */
const track = <T>(name: string, value: T): T => {
  const { heapUsed, rss } = process.memoryUsage();
  const peak = peaks.get(name) ?? { heapUsed: 0, rss: 0 };
  peaks.set(name, { heapUsed: Math.max(peak.heapUsed, heapUsed), rss: Math.max(peak.rss, rss) });
  return value;
};
process.on('exit', () => {
  console.error(
    `case-statistics memory: the records take ${mb(generated.heapUsed - before.heapUsed)} of heap`,
  );
  for (const [name, peak] of peaks) {
    console.error(
      `  peak after a call of ${name}: heapUsed ${mb(peak.heapUsed)}, rss ${mb(peak.rss)}`,
    );
  }
});

const STATISTICS = { mean: 0, median: 0.5, p25: 0.25, p75: 0.75, p90: 0.9 } as const;
type Naive = Map<string, Record<string, number>>;

/** Per group: the durations of a full copy of its records; per statistic, a fresh sorted copy. */
function naive(all: readonly CaseStatisticsRecord[]): Naive {
  const groups = new Map<string, CaseStatisticsRecord[]>([['national', [...all]]]);
  for (const r of all) {
    const group = groups.get(r.municipality);
    if (group === undefined) groups.set(r.municipality, [r]);
    else group.push(r);
  }
  const out: Naive = new Map();
  const dayOf = (d: string) => Date.parse(d) / 86_400_000;
  const measures = {
    shelter: (r: CaseStatisticsRecord) =>
      r.placedOn === undefined
        ? undefined
        : dayOf(r.leftShelterOn ?? r.permanentOn ?? asOf) - dayOf(r.placedOn),
    permanent: (r: CaseStatisticsRecord) =>
      r.placedOn === undefined || r.permanentOn === undefined
        ? undefined
        : dayOf(r.permanentOn) - dayOf(r.placedOn),
  };
  for (const [group, rs] of groups) {
    const row: Record<string, number> = {};
    for (const [measure, of] of Object.entries(measures)) {
      const durations = rs.flatMap((r) => of(r) ?? []);
      for (const [statistic, p] of Object.entries(STATISTICS)) {
        const values = [...durations].sort((a, b) => a - b);
        row[`${measure}.days.${statistic}`] =
          p === 0
            ? Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 10) / 10
            : nearestRank(values, p);
      }
    }
    out.set(group, row);
  }
  return out;
}

const ours = () => caseStatistics(records, { asOf, by: 'municipality' })._unsafeUnwrap();

export default defineBench({
  name: 'case-statistics',
  description: 'caseStatistics by municipality vs per-statistic copy-and-sort, 1 000 000 records',
  baseline: { name: 'naive copy-and-sort', fn: () => track('naive copy-and-sort', naive(records)) },
  candidates: [{ name: 'caseStatistics', fn: () => track('caseStatistics', ours()) }],
  opsPerCall: N,
  unit: 'records',
  rounds: Number(process.env.CASE_STATISTICS_ROUNDS ?? 3),
  roundMs: 1,
  warmupMs: 1,
  targetRatio: 5,
  targetOpsPerSecond: 1_000_000,
  check: () => {
    const table = ours();
    const theirs = naive(records);
    const problems: string[] = table.excluded.map((e) => `excluded ${e.count}: ${e.reason}`);
    for (const { group, cells } of [
      ...table.groups,
      { group: 'national', cells: table.national },
    ]) {
      for (const cell of cells.filter((c) => c.unit === 'days' && c.value !== null)) {
        const expected = theirs.get(group)?.[cell.id];
        if (expected !== cell.value)
          problems.push(`${group} ${cell.id}: ${cell.value} vs ${expected}`);
      }
    }
    return problems.slice(0, 10);
  },
});
