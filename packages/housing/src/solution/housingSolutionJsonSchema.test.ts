import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { housingSolutionJsonSchema } from './housingSolutionJsonSchema';
import { tenureKinds } from './vocabulary';

const shipped = join(import.meta.dirname, '../../schema/housing-solution.schema.json');

describe('housingSolutionJsonSchema', () => {
  it('is what the package ships: the committed file equals what the zod schema produces (run scripts/generate-json-schemas.ts)', () => {
    expect(readFileSync(shipped, 'utf8')).toBe(
      `${JSON.stringify(housingSolutionJsonSchema(), null, 2)}\n`,
    );
  });

  it('describes the input: required tenure and municipality, the closed tenure union, dates, öre', () => {
    const schema = housingSolutionJsonSchema() as {
      required: string[];
      additionalProperties: boolean;
      properties: Record<
        string,
        { enum?: string[]; type?: string; properties?: Record<string, { format?: string }> }
      >;
    };
    expect(schema.required).toEqual(['tenure', 'municipality']);
    expect(schema.additionalProperties).toBe(false);
    expect(schema.properties.tenure?.enum).toEqual(Object.keys(tenureKinds));
    expect(schema.properties.contract?.properties?.end?.format).toBe('date');
    expect(schema.properties.rentPerMonth?.type).toBe('integer');
  });

  it('is deterministic', () => {
    expect(JSON.stringify(housingSolutionJsonSchema())).toBe(
      JSON.stringify(housingSolutionJsonSchema()),
    );
  });
});
