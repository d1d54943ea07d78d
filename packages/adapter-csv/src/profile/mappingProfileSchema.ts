import * as z from 'zod/mini';

/**
 * The zod schema (zod/mini) of a mapping profile: how one system's export columns map
 * to Stadig's flat fields. See the guide `docs/en/adapter-csv.md`.
 *
 * - `columns`: the system's header name (case and surrounding spaces ignored) to a
 *   field, or to `{ to, split, codes, dateFormat }`: `to` one field, several fields (the
 *   parts of a `split`), or a field with `#` (each part of a `split` to the next
 *   position: `household.children.#.birthDate`); `codes` maps the system's codes to
 *   Stadig's (`"SKB": "sheltered-housing"`); `dateFormat` such as `D/M/YYYY`;
 *   `resolve: "municipality"` reads municipality names as people write them ("Falu
 *   kommun", "Borås Stad") to SCB codes, exact matches only.
 * - `constants`: a field to a value for every row (`"violence.perpetrators": "1"`).
 * - `ignore`: header names read by no field and not reported as unknown.
 * - `dialect`, `dateFormat`, `listSeparator`: the file's defaults.
 *
 * @example
 * ```ts
 * mappingProfileSchema.safeParse({ name: 'x', kind: 'cases', columns: { Ärende: 'id' } }).success;
 * //=> true
 * ```
 */
export const mappingProfileSchema = /* @__PURE__ */ (() => {
  const name = z.string().check(z.minLength(1), z.maxLength(200));
  const column = z.union([
    name,
    z.strictObject({
      to: z.union([name, z.array(name).check(z.minLength(1), z.maxLength(50))]),
      split: z.optional(z.string().check(z.minLength(1), z.maxLength(10))),
      codes: z.optional(z.record(z.string(), z.string())),
      dateFormat: z.optional(name),
      resolve: z.optional(z.enum(['municipality'])),
    }),
  ]);
  return z.strictObject({
    $schema: z.optional(z.string()),
    name,
    kind: z.enum(['cases', 'applications', 'usage', 'offers']),
    description: z.optional(z.string().check(z.maxLength(2000))),
    dialect: z.optional(
      z.strictObject({
        separator: z.optional(z.enum([',', ';', '\t'])),
        encoding: z.optional(z.enum(['utf-8', 'utf-8-bom', 'windows-1252'])),
        decimal: z.optional(z.enum([',', '.'])),
      }),
    ),
    dateFormat: z.optional(name),
    listSeparator: z.optional(z.string().check(z.minLength(1), z.maxLength(10))),
    columns: z.record(z.string(), column),
    constants: z.optional(z.record(name, z.string().check(z.maxLength(200)))),
    ignore: z.optional(z.array(z.string())),
  });
})();

/**
 * A mapping profile, as {@link parseMappingProfile} returns it.
 *
 * @example
 * ```ts
 * const profile: MappingProfile = { name: 'Exempel', kind: 'cases', columns: { Ärende: 'id' } };
 * ```
 */
export type MappingProfile = z.output<typeof mappingProfileSchema>;
