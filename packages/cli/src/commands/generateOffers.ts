import { generateOfferInputs } from '@stadig/matching';
import type { Command, CommandContext } from '../Command';
import { type ExitCode, exitCodes } from '../exitCodes';
import { generatorFlags, MAX_GENERATED } from '../generatorFlags';

async function run(args: readonly string[], ctx: CommandContext): Promise<ExitCode> {
  const flags = generatorFlags('generate offers', args, ctx);
  if (typeof flags === 'number') return flags;
  const { count, seed, asOf } = flags;
  ctx.io.stdout(`${JSON.stringify(generateOfferInputs({ seed, count, asOf }), null, 2)}\n`);
  return exitCodes.ok;
}

/**
 * `stadig generate offers --count N --seed S [--as-of YYYY-MM-DD]`: prints N synthetic
 * offers as JSON in the input form `parseOffer` accepts, to go with
 * `stadig generate cases`. Deterministic. Exit codes: 0 done, 2 usage error.
 *
 * @example
 * ```ts
 * const { io, out } = memoryIo();
 * await generateOffersCommand.run(['--count', '2', '--seed', '1'], { io, lang: 'en' });
 * //=> 0
 * JSON.parse(out.stdout)[1].id;
 * //=> 'offer-0001'
 * ```
 */
export const generateOffersCommand: Command = {
  words: ['generate', 'offers'],
  summary: {
    sv: 'Skapa syntetiska (påhittade) bostadserbjudanden som JSON, till de syntetiska ärendena.',
    en: 'Generate synthetic (made-up) housing offers as JSON, to go with the synthetic cases.',
  },
  help: {
    en: `stadig generate offers --count N --seed S [--as-of YYYY-MM-DD]

Prints N synthetic housing offers as a JSON array on standard output, in the input
form that stadig match and stadig exchange plan read (@stadig/matching
generateOffers). The data is made up: streets such as Testgatan 12 in the city
Fiktiv, invented coordinates, rents that grow with the rooms, and landlord
requirements. Never a real address. The same seed, count and date always give the
same offers; they become available within 120 days of the date.

Flags
  --count N    How many offers: a whole number from 1 to ${MAX_GENERATED}.
  --seed S     Any integer (a negative one as --seed=-12).
  --as-of D    The first day offers can become available (default: today).

Exit codes: 0 done; 2 usage error.

Examples
  stadig generate offers --count 500 --seed 1 > offers.json
  stadig generate cases --count 100 --seed 1 > cases.json && stadig match cases.json offers.json
`,
    sv: `stadig generate offers --count N --seed S [--as-of ÅÅÅÅ-MM-DD]

Skriver N syntetiska bostadserbjudanden som en JSON-lista på standard ut, i den form
som stadig match och stadig exchange plan läser (@stadig/matching generateOffers).
Uppgifterna är påhittade: gator som Testgatan 12 i orten Fiktiv, uppdiktade
koordinater, hyror som växer med antalet rum, och hyresvärdens krav. Aldrig en riktig
adress. Samma frö, antal och datum ger alltid samma erbjudanden; de blir lediga inom
120 dagar från datumet.

Flaggor
  --count N    Hur många erbjudanden: ett heltal från 1 till ${MAX_GENERATED}.
  --seed S     Ett heltal (ett negativt som --seed=-12).
  --as-of D    Den första dagen ett erbjudande kan bli ledigt (standard: i dag).

Slutkoder: 0 klart; 2 fel användning.

Exempel
  stadig generate offers --count 500 --seed 1 > erbjudanden.json
  stadig generate cases --count 100 --seed 1 > arenden.json && stadig match arenden.json erbjudanden.json
`,
  },
  run,
};
