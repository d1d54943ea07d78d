import type { LocalizedText } from '@stadig/core';
import { type ExchangeLedger, planExchange } from '@stadig/matching';
import type { Command, CommandContext } from '../Command';
import { type ExitCode, exitCodes } from '../exitCodes';
import { parseCommandArgs, usageError } from '../parseCommandArgs';
import { readJsonInput } from '../readJsonInput';
import { matchingArgs, matchingOptions, readMatchInputs } from './match';

const t = {
  badTolerance: {
    sv: '--tolerance måste vara ett heltal 0–1000',
    en: '--tolerance must be a whole number 0–1000',
  },
  badLedger: {
    sv: 'Saldolistan ska vara ett JSON-objekt med kommunkoder (fyra siffror) och heltal',
    en: 'The ledger should be a JSON object of municipality codes (four digits) and whole numbers',
  },
  heading: { sv: 'Utbytesplan', en: 'Exchange plan' },
  asOf: { sv: 'per', en: 'as of' },
  tolerance: { sv: 'tolerans', en: 'tolerance' },
  placed: { sv: 'hushåll placerade', en: 'households placed' },
  of: { sv: 'av', en: 'of' },
  notPlaced: { sv: 'Inte placerade', en: 'Not placed' },
  ledger: { sv: 'Saldo efter planen', en: 'Ledger after the plan' },
} as const satisfies Record<string, LocalizedText>;

/**
 * Reads a ledger file: a JSON object whose keys are municipality codes (four digits)
 * and whose values are whole numbers (received minus sent so far).
 *
 * @param file - a path, or `-`
 * @param ctx - the command's context
 * @returns the ledger, or exit code 1
 *
 * @example
 * ```ts
 * await readLedger('ledger.json', ctx);
 * //=> { '1480': 2, '0180': -1 }
 * ```
 */
export async function readLedger(
  file: string,
  ctx: CommandContext,
): Promise<ExchangeLedger | ExitCode> {
  const input = await readJsonInput(file, 'exchange plan', ctx);
  if (typeof input === 'number') return input;
  const { data } = input;
  const valid =
    typeof data === 'object' &&
    data !== null &&
    !Array.isArray(data) &&
    Object.entries(data).every(([k, v]) => /^\d{4}$/.test(k) && Number.isSafeInteger(v));
  if (!valid) {
    ctx.io.stderr(`stadig exchange plan: ${t.badLedger[ctx.lang]}\n`);
    return exitCodes.invalidInput;
  }
  return data as ExchangeLedger;
}

async function run(args: readonly string[], ctx: CommandContext): Promise<ExitCode> {
  const parsed = parseCommandArgs(
    args,
    {
      ledger: { type: 'string' },
      tolerance: { type: 'string' },
      ...matchingOptions,
    },
    ctx,
  );
  if (typeof parsed === 'number') return parsed;
  const { values, positionals } = parsed;
  const shared = matchingArgs(values, positionals, ctx);
  if (typeof shared === 'number') return shared;
  const tolerance = values.tolerance === undefined ? 2 : Number(values.tolerance);
  if (!/^\d{1,4}$/.test(values.tolerance ?? '2') || tolerance > 1000)
    return usageError(ctx, t.badTolerance[ctx.lang]);
  const { files, asOf, allowSteps } = shared;
  const ledger = values.ledger === undefined ? {} : await readLedger(values.ledger, ctx);
  if (typeof ledger === 'number') return ledger;
  const inputs = await readMatchInputs(files, 'exchange plan', { asOf, allowSteps }, ctx);
  if (typeof inputs === 'number') return inputs;
  const plan = planExchange(inputs.preparedCases, inputs.preparedOffers, { ledger, tolerance });
  if (values.json) {
    ctx.io.stdout(`${JSON.stringify({ asOf, ...plan }, null, 2)}\n`);
    return exitCodes.ok;
  }
  const { lang } = ctx;
  const notPlaced = plan.cases.filter((c) => !c.placed);
  const lines = [
    `${t.heading[lang]} ${t.asOf[lang]} ${asOf} (${t.tolerance[lang]} ${tolerance}): ${plan.placements.length} ${t.of[lang]} ${plan.cases.length} ${t.placed[lang]}`,
    ...plan.placements.map((p) => `  ${p.caseId}  ${p.from} → ${p.to}  ${p.offerId} (${p.score})`),
    ...(notPlaced.length > 0
      ? [`${t.notPlaced[lang]}:`, ...notPlaced.map((c) => `  ${c.caseId}  ${c.text[lang]}`)]
      : []),
    `${t.ledger[lang]}:`,
    ...Object.entries(plan.ledger).map(([k, v]) => `  ${k}  ${v > 0 ? '+' : ''}${v}`),
    '',
  ];
  ctx.io.stdout(lines.join('\n'));
  return exitCodes.ok;
}

/**
 * `stadig exchange plan <cases.json> <offers.json> [--ledger ledger.json]
 * [--tolerance N] [--json] [--as-of D] [--allow-step TENURE]…`: plans placements
 * between municipalities that place as many households as possible while every
 * balance stays within the tolerance, clearing through the shared ledger. Prints ids,
 * municipality codes and reasons only. Exit codes: 0 done, 1 invalid input, 2 usage
 * error.
 *
 * @example
 * ```ts
 * const r = await runInMemory(exchangePlanCommand, ['cases.json', 'offers.json', '--json'], { files });
 * JSON.parse(r.stdout).tolerance;
 * //=> 2
 * ```
 */
export const exchangePlanCommand: Command = {
  words: ['exchange', 'plan'],
  summary: {
    sv: 'Planera utbyte av ärenden mellan kommuner genom ett gemensamt saldo (Kompotten).',
    en: 'Plan the exchange of cases between municipalities through a shared ledger (Kompotten).',
  },
  help: {
    en: `stadig exchange plan <cases.json> <offers.json> [--ledger ledger.json]
                    [--tolerance N] [--json] [--as-of YYYY-MM-DD] [--allow-step TENURE]…

Plans where households that must leave their municipality can move, among housing
offers across municipalities: as many households as possible are placed (then the
highest total score), only in homes with no veto, while every municipality's balance
(the carried ledger plus households received minus households sent) stays within the
tolerance; a municipality already outside it may not move further out. Placements
clear through the shared ledger and are never linked as two-way swaps. Prints the
placements, why each other case was not placed, and the updated ledger. Output holds
ids, municipality codes and reasons only, never a name or an address.

Flags
  --ledger F         The carried ledger: a JSON object { "1480": 2, "0180": -1 }.
  --tolerance N      How far a balance may be from 0 (default 2).
  --json             Print JSON: { asOf, placements: [{ caseId, offerId, from, to,
                     score }], ledger, cases: [{ caseId, placed, reason, text }],
                     tolerance }.
  --as-of D          The day of the assessment (default: today).
  --allow-step T     Accept a tenure that is not permanent as a step; may be repeated.

Exit codes: 0 done; 1 invalid input; 2 usage error.

Examples
  stadig exchange plan cases.json offers.json --ledger ledger.json --tolerance 1
  stadig exchange plan cases.json offers.json --json > plan.json
`,
    sv: `stadig exchange plan <ärenden.json> <erbjudanden.json> [--ledger saldo.json]
                    [--tolerance N] [--json] [--as-of ÅÅÅÅ-MM-DD] [--allow-step UPPLÅTELSEFORM]…

Planerar vart hushåll som måste lämna sin kommun kan flytta, bland bostadserbjudanden
i olika kommuner: så många hushåll som möjligt placeras (därefter högst total poäng),
bara i bostäder utan hinder, medan varje kommuns saldo (det överförda saldot plus
mottagna minus skickade hushåll) håller sig inom toleransen; en kommun som redan är
utanför får inte komma längre ut. Placeringarna avräknas mot det gemensamma saldot
och kopplas aldrig ihop som direkta byten. Skriver placeringarna, varför övriga
ärenden inte placerades, och det nya saldot. Utdata innehåller bara id:n,
kommunkoder och skäl, aldrig namn eller adresser.

Flaggor
  --ledger F         Det överförda saldot: ett JSON-objekt { "1480": 2, "0180": -1 }.
  --tolerance N      Hur långt ett saldo får ligga från 0 (standard 2).
  --json             Skriv JSON: { asOf, placements: [{ caseId, offerId, from, to,
                     score }], ledger, cases: [{ caseId, placed, reason, text }],
                     tolerance }.
  --as-of D          Bedömningsdagen (standard: i dag).
  --allow-step T     Godta en upplåtelseform som inte är stadigvarande som ett steg;
                     kan upprepas.

Slutkoder: 0 klart; 1 ogiltig indata; 2 fel användning.

Exempel
  stadig exchange plan arenden.json erbjudanden.json --ledger saldo.json --tolerance 1
  stadig exchange plan arenden.json erbjudanden.json --json > plan.json
`,
  },
  run,
};
