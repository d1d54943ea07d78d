import type { Result } from 'neverthrow';
import { describe, expectTypeOf, it } from 'vitest';
import type { DateOnly } from '../dates/DateOnly';
import type { StadigError } from '../errors/StadigError';
import type { Protected } from '../protected/Protected';
import { formatIdentityNumber } from './formatIdentityNumber';
import type { IdentityNumber, IdentityNumberKind } from './IdentityNumber';
import { type IdentityErrorCode, parseIdentityNumber } from './parseIdentityNumber';

declare const asOf: DateOnly;
declare const id: IdentityNumber;

describe('identity number types', () => {
  it('parses to a Result of an IdentityNumber or a typed error', () => {
    expectTypeOf(parseIdentityNumber('x', { asOf })).toEqualTypeOf<
      Result<IdentityNumber, StadigError<IdentityErrorCode>>
    >();
    expectTypeOf<IdentityNumberKind>().toEqualTypeOf<'personnummer' | 'samordningsnummer'>();
  });

  it('keeps the number and the birth date protected, not strings', () => {
    expectTypeOf(id.value).toEqualTypeOf<Protected<string>>();
    expectTypeOf(id.birthDate).toEqualTypeOf<Protected<DateOnly>>();
    expectTypeOf(id.value).not.toMatchTypeOf<string>();
  });

  it('needs asOf for the ten-digit form only', () => {
    expectTypeOf(formatIdentityNumber(id, { style: 'twelve' })).toEqualTypeOf<string>();
    // @ts-expect-error the ten-digit form depends on asOf
    formatIdentityNumber(id, { style: 'ten' });
  });

  it('needs asOf to parse', () => {
    // @ts-expect-error the century and the age depend on asOf
    parseIdentityNumber('x', {});
  });
});
