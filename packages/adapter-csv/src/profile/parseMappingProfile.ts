import {
  createErrorFactory,
  err,
  type NonEmptyReadonlyArray,
  ok,
  parseWithSchema,
  type Result,
  type StadigError,
} from '@stadig/core';
import { csvMessages } from '../messages';
import { fieldPattern } from '../rows/fieldPattern';
import { rowKinds } from '../rows/rowKinds';
import { type MappingProfile, mappingProfileSchema } from './mappingProfileSchema';

const csvError = createErrorFactory(csvMessages);

/**
 * Validates a mapping profile (parsed JSON): its shape, and that every field it names
 * exists for its kind (a field with `#` only as the target of a `split`). Never throws.
 *
 * @param input - the profile, such as `JSON.parse` of a `.json` file
 * @returns the profile, or every problem with its path
 *
 * @example
 * ```ts
 * parseMappingProfile({ name: 'x', kind: 'cases', columns: { Namn: 'household.survivor.nam' } })
 *   ._unsafeUnwrapErr()[0].code;
 * //=> 'csv.profile-unknown-field'
 * ```
 */
export function parseMappingProfile(
  input: unknown,
): Result<MappingProfile, NonEmptyReadonlyArray<StadigError>> {
  const parsed = parseWithSchema(mappingProfileSchema, input);
  if (parsed.isErr()) return err(parsed.error);
  const profile = parsed.value;
  const kind = rowKinds[profile.kind];
  const problems: StadigError[] = [];
  const check = (field: string, path: (string | number)[], split: boolean) => {
    const pattern = field.includes('#') ? (split ? field : undefined) : fieldPattern(field);
    const known = pattern !== undefined && kind !== undefined && pattern in kind.fields;
    if (!known) problems.push(csvError('csv.profile-unknown-field', { field: safe(field) }, path));
  };
  for (const [header, spec] of Object.entries(profile.columns)) {
    if (typeof spec === 'string') check(spec, ['columns', header], false);
    else {
      const targets = typeof spec.to === 'string' ? [spec.to] : spec.to;
      targets.forEach((t, i) => {
        const at = typeof spec.to === 'string' ? [] : [i];
        check(t, ['columns', header, 'to', ...at], spec.split !== undefined);
      });
    }
  }
  for (const field of Object.keys(profile.constants ?? {}))
    check(field, ['constants', field], false);
  const [first, ...rest] = problems;
  return first === undefined ? ok(profile) : err([first, ...rest]);
}

/** A field name as written in a profile (not personal data), shortened for a message. */
function safe(field: string): string {
  return field.length > 80 ? `${field.slice(0, 80)}…` : field;
}
