/**
 * The file the CSV import benchmark reads: `count` synthetic case rows (clearly fake
 * names, no identity numbers) in the Swedish Excel dialect, written to the system's
 * temporary directory in chunks, so that writing it never holds the file in memory.
 */
import { createWriteStream, existsSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const header = [
  'id',
  'municipality',
  'household.survivor.name',
  'household.survivor.birthDate',
  'household.survivor.protectedIdentity',
  'household.children.1.name',
  'household.children.1.birthDate',
  'violence.kinds',
  'violence.perpetrators',
  'protection.avoidMunicipalities',
  'protection.canStayInHomeMunicipality',
  'economy.monthlyIncome',
  'stays.1.kind',
  'stays.1.provider',
  'stays.1.municipality',
  'stays.1.from',
  'events.1.type',
  'events.1.date',
  'events.2.type',
  'events.2.date',
];
const municipalities = ['0180', '1480', '1280', '2080', '2062', '0380', '1490', '0580'];
const kinds = ['partner', 'honour-related', 'other-close', 'partner|other-close'];
const two = (n: number) => String(n).padStart(2, '0');

/** One row, deterministic in `i`; every row is valid. */
function row(i: number): string {
  const m = municipalities[i % municipalities.length] ?? '0180';
  const day = `2025-${two((i % 12) + 1)}-${two((i % 27) + 1)}`;
  const born = `${1960 + (i % 40)}-${two((i % 12) + 1)}-${two((i % 28) + 1)}`;
  const child = `${2010 + (i % 14)}-${two(((i + 5) % 12) + 1)}-${two(((i + 3) % 28) + 1)}`;
  return [
    `case-${i}`,
    m,
    `"Testperson ${i % 997}, Exempel"`,
    born,
    i % 17 === 0 ? 'skyddad-folkbokforing' : 'none',
    `Barn ${i % 89}`,
    child,
    kinds[i % kinds.length],
    String((i % 3) + 1),
    m,
    i % 2 === 0 ? 'ja' : 'nej',
    `"${(i % 40) + 8} ${String(i % 1000).padStart(3, '0')},${two(i % 100)}"`,
    'sheltered-housing',
    'womens-shelter',
    municipalities[(i + 3) % municipalities.length],
    day,
    'opened',
    day,
    'placed',
    day,
  ].join(';');
}

/**
 * Writes the file if it is not there yet (or has another size of row count) and
 * returns its path and size in bytes.
 */
export async function csvBenchFile(count: number): Promise<{ path: string; bytes: number }> {
  const path = join(tmpdir(), `stadig-csv-bench-v2-${count}.csv`);
  if (!existsSync(path)) {
    const out = createWriteStream(`${path}.part`);
    const write = (text: string) =>
      new Promise<void>((resolve) => (out.write(text) ? resolve() : out.once('drain', resolve)));
    await write(`\uFEFF${header.join(';')}\r\n`);
    for (let i = 0; i < count; i += 10_000) {
      const lines: string[] = [];
      for (let k = i; k < Math.min(count, i + 10_000); k++) lines.push(row(k));
      await write(`${lines.join('\r\n')}\r\n`);
    }
    await new Promise<void>((resolve) => out.end(resolve));
    const { renameSync } = await import('node:fs');
    renameSync(`${path}.part`, path);
  }
  return { path, bytes: statSync(path).size };
}
