import { type Case, parseCase } from '@stadig/case';
import { type DateOnly, formatError, type LocalizedText, type StadigError } from '@stadig/core';
import { asOfFlag } from '../asOfFlag';
import type { Command, CommandContext } from '../Command';
import { type ExitCode, exitCodes } from '../exitCodes';
import { cliText } from '../messages';
import { parseCommandArgs, usageError } from '../parseCommandArgs';
import { readJsonInput } from '../readJsonInput';

const t = {
  ok: { sv: 'giltigt', en: 'valid' },
  invalid: { sv: 'ogiltigt', en: 'invalid' },
  problems: { sv: 'problem', en: 'problems' },
  summary: { sv: 'ärenden giltiga', en: 'cases valid' },
  of: { sv: 'av', en: 'of' },
} as const;

/**
 * One problem of `stadig case validate --json`: the error code, the path inside the
 * case and the message in Swedish and English. Never a value from the input.
 *
 * @example
 * ```ts
 * const p: CaseProblemJson = { code: 'validation.required', path: ['household'], message: { sv: 'Värdet saknas.', en: 'The value is missing.' } };
 * ```
 */
export interface CaseProblemJson {
  readonly code: string;
  readonly path: readonly (string | number)[];
  readonly message: LocalizedText;
}

/**
 * One element of `stadig case validate --json`: the case's index in the input,
 * whether it is valid, and every problem (empty when valid).
 *
 * @example
 * ```ts
 * const row: CaseValidateJsonRow = { index: 0, valid: true, problems: [] };
 * ```
 */
export interface CaseValidateJsonRow {
  readonly index: number;
  readonly valid: boolean;
  readonly problems: readonly CaseProblemJson[];
}

/**
 * The outcome of validating every case of an input: one entry per case, the case
 * or its problems.
 *
 * @example
 * ```ts
 * const outcome: CaseOutcomes = [{ index: 0, problems: [] , case: parsed }];
 * ```
 */
export type CaseOutcomes = readonly {
  readonly index: number;
  readonly case: Case | undefined;
  readonly problems: readonly StadigError[];
}[];

/**
 * Reads a JSON file (or standard input for `-`) with one case or an array of cases
 * and validates each with `parseCase` on `asOf`. Text that is not UTF-8 or not JSON
 * is reported on standard error without echoing it.
 *
 * @param file - a path, or `-`
 * @param verb - the verb's name, for messages (`case validate`)
 * @param asOf - the day of the check
 * @param ctx - the command's context
 * @returns the outcome per case, or exit code 1
 *
 * @example
 * ```ts
 * const outcomes = await validateCaseFile('cases.json', 'case validate', asOf, ctx);
 * typeof outcomes === 'number' ? outcomes : outcomes.length;
 * //=> 3
 * ```
 */
export async function validateCaseFile(
  file: string,
  verb: string,
  asOf: DateOnly,
  ctx: CommandContext,
): Promise<CaseOutcomes | ExitCode> {
  const input = await readJsonInput(file, verb, ctx);
  if (typeof input === 'number') return input;
  const list: readonly unknown[] = Array.isArray(input.data) ? input.data : [input.data];
  return list.map((input, index) => {
    const parsed = parseCase(input, { asOf });
    return parsed.isOk()
      ? { index, case: parsed.value, problems: [] }
      : { index, case: undefined, problems: parsed.error };
  });
}

/**
 * The JSON form of one problem: code, path and message, without `params`.
 *
 * @param error - the problem
 * @returns its code, path and message
 *
 * @example
 * ```ts
 * problemJson(error).code;
 * //=> 'validation.required'
 * ```
 */
export function problemJson(error: StadigError): CaseProblemJson {
  return { code: error.code, path: [...error.path], message: error.message };
}

async function run(args: readonly string[], ctx: CommandContext): Promise<ExitCode> {
  const parsed = parseCommandArgs(
    args,
    { 'as-of': { type: 'string' }, json: { type: 'boolean' } },
    ctx,
  );
  if (typeof parsed === 'number') return parsed;
  const [file, ...more] = parsed.positionals;
  if (file === undefined || more.length > 0) return usageError(ctx, cliText.missingFile[ctx.lang]);
  const asOf = asOfFlag(parsed.values['as-of'], ctx);
  if (typeof asOf === 'number') return asOf;
  const outcomes = await validateCaseFile(file, 'case validate', asOf, ctx);
  if (typeof outcomes === 'number') return outcomes;
  const invalid = outcomes.filter((o) => o.problems.length > 0);
  if (parsed.values.json) {
    const rows: CaseValidateJsonRow[] = outcomes.map((o) => ({
      index: o.index,
      valid: o.problems.length === 0,
      problems: o.problems.map(problemJson),
    }));
    ctx.io.stdout(`${JSON.stringify(rows, null, 2)}\n`);
  } else {
    const lines = outcomes.flatMap((o) =>
      o.problems.length === 0
        ? [`[${o.index}] ${t.ok[ctx.lang]}`]
        : [
            `[${o.index}] ${t.invalid[ctx.lang]}: ${o.problems.length} ${t.problems[ctx.lang]}`,
            ...o.problems.map((p) => `  ${formatError(p, ctx.lang)}`),
          ],
    );
    ctx.io.stdout(`${lines.join('\n')}\n`);
    ctx.io.stderr(
      `stadig case validate: ${outcomes.length - invalid.length} ${t.of[ctx.lang]} ${outcomes.length} ${t.summary[ctx.lang]}\n`,
    );
  }
  return invalid.length > 0 ? exitCodes.invalidInput : exitCodes.ok;
}

/**
 * `stadig case validate <file.json | -> [--as-of YYYY-MM-DD] [--json]`: validates one
 * case or an array of cases with `parseCase` and lists, per case, `valid` or every
 * problem by path, never a personal value. Exit codes: 0 all valid, 1 any invalid (or
 * unreadable, not JSON), 2 usage error.
 *
 * @example
 * ```ts
 * const { io, out } = memoryIo({ files: { 'c.json': JSON.stringify(exampleCaseInput()) } });
 * await caseValidateCommand.run(['c.json', '--json'], { io, lang: 'en' });
 * //=> 0
 * JSON.parse(out.stdout)[0].valid;
 * //=> true
 * ```
 */
export const caseValidateCommand: Command = {
  words: ['case', 'validate'],
  summary: {
    sv: 'Kontrollera ärenden (JSON) och lista varje problem med sökväg, utan personuppgifter.',
    en: 'Validate cases (JSON) and list every problem by path, without personal data.',
  },
  help: {
    en: `stadig case validate <file.json | -> [--as-of YYYY-MM-DD] [--json]

Reads one case, or an array of cases, as JSON (a file, or - for standard input) and
validates each the way @stadig/case parseCase does: the schema, identity numbers on the
--as-of day, and the event log replayed through the lifecycle. Prints, per case, valid or
every problem with its path. No problem repeats a value from the input: no name, identity
number, address or note. The JSON Schema of a case: caseJsonSchema() in @stadig/case.

Flags
  --as-of D    The day identity numbers are checked on (default: today).
  --json       Print an array with one object per case:
               [{ index, valid, problems: [{ code, path, message: { sv, en } }] }].

Exit codes: 0 every case valid; 1 invalid input (a case with problems, a file that
cannot be read, text that is not UTF-8 or JSON); 2 usage error.

Examples
  stadig case validate cases.json
  stadig case validate --as-of 2026-01-01 --json cases.json
  stadig generate cases --count 10 --seed 1 | stadig case validate -
`,
    sv: `stadig case validate <fil.json | -> [--as-of ÅÅÅÅ-MM-DD] [--json]

Läser ett ärende, eller en lista med ärenden, som JSON (en fil, eller - för standard in)
och kontrollerar vart och ett så som @stadig/case parseCase gör: schemat,
identitetsnummer per --as-of-dagen och händelseloggen genom livscykeln. Skriver för
varje ärende giltigt eller varje problem med sin sökväg. Inget problem upprepar ett
värde ur indata: inget namn, identitetsnummer, ingen adress eller anteckning.
Ett ärendes JSON Schema: caseJsonSchema() i @stadig/case.

Flaggor
  --as-of D    Dagen identitetsnummer kontrolleras per (standard: i dag).
  --json       Skriv en lista med ett objekt per ärende:
               [{ index, valid, problems: [{ code, path, message: { sv, en } }] }].

Slutkoder: 0 alla ärenden giltiga; 1 ogiltig indata (ett ärende med problem, en fil som
inte kan läsas, text som inte är UTF-8 eller JSON); 2 fel användning.

Exempel
  stadig case validate arenden.json
  stadig case validate --as-of 2026-01-01 --json arenden.json
  stadig generate cases --count 10 --seed 1 | stadig case validate -
`,
  },
  run,
};
