import type { Case } from '@stadig/case';
import { type DateOnly, formatError, type LocalizedText } from '@stadig/core';
import { type TenureKind, tenureKinds } from '@stadig/housing';
import {
  assignMatches,
  explainPrepared,
  type Offer,
  type PreparedCase,
  type PreparedOffer,
  parseOffers,
  prepareCase,
  prepareOffer,
  rankOffers,
} from '@stadig/matching';
import { asOfFlag } from '../asOfFlag';
import type { Command, CommandContext } from '../Command';
import { type ExitCode, exitCodes } from '../exitCodes';
import { parseCommandArgs, usageError } from '../parseCommandArgs';
import { readJsonInput } from '../readJsonInput';
import { validateCaseFile } from './caseValidate';

const t = {
  files: {
    sv: 'Ange två filer: ärenden och erbjudanden (- för standard in, en gång)',
    en: 'Give two files: cases and offers (- for standard input, once)',
  },
  badTop: { sv: '--top måste vara ett heltal 1–1000', en: '--top must be a whole number 1–1000' },
  badStep: {
    sv: '--allow-step måste vara en upplåtelseform, till exempel social-contract',
    en: '--allow-step must be a tenure, for example social-contract',
  },
  caseProblems: {
    sv: 'problem i ärendena; ingenting matchat',
    en: 'problems in the cases; nothing matched',
  },
  offerProblems: {
    sv: 'problem i erbjudandena; ingenting matchat',
    en: 'problems in the offers; nothing matched',
  },
  ranking: { sv: 'Bästa erbjudanden per ärende', en: 'Best offers per case' },
  asOf: { sv: 'per', en: 'as of' },
  none: { sv: 'inget erbjudande passar', en: 'no offer fits' },
  assignment: { sv: 'Tilldelning', en: 'Assignment' },
  of: { sv: 'av', en: 'of' },
  assigned: { sv: 'ärenden tilldelade, total poäng', en: 'cases assigned, total score' },
  unassigned: { sv: 'Inte tilldelade', en: 'Not assigned' },
  scoring: { sv: 'poängsätter', en: 'scoring' },
} as const satisfies Record<string, LocalizedText>;

/**
 * A progress bar on standard error, drawn only when standard error is a terminal (the
 * `CliIo` says so through an optional `stderrIsTerminal`; without it nothing is drawn)
 * and only for runs of 200 steps or more. Redraws at most 100 times.
 *
 * @param ctx - the command's context
 * @param label - what is counted
 * @param total - how many steps
 * @returns `tick(done)` and `end()`, which clears the line
 *
 * @example
 * ```ts
 * const bar = progressBar(ctx, 'scoring', 2000);
 * bar.tick(1000);
 * bar.end();
 * ```
 */
export function progressBar(
  ctx: CommandContext,
  label: string,
  total: number,
): { readonly tick: (done: number) => void; readonly end: () => void } {
  const io = ctx.io as CommandContext['io'] & { readonly stderrIsTerminal?: boolean };
  if (io.stderrIsTerminal !== true || total < 200) return { tick: () => {}, end: () => {} };
  let shown = -1;
  return {
    tick: (done) => {
      const pct = Math.floor((100 * Math.min(done, total)) / total);
      if (pct === shown) return;
      shown = pct;
      const filled = Math.round(pct / 4);
      io.stderr(`\r${label} [${'#'.repeat(filled)}${'.'.repeat(25 - filled)}] ${pct} %`);
    },
    end: () => io.stderr('\r\u001b[2K'),
  };
}

/**
 * Reads and validates the cases and offers of `stadig match` and `stadig exchange
 * plan`, and prepares them for scoring on `asOf` with the tenures allowed as a step.
 * Every problem is listed on standard error by index and path, never with a value.
 *
 * @param files - the cases file and the offers file (`-` for standard input, once)
 * @param verb - the verb's name, for messages
 * @param options - `asOf` and the tenures allowed as a step
 * @param ctx - the command's context
 * @returns the parsed and prepared cases and offers, or exit code 1
 *
 * @example
 * ```ts
 * const inputs = await readMatchInputs(['cases.json', 'offers.json'], 'match', { asOf, allowSteps: [] }, ctx);
 * typeof inputs === 'number' ? inputs : inputs.offers.length;
 * //=> 500
 * ```
 */
export async function readMatchInputs(
  files: readonly [string, string],
  verb: string,
  options: { readonly asOf: DateOnly; readonly allowSteps: readonly TenureKind[] },
  ctx: CommandContext,
): Promise<
  | {
      readonly cases: readonly Case[];
      readonly offers: readonly Offer[];
      readonly preparedCases: readonly PreparedCase[];
      readonly preparedOffers: readonly PreparedOffer[];
    }
  | ExitCode
> {
  const outcomes = await validateCaseFile(files[0], verb, options.asOf, ctx);
  if (typeof outcomes === 'number') return outcomes;
  const problems = outcomes.flatMap((o) => o.problems.map((p) => ({ index: o.index, p })));
  if (problems.length > 0) {
    ctx.io.stderr(`stadig ${verb}: ${problems.length} ${t.caseProblems[ctx.lang]}\n`);
    for (const { index, p } of problems)
      ctx.io.stderr(`  [${index}] ${formatError(p, ctx.lang)}\n`);
    return exitCodes.invalidInput;
  }
  const input = await readJsonInput(files[1], verb, ctx);
  if (typeof input === 'number') return input;
  const offers = parseOffers(input.data);
  if (offers.isErr()) {
    ctx.io.stderr(`stadig ${verb}: ${offers.error.length} ${t.offerProblems[ctx.lang]}\n`);
    for (const p of offers.error) ctx.io.stderr(`  ${formatError(p, ctx.lang)}\n`);
    return exitCodes.invalidInput;
  }
  const cases = outcomes.flatMap((o) => (o.case === undefined ? [] : [o.case]));
  return {
    cases,
    offers: offers.value,
    preparedCases: cases.map((c) => prepareCase(c, options)),
    preparedOffers: offers.value.map((o) => prepareOffer(o, options)),
  };
}

/**
 * The flags `stadig match` and `stadig exchange plan` share, for `parseCommandArgs`.
 *
 * @example
 * ```ts
 * Object.keys(matchingOptions);
 * //=> ['json', 'as-of', 'allow-step']
 * ```
 */
export const matchingOptions = {
  json: { type: 'boolean' },
  'as-of': { type: 'string' },
  'allow-step': { type: 'string', multiple: true },
} as const;

/**
 * Reads what `stadig match` and `stadig exchange plan` share: the two files (cases,
 * then offers), `--as-of` and `--allow-step` (tenures accepted even when not permanent).
 *
 * @param values - the parsed flags
 * @param positionals - the words that are not flags
 * @param ctx - the command's context
 * @returns the files, the day and the tenures, or exit code 2 (already reported)
 *
 * @example
 * ```ts
 * matchingArgs({ 'allow-step': ['social-contract'] }, ['cases.json', 'offers.json'], ctx);
 * //=> { files: ['cases.json', 'offers.json'], asOf: '2026-11-22', allowSteps: ['social-contract'] }
 * ```
 */
export function matchingArgs(
  values: { readonly 'as-of'?: string | undefined; readonly 'allow-step'?: string[] | undefined },
  positionals: readonly string[],
  ctx: CommandContext,
):
  | {
      readonly files: readonly [string, string];
      readonly asOf: DateOnly;
      readonly allowSteps: readonly TenureKind[];
    }
  | ExitCode {
  const [casesFile, offersFile, ...more] = positionals;
  if (casesFile === undefined || offersFile === undefined || more.length > 0)
    return usageError(ctx, t.files[ctx.lang]);
  const asOf = asOfFlag(values['as-of'], ctx);
  if (typeof asOf === 'number') return asOf;
  const allowSteps: TenureKind[] = [];
  for (const v of values['allow-step'] ?? []) {
    if (!Object.hasOwn(tenureKinds, v)) return usageError(ctx, t.badStep[ctx.lang]);
    allowSteps.push(v as TenureKind);
  }
  return { files: [casesFile, offersFile], asOf, allowSteps };
}

async function run(args: readonly string[], ctx: CommandContext): Promise<ExitCode> {
  const parsed = parseCommandArgs(
    args,
    {
      top: { type: 'string' },
      assign: { type: 'boolean' },
      ...matchingOptions,
    },
    ctx,
  );
  if (typeof parsed === 'number') return parsed;
  const { values, positionals } = parsed;
  const shared = matchingArgs(values, positionals, ctx);
  if (typeof shared === 'number') return shared;
  const top = values.top === undefined ? 5 : Number(values.top);
  if (!/^\d{1,4}$/.test(values.top ?? '5') || top < 1 || top > 1000)
    return usageError(ctx, t.badTop[ctx.lang]);
  const { files, asOf, allowSteps } = shared;
  const inputs = await readMatchInputs(files, 'match', { asOf, allowSteps }, ctx);
  if (typeof inputs === 'number') return inputs;
  const { preparedCases: cases, preparedOffers: offers } = inputs;
  if (values.assign) {
    const a = assignMatches(cases, offers);
    if (values.json) {
      ctx.io.stdout(`${JSON.stringify({ asOf, assignment: a }, null, 2)}\n`);
      return exitCodes.ok;
    }
    const { lang } = ctx;
    const lines = [
      `${t.assignment[lang]} ${t.asOf[lang]} ${asOf}: ${a.pairs.length} ${t.of[lang]} ${cases.length} ${t.assigned[lang]} ${a.totalScore}`,
      ...a.pairs.map((p) => `  ${p.caseId} → ${p.offerId} (${p.score})`),
      ...(a.unassigned.length > 0 ? [`${t.unassigned[lang]}: ${a.unassigned.join(', ')}`] : []),
      '',
    ];
    ctx.io.stdout(lines.join('\n'));
    return exitCodes.ok;
  }
  const bar = progressBar(ctx, t.scoring[ctx.lang], cases.length);
  const rows = cases.map((c, i) => {
    bar.tick(i);
    return {
      caseId: c.id,
      offers: rankOffers(c, offers, top).map((r) => {
        const s = explainPrepared(c, offers[r.index] as PreparedOffer);
        return { offerId: r.id, score: r.score, components: s.components };
      }),
    };
  });
  bar.end();
  if (values.json) {
    ctx.io.stdout(`${JSON.stringify({ asOf, top, cases: rows }, null, 2)}\n`);
    return exitCodes.ok;
  }
  const { lang } = ctx;
  const lines = [
    `${t.ranking[lang]} (${t.asOf[lang]} ${asOf}, --top ${top})`,
    ...rows.map(
      (r) =>
        `  ${r.caseId}: ${r.offers.length === 0 ? t.none[lang] : r.offers.map((o) => `${o.offerId} (${o.score})`).join(', ')}`,
    ),
    '',
  ];
  ctx.io.stdout(lines.join('\n'));
  return exitCodes.ok;
}

/**
 * `stadig match <cases.json> <offers.json> [--top K] [--assign] [--json] [--as-of D]
 * [--allow-step TENURE]…`: the best offers for each case (feasible pairs only), or with
 * `--assign` an optimal one-to-one assignment. Prints ids and scores only, never a
 * name or an address. Exit codes: 0 done, 1 invalid input, 2 usage error.
 *
 * @example
 * ```ts
 * const r = await runInMemory(matchCommand, ['cases.json', 'offers.json', '--json'], { files });
 * r.code;
 * //=> 0
 * ```
 */
export const matchCommand: Command = {
  words: ['match'],
  summary: {
    sv: 'Matcha ärenden mot bostadserbjudanden: bästa erbjudanden per ärende, eller en optimal tilldelning.',
    en: 'Match cases to housing offers: the best offers per case, or an optimal assignment.',
  },
  help: {
    en: `stadig match <cases.json> <offers.json> [--top K] [--assign] [--json]
             [--as-of YYYY-MM-DD] [--allow-step TENURE]…

Reads cases (as stadig case validate) and housing offers (one or an array, as
@stadig/matching parseOffer), scores every pair with hard vetoes (an avoided
municipality or county, too close to a place to keep away from, not permanent
housing, too few rooms, accessibility, pets, landlord requirements, protected
identity, available too late) and soft components (rent against income, rooms,
own wishes, nearness, time in sheltered housing), and prints for each case the best
feasible offers. With --assign, prints an optimal one-to-one assignment that
maximises the total score over feasible pairs. Output holds ids and scores only,
never a name, an address or a coordinate. A progress bar is drawn on standard error
when it is a terminal.

Flags
  --top K            How many offers per case (default 5, at most 1000).
  --assign           An optimal one-to-one assignment instead of rankings.
  --json             Print JSON: { asOf, top, cases: [{ caseId, offers: [{ offerId,
                     score, components }] }] }, or with --assign { asOf, assignment:
                     { pairs, unassigned, totalScore } }.
  --as-of D          The day of the assessment (default: today).
  --allow-step T     Accept a tenure that is not permanent as a step (for example
                     social-contract); may be repeated.

Exit codes: 0 done; 1 invalid input (every problem listed by path, without values);
2 usage error.

Examples
  stadig match cases.json offers.json --top 3
  stadig match cases.json offers.json --assign --json --allow-step social-contract
`,
    sv: `stadig match <ärenden.json> <erbjudanden.json> [--top K] [--assign] [--json]
             [--as-of ÅÅÅÅ-MM-DD] [--allow-step UPPLÅTELSEFORM]…

Läser ärenden (som stadig case validate) och bostadserbjudanden (ett eller en lista,
som @stadig/matching parseOffer), poängsätter varje par med hinder (en kommun eller
ett län att undvika, för nära en plats att hålla avstånd till, inte stadigvarande
boende, för få rum, tillgänglighet, husdjur, hyresvärdens krav, skyddade
personuppgifter, ledig för sent) och mjuka delar (hyra mot inkomst, rum, egna
önskemål, närhet, tid i skyddat boende), och skriver för varje ärende de bästa
möjliga erbjudandena. Med --assign skrivs en optimal tilldelning, ett erbjudande per
ärende, som ger högst total poäng bland möjliga par. Utdata innehåller bara id:n och
poäng, aldrig namn, adresser eller koordinater. En förloppsindikator ritas på
standard error när det är en terminal.

Flaggor
  --top K            Hur många erbjudanden per ärende (standard 5, högst 1000).
  --assign           En optimal tilldelning i stället för rangordningar.
  --json             Skriv JSON: { asOf, top, cases: [{ caseId, offers: [{ offerId,
                     score, components }] }] }, eller med --assign { asOf, assignment:
                     { pairs, unassigned, totalScore } }.
  --as-of D          Bedömningsdagen (standard: i dag).
  --allow-step T     Godta en upplåtelseform som inte är stadigvarande som ett steg
                     (till exempel social-contract); kan upprepas.

Slutkoder: 0 klart; 1 ogiltig indata (varje problem listas med sökväg, utan värden);
2 fel användning.

Exempel
  stadig match arenden.json erbjudanden.json --top 3
  stadig match arenden.json erbjudanden.json --assign --json --allow-step social-contract
`,
  },
  run,
};
