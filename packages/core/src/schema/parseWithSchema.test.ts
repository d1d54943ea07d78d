import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { dateOnlySchema } from '../dates/DateOnly';
import { dateMessages } from '../dates/messages';
import { parseWithSchema } from './parseWithSchema';

const schema = z.strictObject({
  rooms: z.number().int().min(1).max(20),
  kind: z.enum(['first-hand-lease', 'sublease']),
  start: dateOnlySchema,
  note: z.string().optional(),
});

describe('parseWithSchema', () => {
  it('returns the parsed value', () => {
    const input = { rooms: 3, kind: 'sublease', start: '2024-02-29' };
    expect(parseWithSchema(schema, input)._unsafeUnwrap()).toEqual(input);
  });

  it('lists every problem with its path and Stadig code', () => {
    const errors = parseWithSchema(
      schema,
      { rooms: 0, kind: 'castle', start: '2023-02-29', extra: 1 },
      { path: ['rows', 4], catalogue: dateMessages },
    )._unsafeUnwrapErr();
    expect(errors.map((e) => [e.code, e.path])).toEqual(
      expect.arrayContaining([
        ['validation.too-small', ['rows', 4, 'rooms']],
        ['validation.invalid-value', ['rows', 4, 'kind']],
        ['date.does-not-exist', ['rows', 4, 'start']],
        ['validation.unknown-field', ['rows', 4]],
      ]),
    );
    expect(errors).toHaveLength(4);
  });

  it('says a missing field is missing, and a wrong type is a wrong type', () => {
    const errors = parseWithSchema(schema, { kind: 'sublease', start: 5 })._unsafeUnwrapErr();
    expect(errors.map((e) => [e.code, e.path[0]])).toEqual([
      ['validation.required', 'rooms'],
      ['validation.invalid-type', 'start'],
    ]);
  });

  it('never passes on zod messages that quote the input', () => {
    const secret = 'Alva Exempel 19811218-9875'; // a wrong check digit: no real person's number
    const errors = parseWithSchema(schema, {
      rooms: secret,
      kind: secret,
      start: secret,
      note: 3,
    })._unsafeUnwrapErr();
    expect(JSON.stringify(errors)).not.toContain('Alva');
    expect(JSON.stringify(errors)).not.toContain('9875');
  });

  it('does not name an unknown field that is not shaped like an identifier', () => {
    const errors = parseWithSchema(z.strictObject({}), {
      'Alva Exempel, Storgatan 1': 1,
    })._unsafeUnwrapErr();
    expect(JSON.stringify(errors)).not.toContain('Alva');
  });
});

describe('properties', () => {
  it('never throws and never repeats a string from the input, for any input', () => {
    fc.assert(
      fc.property(
        fc.anything(),
        fc.string({ minLength: 6 }).filter((s) => /^[a-zåäö]{6,}$/i.test(s)),
        (value, secret) => {
          const result = parseWithSchema(schema, {
            rooms: value,
            kind: secret,
            start: secret,
            note: value,
          });
          if (result.isErr()) expect(JSON.stringify(result.error)).not.toContain(secret);
        },
      ),
    );
  });
});
