import { caseJsonSchema } from '@stadig/case';
import { housingSolutionJsonSchema } from '@stadig/housing';
import { offerJsonSchema } from '@stadig/matching';
import type { Command } from '../Command';
import { exitCodes } from '../exitCodes';
import { parseCommandArgs, usageError } from '../parseCommandArgs';

/**
 * The JSON Schemas `stadig schema` prints, by name: the same JSON the packages ship
 * (`@stadig/housing/schema/housing-solution.json`, `@stadig/case/schema/case.json`,
 * `@stadig/matching/schema/offer.json`).
 *
 * @example
 * ```ts
 * Object.keys(jsonSchemas);
 * //=> ['housing-solution', 'case', 'offer']
 * ```
 */
export const jsonSchemas = {
  'housing-solution': housingSolutionJsonSchema,
  case: caseJsonSchema,
  offer: offerJsonSchema,
} as const satisfies Record<string, () => Record<string, unknown>>;

const unknown = {
  sv: (known: string) => `Ange ett schemanamn: ${known}`,
  en: (known: string) => `Give a schema name: ${known}`,
};

/**
 * `stadig schema <name>`: prints a JSON Schema (draft 2020-12) for vendors who validate
 * in other languages. Exit codes: 0 done, 2 usage error (an unknown name, listing the
 * known ones).
 *
 * @example
 * ```ts
 * const { io, out } = memoryIo();
 * await schemaCommand.run(['housing-solution'], { io, lang: 'en' });
 * //=> 0
 * JSON.parse(out.stdout).required;
 * //=> ['tenure', 'municipality']
 * ```
 */
export const schemaCommand: Command = {
  words: ['schema'],
  summary: {
    sv: 'Skriv ett JSON Schema, till exempel för en bostadslösning.',
    en: 'Print a JSON Schema, such as that of a housing solution.',
  },
  help: {
    en: `stadig schema <name> [--lang sv|en]

Prints the JSON Schema (draft 2020-12) of an input, generated from Stadig's own
schema: the same JSON the package ships. Names: ${Object.keys(jsonSchemas).join(', ')}.
Checks JSON Schema cannot express (a date exists, a municipality code is one of the
290) are made by stadig check and stadig case validate.

Exit codes: 0 done; 2 usage error (an unknown name).

Example
  stadig schema housing-solution > housing-solution.schema.json
`,
    sv: `stadig schema <namn> [--lang sv|en]

Skriver JSON Schema (draft 2020-12) för en indata, genererat från Stadigs eget schema:
samma JSON som paketet levereras med. Namn: ${Object.keys(jsonSchemas).join(', ')}.
Kontroller som JSON Schema inte kan uttrycka (att ett datum finns, att en kommunkod
är en av de 290) gör stadig check och stadig case validate.

Slutkoder: 0 klart; 2 fel användning (okänt namn).

Exempel
  stadig schema housing-solution > housing-solution.schema.json
`,
  },
  run: async (args, ctx) => {
    const parsed = parseCommandArgs(
      args,
      // --json is accepted for uniformity: a schema is JSON anyway.
      { lang: { type: 'string' }, json: { type: 'boolean' } },
      ctx,
    );
    if (typeof parsed === 'number') return parsed;
    const lang =
      parsed.values.lang === 'sv' || parsed.values.lang === 'en' ? parsed.values.lang : ctx.lang;
    const [name, ...more] = parsed.positionals;
    const known = Object.keys(jsonSchemas).join(', ');
    if (name === undefined || more.length > 0 || !Object.hasOwn(jsonSchemas, name)) {
      return usageError({ ...ctx, lang }, unknown[lang](known), name);
    }
    const schema = jsonSchemas[name as keyof typeof jsonSchemas]();
    ctx.io.stdout(`${JSON.stringify(schema, null, 2)}\n`);
    return exitCodes.ok;
  },
};
