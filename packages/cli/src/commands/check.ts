import { isAbsolute, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  createErrorFactory,
  formatError,
  type Lang,
  languages,
  type StadigError,
  validationMessages,
} from '@stadig/core';
import {
  builtInRuleSets,
  evaluatePermanence,
  type HouseholdContext,
  type HousingSolution,
  type PermanenceVerdict,
  parseHouseholdContext,
  parseHousingSolution,
  parseRuleSet,
  type Reason,
  type RuleSet,
  type Verdict,
  verdicts,
} from '@stadig/housing';
import { asOfFlag } from '../asOfFlag';
import type { Command, CommandContext } from '../Command';
import { type ExitCode, exitCodes } from '../exitCodes';
import { cliText } from '../messages';
import { paint } from '../paint';
import { parseCommandArgs, usageError } from '../parseCommandArgs';
import { readJsonInput } from '../readJsonInput';

const t = {
  badModule: { sv: 'Kunde inte läsa in regelmodulen', en: 'Could not load the rule module' },
  badRuleSet: {
    sv: 'Modulen exporterar ingen giltig regeluppsättning',
    en: 'The module exports no valid rule set',
  },
  problems: { sv: 'problem i indata', en: 'problems in the input' },
  ruleFailed: {
    sv: 'En regel i regeluppsättningen kastade ett fel',
    en: 'A rule of the rule set threw an error',
  },
  asOf: { sv: 'per', en: 'as of' },
  question: { sv: 'Fråga', en: 'Question' },
} as const;
const colours = {
  permanent: 'green',
  'not-permanent': 'red',
  'needs-assessment': 'yellow',
} as const satisfies Record<Verdict, 'green' | 'red' | 'yellow'>;
const marks = { pass: '✓', fail: '✗', unsettled: '?' } as const satisfies Record<
  Reason['outcome'],
  string
>;
const validationError = createErrorFactory(validationMessages);

/**
 * One line of `stadig check --json`: the input's index and its verdict (`verdict`,
 * `reasons` with `rule`, `outcome`, `text` and `facts`, `missing` for
 * `needs-assessment`, `ruleSet` with `id` and `version`, `asOf`). Never an address.
 *
 * @example
 * ```ts
 * const row: CheckJsonRow = { index: 0, ...evaluatePermanence(solution, { asOf, ruleSet: nationalRuleSet }) };
 * ```
 */
export type CheckJsonRow = { readonly index: number } & PermanenceVerdict;

interface Item {
  readonly solution: HousingSolution;
  readonly household: HouseholdContext | undefined;
}

async function loadRuleSet(name: string, ctx: CommandContext): Promise<RuleSet | ExitCode> {
  if (Object.hasOwn(builtInRuleSets, name))
    return builtInRuleSets[name as keyof typeof builtInRuleSets];
  let module: { default?: unknown; ruleSet?: unknown };
  try {
    module = await import(
      pathToFileURL(isAbsolute(name) ? name : resolve(process.cwd(), name)).href
    );
  } catch (error) {
    return usageError(ctx, `${t.badModule[ctx.lang]}: ${name}`, (error as Error).message);
  }
  const parsed = parseRuleSet(module.default ?? module.ruleSet);
  if (parsed.isOk()) return parsed.value;
  for (const e of parsed.error) ctx.io.stderr(`--rules ${name}: ${formatError(e, ctx.lang)}\n`);
  return usageError(ctx, `${t.badRuleSet[ctx.lang]}: ${name}`);
}

function parseItems(data: unknown): { items: Item[]; problems: StadigError[] } {
  const list = Array.isArray(data) ? data : [data];
  const items: Item[] = [];
  const problems: StadigError[] = [];
  list.forEach((entry: unknown, i) => {
    const at = Array.isArray(data) ? [i] : [];
    const wrapped = typeof entry === 'object' && entry !== null && Object.hasOwn(entry, 'solution');
    const { solution, household, ...rest } = (wrapped ? entry : { solution: entry }) as Record<
      string,
      unknown
    >;
    const extra = Object.keys(rest).filter((key) => /^[A-Za-z_]\w{0,63}$/.test(key));
    if (Object.keys(rest).length > 0)
      problems.push(
        validationError('validation.unknown-field', { field: extra.join(', ') || '…' }, at),
      );
    const s = parseHousingSolution(solution, wrapped ? [...at, 'solution'] : at);
    const h =
      household === undefined ? undefined : parseHouseholdContext(household, [...at, 'household']);
    if (s.isErr()) problems.push(...s.error);
    if (h?.isErr()) problems.push(...h.error);
    if (s.isOk() && (h === undefined || h.isOk()))
      items.push({ solution: s.value, household: h?.value });
  });
  return { items, problems };
}

function formatVerdict(
  v: PermanenceVerdict,
  index: number,
  lang: Lang,
  ctx: CommandContext,
): string {
  const head = `[${index}] ${paint(ctx.io, colours[v.verdict], verdicts[v.verdict][lang])} — ${v.ruleSet.id} ${v.ruleSet.version}, ${t.asOf[lang]} ${v.asOf}`;
  const reasons = v.reasons.map((r) => {
    const facts = Object.entries(r.facts).map(([k, value]) => `${k}=${value}`);
    return `  ${marks[r.outcome]} ${r.rule}: ${r.text[lang]}${facts.length > 0 ? ` (${facts.join(', ')})` : ''}`;
  });
  const questions =
    v.verdict === 'needs-assessment'
      ? v.missing.map((m) => `    ${t.question[lang]}: ${m.question[lang]}`)
      : [];
  return [head, ...reasons, ...questions].join('\n');
}

async function run(args: readonly string[], ctx0: CommandContext): Promise<ExitCode> {
  const options = {
    rules: { type: 'string' },
    'as-of': { type: 'string' },
    json: { type: 'boolean' },
    lang: { type: 'string' },
  } as const;
  const parsed = parseCommandArgs(args, options, ctx0);
  if (typeof parsed === 'number') return parsed;
  const { values, positionals } = parsed;
  const lang = values.lang;
  if (lang !== undefined && !(languages as readonly string[]).includes(lang))
    return usageError(ctx0, cliText.badLang[ctx0.lang]);
  const ctx: CommandContext = { io: ctx0.io, lang: (lang as Lang | undefined) ?? ctx0.lang };
  const [file, ...more] = positionals;
  if (file === undefined || more.length > 0) return usageError(ctx, cliText.missingFile[ctx.lang]);
  const asOf = asOfFlag(values['as-of'], ctx);
  if (typeof asOf === 'number') return asOf;
  const ruleSet = await loadRuleSet(values.rules ?? 'national', ctx);
  if (typeof ruleSet === 'number') return ruleSet;
  const input = await readJsonInput(file, 'check', ctx);
  if (typeof input === 'number') return input;
  const { items, problems } = parseItems(input.data);
  if (problems.length > 0) {
    ctx.io.stderr(`stadig check: ${problems.length} ${t.problems[ctx.lang]}\n`);
    for (const problem of problems) ctx.io.stderr(`  ${formatError(problem, ctx.lang)}\n`);
    return exitCodes.invalidInput;
  }
  let results: PermanenceVerdict[];
  try {
    results = items.map(({ solution, household }) =>
      evaluatePermanence(
        solution,
        household === undefined ? { asOf: asOf, ruleSet } : { asOf: asOf, ruleSet, household },
      ),
    );
  } catch {
    return usageError(ctx, `${t.ruleFailed[ctx.lang]} (${ruleSet.id})`);
  }
  if (values.json) {
    const rows: CheckJsonRow[] = results.map((v, index) => ({ index, ...v }));
    ctx.io.stdout(`${JSON.stringify(rows, null, 2)}\n`);
  } else {
    ctx.io.stdout(`${results.map((v, i) => formatVerdict(v, i, ctx.lang, ctx)).join('\n\n')}\n`);
  }
  return exitCodes.ok;
}

/**
 * `stadig check <file.json | -> [--rules national|strict|extended|<module>] [--as-of
 * YYYY-MM-DD] [--lang sv|en] [--json]`: decides whether housing solutions are permanent
 * housing, with every reason. Exit codes: 0 done, 1 invalid input (every problem by
 * path on standard error, no personal values), 2 usage error.
 *
 * @example
 * ```ts
 * const { io, out } = memoryIo({ files: { 'a.json': '{"tenure":"owned","municipality":"2062"}' } });
 * await checkCommand.run(['a.json', '--json'], { io, lang: 'en' });
 * //=> 0
 * JSON.parse(out.stdout)[0].verdict;
 * //=> 'permanent'
 * ```
 */
export const checkCommand: Command = {
  words: ['check'],
  summary: {
    sv: 'Avgör om bostadslösningar är stadigvarande boende, med skäl.',
    en: 'Decide whether housing solutions are permanent housing, with reasons.',
  },
  help: {
    en: `stadig check <file.json | -> [--rules national|strict|extended|<module>] [--as-of YYYY-MM-DD]
             [--lang sv|en] [--json]

Reads one housing solution, or an array of them, as JSON (a file, or - for standard
input) and prints each verdict: permanent, not permanent or needs assessment, with
every rule that spoke and, for needs assessment, the questions that would settle it.
An item may also be { "solution": {…}, "household": {…} } for the extended rules
(household: composition, monthlyIncome in öre, avoidMunicipalities, avoidCounties).
The schema of a solution: stadig schema housing-solution.

Flags
  --rules R    national (default), strict, extended, or the path of a JS/TS module
               whose default export (or export ruleSet) is a rule set.
  --as-of D    The assessment date (default: today).
  --json       Print an array with one object per input: { index, verdict, reasons:
               [{ rule, outcome, text: { sv, en }, facts }], missing (for needs
               assessment: [{ fact, question }]), ruleSet: { id, version }, asOf }.

Exit codes: 0 done; 1 invalid input (every problem listed by path on standard error,
without the values); 2 usage error (also a rule module that cannot be loaded).

Examples
  stadig check solutions.json
  stadig check --rules strict --as-of 2026-01-01 --json solutions.json
  cat solution.json | stadig check - --rules ./mora-rules.mjs --lang sv
`,
    sv: `stadig check <fil.json | -> [--rules national|strict|extended|<modul>] [--as-of ÅÅÅÅ-MM-DD]
             [--lang sv|en] [--json]

Läser en bostadslösning, eller en lista med sådana, som JSON (en fil, eller - för
standard in) och skriver varje bedömning: stadigvarande, inte stadigvarande eller
kräver bedömning, med varje regel som sa något och, när bedömning krävs, frågorna som
skulle avgöra saken. En post kan också vara { "solution": {…}, "household": {…} } för
de utökade reglerna (household: composition, monthlyIncome i öre, avoidMunicipalities,
avoidCounties). En lösnings schema: stadig schema housing-solution.

Flaggor
  --rules R    national (standard), strict, extended, eller sökvägen till en JS/TS-modul
               vars standardexport (eller export ruleSet) är en regeluppsättning.
  --as-of D    Bedömningsdagen (standard: i dag).
  --json       Skriv en lista med ett objekt per post: { index, verdict, reasons:
               [{ rule, outcome, text: { sv, en }, facts }], missing (när bedömning
               krävs: [{ fact, question }]), ruleSet: { id, version }, asOf }.

Slutkoder: 0 klart; 1 ogiltig indata (varje problem listas med sökväg på standard error,
utan värdena); 2 fel användning (även en regelmodul som inte kan läsas in).

Exempel
  stadig check losningar.json
  stadig check --rules strict --as-of 2026-01-01 --json losningar.json
  cat losning.json | stadig check - --rules ./mora-regler.mjs --lang sv
`,
  },
  run,
};
