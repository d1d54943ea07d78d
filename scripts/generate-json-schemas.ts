// Writes the JSON Schemas the packages ship, generated from their zod schemas with zod's
// toJSONSchema (io: 'input'), pretty-printed with two spaces and a final newline.
// Deterministic: the same schema gives the same bytes. Run with
//   node --conditions=@stadig/source --import tsx scripts/generate-json-schemas.ts
// A test beside each schema function checks the committed output.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mappingProfileJsonSchema } from '../packages/adapter-csv/src/profile/mappingProfileJsonSchema';
import { caseJsonSchema } from '../packages/case/src/model/caseJsonSchema';
import { housingSolutionJsonSchema } from '../packages/housing/src/solution/housingSolutionJsonSchema';
import { offerJsonSchema } from '../packages/matching/src/offer/offerJsonSchema';

/** The repository root. */
const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Every shipped schema: where it goes and what it holds. */
const schemas = [
  {
    file: join(repoRoot, 'packages/housing/schema/housing-solution.schema.json'),
    schema: housingSolutionJsonSchema,
  },
  { file: join(repoRoot, 'packages/case/schema/case.schema.json'), schema: caseJsonSchema },
  { file: join(repoRoot, 'packages/matching/schema/offer.schema.json'), schema: offerJsonSchema },
  {
    file: join(repoRoot, 'packages/adapter-csv/schema/mapping-profile.schema.json'),
    schema: mappingProfileJsonSchema,
  },
] as const;

for (const { file, schema } of schemas) {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(schema(), null, 2)}\n`);
  console.log(`wrote ${relative(repoRoot, file)}`);
}
