import { type CaseInput, generateCaseInputs } from '@stadig/case';
import type { DateOnly } from '@stadig/core';
import type { Command, CommandContext } from '../Command';
import { type ExitCode, exitCodes } from '../exitCodes';
import { generatorFlags, MAX_GENERATED } from '../generatorFlags';

/** `generateCases` makes at most this many per call; larger counts come in batches. */
const BATCH = 10_000;

/**
 * `count` synthetic cases in input form: the first 10 000 are `generateCaseInputs` with
 * `seed`, every further 10 000 a batch with a seed derived from it, ids numbered on.
 *
 * @param options - seed, count (1–100 000) and `asOf`
 * @returns the case inputs
 *
 * @example
 * ```ts
 * syntheticCaseInputs({ seed: 1, count: 2, asOf }).map((c) => c.id);
 * //=> ['synthetic-0000', 'synthetic-0001']
 * ```
 */
export function syntheticCaseInputs(options: {
  readonly seed: number;
  readonly count: number;
  readonly asOf: DateOnly;
}): CaseInput[] {
  const out: CaseInput[] = [];
  for (let batch = 0; out.length < options.count; batch++) {
    const seed = batch === 0 ? options.seed : (options.seed + Math.imul(batch, 0x9e3779b9)) | 0;
    const count = Math.min(BATCH, options.count - out.length);
    for (const input of generateCaseInputs({ seed, count, asOf: options.asOf })) {
      out.push(
        batch === 0 ? input : { ...input, id: `synthetic-${String(out.length).padStart(4, '0')}` },
      );
    }
  }
  return out;
}

async function run(args: readonly string[], ctx: CommandContext): Promise<ExitCode> {
  const flags = generatorFlags('generate cases', args, ctx);
  if (typeof flags === 'number') return flags;
  const { count, seed, asOf } = flags;
  ctx.io.stdout(`${JSON.stringify(syntheticCaseInputs({ seed, count, asOf }), null, 2)}\n`);
  return exitCodes.ok;
}

/**
 * `stadig generate cases --count N --seed S [--as-of YYYY-MM-DD]`: prints N synthetic
 * cases as JSON in the input form `stadig case validate` accepts. Deterministic: the
 * same seed, count and date give the same cases. Exit codes: 0 done, 2 usage error.
 *
 * @example
 * ```ts
 * const { io, out } = memoryIo();
 * await generateCasesCommand.run(['--count', '2', '--seed', '1'], { io, lang: 'en' });
 * //=> 0
 * JSON.parse(out.stdout).length;
 * //=> 2
 * ```
 */
export const generateCasesCommand: Command = {
  words: ['generate', 'cases'],
  summary: {
    sv: 'Skapa syntetiska (påhittade) ärenden som JSON, för demo, test och prestandamätning.',
    en: 'Generate synthetic (made-up) cases as JSON, for demos, tests and benchmarks.',
  },
  help: {
    en: `stadig generate cases --count N --seed S [--as-of YYYY-MM-DD]

Prints N synthetic cases as a JSON array on standard output, in the input form that
stadig case validate and parseCase accept. The data is made up, drawn from published
distributions (@stadig/case generateCases): the names are built from syllables with the
surname Testperson…, and the notes and place labels are invented. Because this verb
exists to emit that data, it writes the names and notes out in full; never use it on
real cases. The same seed, count and date always give the same cases.

Flags
  --count N    How many cases: a whole number from 1 to ${MAX_GENERATED}.
  --seed S     Any integer (a negative one as --seed=-12); the same seed gives the
               same cases.
  --as-of D    The day the cases are seen on: no event is later (default: today).

Exit codes: 0 done; 2 usage error (a missing or invalid --count or --seed, a bad date).

Examples
  stadig generate cases --count 100 --seed 1 > cases.json
  stadig generate cases --count 10 --seed 42 --as-of 2026-01-01 | stadig case validate -
`,
    sv: `stadig generate cases --count N --seed S [--as-of ÅÅÅÅ-MM-DD]

Skriver N syntetiska ärenden som en JSON-lista på standard ut, i den form som
stadig case validate och parseCase tar emot. Uppgifterna är påhittade, dragna ur
publicerade fördelningar (@stadig/case generateCases): namnen är byggda av stavelser med
efternamnet Testperson…, och anteckningar och platsbeskrivningar är uppdiktade. Eftersom
kommandot finns för att skriva ut sådana uppgifter skrivs namn och anteckningar ut i sin
helhet; använd det aldrig på riktiga ärenden. Samma frö, antal och datum ger alltid
samma ärenden.

Flaggor
  --count N    Hur många ärenden: ett heltal från 1 till ${MAX_GENERATED}.
  --seed S     Ett heltal (ett negativt som --seed=-12); samma frö ger samma
               ärenden.
  --as-of D    Dagen ärendena ses per: ingen händelse är senare (standard: i dag).

Slutkoder: 0 klart; 2 fel användning (saknat eller ogiltigt --count eller --seed, fel
datum).

Exempel
  stadig generate cases --count 100 --seed 1 > arenden.json
  stadig generate cases --count 10 --seed 42 --as-of 2026-01-01 | stadig case validate -
`,
  },
  run,
};
