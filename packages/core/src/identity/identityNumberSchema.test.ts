import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { parseWithSchema } from '../schema/parseWithSchema';
import { identityNumberSchema } from './identityNumberSchema';

describe('identityNumberSchema', () => {
  it.each([
    '123456+7890',
    '123456-7890',
    '1234567890',
    '191234567890',
    '19123456-7890',
  ])('accepts the shape %s', (text) => {
    expect(identityNumberSchema.safeParse(text).success).toBe(true);
  });

  it.each([
    '12-12-12',
    '123456--7890',
    ' 1234567890',
    '123456-T890',
    '12345678901',
    1234567890,
  ])('refuses the shape %s', (input) => {
    expect(identityNumberSchema.safeParse(input).success).toBe(false);
  });

  it('is a string with a pattern in JSON Schema', () => {
    const json = z.toJSONSchema(identityNumberSchema);
    expect(json.type).toBe('string');
    expect(new RegExp(String(json.pattern)).test('123456+7890')).toBe(true);
  });

  it('reports a wrong shape through parseWithSchema without repeating the input', () => {
    const errors = parseWithSchema(identityNumberSchema, '12-12-12')._unsafeUnwrapErr();
    expect(errors.map((e) => e.code)).toEqual(['validation.invalid-format']);
    expect(JSON.stringify(errors)).not.toContain('12-12-12');
  });
});
