import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { describedJsonSchema } from './describedJsonSchema';

describe('describedJsonSchema', () => {
  it('describes the input shape with a title, a description and property descriptions by path', () => {
    const schema = z.strictObject({ a: z.string(), b: z.optional(z.strictObject({ c: z.int() })) });
    const json = describedJsonSchema(schema, {
      title: 'T',
      description: 'D',
      fields: { a: 'The a.', 'b.c': 'The c.' },
    }) as { properties: { a: object; b: { properties: { c: object } } }; required: string[] };
    expect(Object.keys(json).slice(0, 3)).toEqual(['$schema', 'title', 'description']);
    expect(json.properties.a).toEqual({ type: 'string', description: 'The a.' });
    expect(json.properties.b.properties.c).toMatchObject({
      type: 'integer',
      description: 'The c.',
    });
    expect(json.required).toEqual(['a']);
  });

  it('turns what JSON Schema cannot express into {} when asked, and returns a fresh object', () => {
    const schema = z.object({ f: z.custom<() => void>() });
    const first = describedJsonSchema(schema, { title: 'T', unrepresentable: 'any' });
    expect(first).toEqual(describedJsonSchema(schema, { title: 'T', unrepresentable: 'any' }));
    expect(first).not.toBe(describedJsonSchema(schema, { title: 'T', unrepresentable: 'any' }));
  });
});
