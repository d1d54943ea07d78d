import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { offerJsonSchema } from './offerJsonSchema';

const shipped = join(import.meta.dirname, '../../schema/offer.schema.json');

describe('offerJsonSchema', () => {
  it('is what the package ships: the committed file equals what the zod schema produces', () => {
    expect(readFileSync(shipped, 'utf8')).toBe(`${JSON.stringify(offerJsonSchema(), null, 2)}\n`);
  });

  it('describes the input: required fields, no unknown keys, dates', () => {
    const schema = offerJsonSchema() as {
      required: string[];
      additionalProperties: boolean;
      properties: Record<string, { format?: string; description?: string }>;
    };
    expect(schema.required).toEqual([
      'id',
      'dwelling',
      'offeredBy',
      'availableFrom',
      'requirements',
    ]);
    expect(schema.additionalProperties).toBe(false);
    expect(schema.properties.availableFrom?.format).toBe('date');
    expect(schema.properties.location?.description).toContain('Protected');
  });
});
