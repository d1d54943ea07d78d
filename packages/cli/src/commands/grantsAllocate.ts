import { type Money, parseMoney } from '@stadig/core';
import {
  type AllocationPolicy,
  allocateGrants,
  allocationJson,
  capPolicy,
  formatAllocation,
  type GrantApplication,
  getGrantYear,
  parseApplicationRows,
  parseGrantApplications,
  priorityPolicy,
  proRataPolicy,
} from '@stadig/grants';
import type { Command, CommandContext } from '../Command';
import { decodeText } from '../decodeText';
import { type ExitCode, exitCodes } from '../exitCodes';
import { formatProblem } from '../formatProblem';
import { parseCommandArgs, usageError } from '../parseCommandArgs';
import { readInput } from '../readInput';

const text = {
  missingFile: {
    sv: 'Ange en fil med ansökningar (.json eller .csv)',
    en: 'Give a file of applications (.json or .csv)',
  },
  needAmounts: {
    sv: 'Ange --budget och --admin i hela kronor',
    en: 'Give --budget and --admin in whole kronor',
  },
  badAmount: {
    sv: 'måste vara ett belopp i hela kronor, till exempel 30 000 000',
    en: 'must be an amount in whole kronor, such as 30 000 000',
  },
  badPolicy: {
    sv: '--policy måste vara pro-rata, priority eller cap',
    en: '--policy must be pro-rata, priority or cap',
  },
  needCap: {
    sv: '--policy cap behöver --cap <kr>, och --cap gäller bara den',
    en: '--policy cap needs --cap <kr>, and --cap goes only with it',
  },
  notJson: { sv: 'Filen är inte giltig JSON', en: 'The file is not valid JSON' },
  noApplications: { sv: 'Filen innehåller inga ansökningar', en: 'The file holds no applications' },
} as const;

/**
 * Runs `stadig grants allocate`: reads applications (JSON or CSV), decides them with
 * the budget, the administration share and the policy, and prints the decisions.
 *
 * @param file - the path of the file, or `-` for standard input
 * @param options - amounts (öre, whole kronor), the policy, JSON output
 * @param ctx - the command's context
 * @returns 0 done, 1 invalid input (every problem listed by path, or row and column)
 *
 * @example
 * ```ts
 * await runGrantsAllocate('applications.json', { budget: 3000000000 as Money, administration: 250000000 as Money, policy: proRataPolicy, json: true }, ctx);
 * //=> 0
 * ```
 */
export async function runGrantsAllocate(
  file: string,
  options: { budget: Money; administration: Money; policy: AllocationPolicy; json: boolean },
  ctx: CommandContext,
): Promise<ExitCode> {
  const { io, lang } = ctx;
  const bytes = await readInput(file, ctx);
  if (typeof bytes === 'number') return bytes;
  const content = decodeText(bytes).text;
  const isJson = /\.json$/i.test(file) || (!/\.csv$/i.test(file) && /^\s*[[{]/.test(content));
  let input: unknown;
  if (isJson) {
    try {
      input = JSON.parse(content);
    } catch {
      io.stderr(`stadig: ${text.notJson[lang]}: ${file}\n`);
      return exitCodes.invalidInput;
    }
  }
  const parsed = isJson ? parseGrantApplications(input) : parseApplicationRows(content);
  if (parsed.isErr()) return problems(parsed.error, ctx);
  const applications: GrantApplication[] = parsed.value;
  const [first] = applications;
  if (first === undefined) {
    io.stderr(`stadig: ${text.noApplications[lang]}: ${file}\n`);
    return exitCodes.invalidInput;
  }
  const year = getGrantYear(first.year);
  if (year.isErr()) return problems([year.error], ctx);
  const round = {
    year: year.value,
    budget: options.budget,
    administration: options.administration,
  };
  const allocation = allocateGrants(applications, round, options.policy);
  if (allocation.isErr()) return problems(allocation.error, ctx);
  io.stdout(
    options.json
      ? `${JSON.stringify(allocationJson(allocation.value), null, 2)}\n`
      : formatAllocation(allocation.value, lang),
  );
  return exitCodes.ok;
}

function problems(
  errors: readonly Parameters<typeof formatProblem>[0][],
  ctx: CommandContext,
): ExitCode {
  for (const e of errors) ctx.io.stderr(`${formatProblem(e, ctx.lang)}\n`);
  return exitCodes.invalidInput;
}

/** A flag's amount in whole kronor, as öre; `undefined` when it is not one. */
function kronorFlag(value: string): Money | undefined {
  const money = parseMoney(value);
  return money.isOk() && money.value >= 0 && money.value % 100 === 0 ? money.value : undefined;
}

const csvLayout = `ansokan;ar;kommun;begart_belopp_kr;kategori;lonekostnader_kr;ovriga_kostnader_kr;fran;till;ej_forenligt_syfte
FALUN-1;2023;Falu kommun;700 000;cooperation-landlords;500 000;0;2023-01-01;2023-12-31;
FALUN-1;;;;mapping-and-analysis;150 000;50 000;2023-03-01;2023-08-31;
BORAS-1;2023;Borås Stad;300 000;other;300 000;0;2023-01-01;2023-12-31;emergency-apartments`;

/**
 * `stadig grants allocate <applications.json|csv> --budget <kr> --admin <kr>
 * [--policy pro-rata|priority|cap] [--cap <kr>] [--json]`: decides a round of grant
 * applications.
 *
 * @example
 * ```ts
 * await grantsAllocateCommand.run(['applications.csv', '--budget', '30000000', '--admin', '2500000'], { io, lang: 'sv' });
 * //=> 0
 * ```
 */
export const grantsAllocateCommand: Command = {
  words: ['grants', 'allocate'],
  summary: {
    sv: 'Fördela statsbidraget över ansökningar: beslut, skäl och sammanställning.',
    en: 'Allocate the grant over applications: decisions, reasons and a summary.',
  },
  help: {
    en: `stadig grants allocate <applications.json|csv> --budget <kr> --admin <kr>
                       [--policy pro-rata|priority|cap] [--cap <kr>] [--json] [--lang sv|en]

Decides a round of applications for one grant year (2022 or 2023): only eligible costs
are funded (no preventive work, emergency apartments, support to individuals or
statutory duties; costs within the year's window). When the eligible requests fit in
budget − admin, each is granted in full; otherwise the policy shares the money, in whole
kronor, so that the total is exact.

Applications: JSON (an array, or { "applications": [...] }, each { id, year, municipality,
requested, activities: [{ category, salaryCosts, otherCosts, period: { from, to },
ineligiblePurposes }] }) or CSV, semicolon-separated, one row per activity, rows grouped
by ansokan; year, municipality and requested amount on an application's first row:
${csvLayout}

Flags
  --budget <kr>   The year's budget, whole kronor ("30 000 000").
  --admin <kr>    The share kept for administration.
  --policy        pro-rata (default): all reduced in proportion; priority: cooperation
                  costs first; cap: at most --cap per application, then pro rata.
  --json          One object: { summary, decisions } with amounts in kronor.

Exit codes: 0 done; 1 invalid input (every problem listed by path, or by row and column
for CSV); 2 usage error.

Examples
  stadig grants allocate applications.csv --budget 30000000 --admin 2500000
  stadig grants allocate applications.json --budget "3 500 000" --admin 0 --policy cap --cap 250000 --json
`,
    sv: `stadig grants allocate <ansokningar.json|csv> --budget <kr> --admin <kr>
                       [--policy pro-rata|priority|cap] [--cap <kr>] [--json] [--lang sv|en]

Beslutar om ansökningar för ett bidragsår (2022 eller 2023): bara stödberättigande kostnader
finansieras (inte förebyggande arbete, jourlägenheter, insatser till enskilda eller
lagstadgade uppgifter; kostnader inom årets period). Ryms de stödberättigande beloppen i
budget − admin beviljas alla helt; annars fördelar principen pengarna i hela kronor så
att summan stämmer exakt.

Ansökningar: JSON (en lista, eller { "applications": [...] }, var och en { id, year,
municipality, requested, activities: [{ category, salaryCosts, otherCosts, period: { from,
to }, ineligiblePurposes }] }) eller CSV, semikolonseparerad, en rad per aktivitet, raderna
grupperade efter ansokan; år, kommun och begärt belopp på ansökans första rad:
${csvLayout}

Flaggor
  --budget <kr>   Årets budget i hela kronor ("30 000 000").
  --admin <kr>    Andelen för administration.
  --policy        pro-rata (standard): alla minskas i samma proportion; priority:
                  samverkanskostnader först; cap: högst --cap per ansökan, sedan pro rata.
  --json          Ett objekt: { summary, decisions } med belopp i kronor.

Slutkoder: 0 klart; 1 ogiltig indata (varje problem listas med sökväg, eller rad och
kolumn för CSV); 2 fel användning.

Exempel
  stadig grants allocate ansokningar.csv --budget 30000000 --admin 2500000
  stadig grants allocate ansokningar.json --budget "3 500 000" --admin 0 --policy cap --cap 250000 --json
`,
  },
  run: async (args, ctx) => {
    const parsed = parseCommandArgs(
      args,
      {
        budget: { type: 'string' },
        admin: { type: 'string' },
        policy: { type: 'string' },
        cap: { type: 'string' },
        json: { type: 'boolean' },
      },
      ctx,
    );
    if (typeof parsed === 'number') return parsed;
    const { values, positionals } = parsed;
    const [file, ...extra] = positionals;
    if (file === undefined || extra.length > 0) return usageError(ctx, text.missingFile[ctx.lang]);
    if (values.budget === undefined || values.admin === undefined)
      return usageError(ctx, text.needAmounts[ctx.lang]);
    const budget = kronorFlag(values.budget);
    if (budget === undefined) return usageError(ctx, `--budget ${text.badAmount[ctx.lang]}`);
    const administration = kronorFlag(values.admin);
    if (administration === undefined) return usageError(ctx, `--admin ${text.badAmount[ctx.lang]}`);
    const name = values.policy ?? 'pro-rata';
    if ((name === 'cap') !== (values.cap !== undefined))
      return usageError(ctx, text.needCap[ctx.lang]);
    const cap = values.cap === undefined ? undefined : kronorFlag(values.cap);
    if (values.cap !== undefined && cap === undefined)
      return usageError(ctx, `--cap ${text.badAmount[ctx.lang]}`);
    const policy =
      name === 'pro-rata'
        ? proRataPolicy
        : name === 'priority'
          ? priorityPolicy()
          : name === 'cap' && cap !== undefined
            ? capPolicy(cap)
            : undefined;
    if (policy === undefined) return usageError(ctx, text.badPolicy[ctx.lang]);
    return runGrantsAllocate(
      file,
      { budget, administration, policy, json: values.json ?? false },
      ctx,
    );
  },
};
