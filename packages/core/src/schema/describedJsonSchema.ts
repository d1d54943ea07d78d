import * as z from 'zod/mini';

type JsonSchema = { [key: string]: unknown; properties?: Record<string, JsonSchema> };

/**
 * What {@link describedJsonSchema} puts on top of the generated schema.
 *
 * @example
 * ```ts
 * const about: JsonSchemaDescription = { title: 'Offer (Stadig)', fields: { id: 'The offer id.' } };
 * ```
 */
export interface JsonSchemaDescription {
  /** The schema's title, such as `'Housing solution (Stadig)'`. */
  readonly title: string;
  /** What the schema describes, in a sentence. */
  readonly description?: string;
  /** A description per property, by dotted path (`'contract.end'`). */
  readonly fields?: Readonly<Record<string, string>>;
  /** Types JSON Schema cannot express become `{}` instead of an error (zod's `unrepresentable: 'any'`). */
  readonly unrepresentable?: 'any';
}

function describe(
  schema: JsonSchema,
  prefix: string,
  fields: Readonly<Record<string, string>>,
): void {
  for (const [key, property] of Object.entries(schema.properties ?? {})) {
    const path = `${prefix}${key}`;
    const text = fields[path];
    if (text !== undefined) property.description = text;
    describe(property, `${path}.`, fields);
  }
}

/**
 * The JSON Schema (draft 2020-12) of a zod schema's input (`io: 'input'`), with a title,
 * a description and descriptions per property by dotted path: what the packages ship
 * for vendors who validate in other languages. A fresh object on every call.
 *
 * @param schema - a zod (or zod/mini) schema
 * @param about - the title, description and property descriptions
 * @returns the JSON Schema
 *
 * @example
 * ```ts
 * describedJsonSchema(z.object({ a: z.string() }), { title: 'A', fields: { a: 'The a.' } }).properties;
 * //=> { a: { type: 'string', description: 'The a.' } }
 * ```
 */
export function describedJsonSchema(
  schema: z.ZodMiniType,
  about: JsonSchemaDescription,
): Record<string, unknown> {
  const generated = z.toJSONSchema(schema, {
    io: 'input',
    ...(about.unrepresentable === undefined ? {} : { unrepresentable: about.unrepresentable }),
  }) as JsonSchema;
  describe(generated, '', about.fields ?? {});
  return {
    ...(generated.$schema === undefined ? {} : { $schema: generated.$schema }),
    title: about.title,
    ...(about.description === undefined ? {} : { description: about.description }),
    ...generated,
  };
}
