// Generates the municipality and county tables of @stadig/core from ../shared/data (or
// $STADIG_SHARED_DATA) and copies the 2023 grant table to data/. Run with `pnpm generate`.
// Deterministic; packages/core/src/municipalities/generated.test.ts checks the committed output.
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { municipalityForms } from '../packages/core/src/municipalities/municipalityForms';

/** The validated reference data, each list sorted by code. */
export interface SharedData {
  readonly counties: readonly { readonly code: string; readonly name: string }[];
  readonly municipalities: readonly {
    readonly code: string;
    readonly name: string;
    readonly countyCode: string;
  }[];
}

/** The repository root. */
export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** Where the generated tables go, and where the grant table is copied. */
export const outputs = {
  tables: join(repoRoot, 'packages/core/src/municipalities/data.generated.ts'),
  grants: join(repoRoot, 'data/statsbidrag-2023-bilaga1.csv'),
} as const;
export const GRANTS_CSV = 'statsbidrag-2023-bilaga1.csv';

/** The shared data folder: `$STADIG_SHARED_DATA`, or `../shared/data` beside the repository. */
export function sharedDataDir(env: NodeJS.ProcessEnv = process.env): string {
  const override = env.STADIG_SHARED_DATA;
  return override !== undefined && override !== ''
    ? resolve(override)
    : join(repoRoot, '../shared/data');
}

const duplicates = (values: readonly string[]) =>
  new Set(values.filter((value, i) => values.indexOf(value) !== i));

/**
 * Parses and validates `kommuner.csv` and `lan.csv`: 290 municipalities and 21 counties,
 * 4- resp. 2-digit codes, every municipality code starting with its county's code,
 * no duplicate code or name, every county referenced existing and used, and no two
 * municipalities sharing an accepted form of their name. Throws listing every problem.
 */
export function parseSharedData(kommunerCsv: string, lanCsv: string): SharedData {
  const problems: string[] = [];
  const rows = (text: string, header: string) => {
    const [first, ...lines] = text
      .replace(/^\uFEFF/, '')
      .trim()
      .split(/\r?\n/);
    if (first?.trim() !== header) problems.push(`expected the header "${header}"`);
    const parsed = lines.map((line) => line.split(',').map((cell) => cell.trim()));
    parsed.forEach((row, i) => {
      if (row.length !== header.split(',').length) problems.push(`${header}: row ${i + 2}`);
    });
    return parsed;
  };
  const counties = rows(lanCsv, 'lanskod,lan')
    .map(([code = '', name = '']) => ({ code, name }))
    .sort((a, b) => (a.code < b.code ? -1 : 1));
  const municipalities = rows(kommunerCsv, 'kommunkod,kommun,lanskod')
    .map(([code = '', name = '', countyCode = '']) => ({ code, name, countyCode }))
    .sort((a, b) => (a.code < b.code ? -1 : 1));
  const countyCodes = new Set(counties.map((c) => c.code));
  if (counties.length !== 21) problems.push(`expected 21 counties, found ${counties.length}`);
  if (municipalities.length !== 290) {
    problems.push(`expected 290 municipalities, found ${municipalities.length}`);
  }
  for (const c of counties) if (!/^\d{2}$/.test(c.code)) problems.push(`county code "${c.code}"`);
  for (const m of municipalities) {
    if (!/^\d{4}$/.test(m.code)) problems.push(`municipality code "${m.code}"`);
    if (!m.code.startsWith(m.countyCode))
      problems.push(`${m.code} is not in county ${m.countyCode}`);
    if (!countyCodes.has(m.countyCode)) problems.push(`${m.code}: unknown county ${m.countyCode}`);
    if (m.name === '') problems.push(`${m.code} has no name`);
  }
  const used = new Set(municipalities.map((m) => m.countyCode));
  for (const c of counties) if (!used.has(c.code)) problems.push(`county ${c.code} is empty`);
  for (const [what, values] of [
    ['county code', counties.map((c) => c.code)],
    ['county name', counties.map((c) => c.name)],
    ['municipality code', municipalities.map((m) => m.code)],
    ['municipality name', municipalities.map((m) => m.name)],
  ] as const) {
    for (const value of duplicates(values)) problems.push(`duplicate ${what} "${value}"`);
  }
  const owners = new Map<string, string>();
  for (const m of municipalities) {
    for (const form of municipalityForms(m)) {
      const owner = owners.get(form);
      if (owner !== undefined) problems.push(`"${form}" is a form of both ${owner} and ${m.code}`);
      owners.set(form, m.code);
    }
  }
  if (problems.length > 0) throw new Error(`invalid shared data:\n  ${problems.join('\n  ')}`);
  return { counties, municipalities };
}

/** Renders `data.generated.ts`: one line per county and per municipality, sorted by code. */
export function renderDataModule(data: SharedData): string {
  const q = (text: string) => JSON.stringify(text);
  const lines = (rows: readonly string[]) => rows.map((row) => `  ${row},`).join('\n');
  const counties = lines(data.counties.map((c) => `${q(c.code)}: { name: ${q(c.name)} }`));
  const municipalities = lines(
    data.municipalities.map(
      (m) => `${q(m.code)}: { name: ${q(m.name)}, countyCode: ${q(m.countyCode)} }`,
    ),
  );
  return `// generated by scripts/generate-data.ts from shared/data — do not edit
// Sources: kommuner.csv and lan.csv (SCB codes via sjbrg/swedish-geodata, CC0).

/**
 * The ${data.counties.length} counties (län), keyed by two-digit SCB code.
 *
 * @example
 * \`\`\`ts
 * countyTable['01'].name;
 * //=> 'Stockholms län'
 * \`\`\`
 */
export const countyTable = {
${counties}
} as const satisfies Readonly<Record<string, { readonly name: string }>>;

/**
 * The ${data.municipalities.length} municipalities (kommuner), keyed by four-digit SCB code.
 *
 * @example
 * \`\`\`ts
 * municipalityTable['2080'];
 * //=> { name: 'Falun', countyCode: '20' }
 * \`\`\`
 */
export const municipalityTable = {
${municipalities}
} as const satisfies Readonly<
  Record<string, { readonly name: string; readonly countyCode: keyof typeof countyTable }>
>;

/**
 * The four-digit SCB codes of all ${data.municipalities.length} municipalities, sorted and
 * separated by spaces: what validating a code needs, without the names (a few hundred
 * bytes instead of the whole table in a browser bundle).
 *
 * @example
 * \`\`\`ts
 * municipalityCodeList.split(' ').length;
 * //=> ${data.municipalities.length}
 * \`\`\`
 */
export const municipalityCodeList = ${q(data.municipalities.map((m) => m.code).join(' '))};
`;
}

/** Reads the shared data from `dir` and renders the generated module. */
export function renderFromDir(dir: string): string {
  const read = (file: string) => readFileSync(join(dir, file), 'utf8');
  return renderDataModule(parseSharedData(read('kommuner.csv'), read('lan.csv')));
}

/** Writes the generated module and copies the grant table; returns the files written. */
export function generateData(dir: string = sharedDataDir()): readonly string[] {
  const source = renderFromDir(dir);
  writeFileSync(outputs.tables, source);
  mkdirSync(dirname(outputs.grants), { recursive: true });
  copyFileSync(join(dir, GRANTS_CSV), outputs.grants);
  return [outputs.tables, outputs.grants];
}

if (
  process.argv[1] !== undefined &&
  import.meta.url === pathToFileURL(resolve(process.argv[1])).href
) {
  try {
    for (const file of generateData()) console.log(`wrote ${file.slice(repoRoot.length + 1)}`);
  } catch (error) {
    console.error(`generate-data: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  }
}
