import { inspect } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type DateOnly, daysInMonth } from '../dates/DateOnly';
import { reveal } from '../protected/reveal';
import { arbIdentityNumberText, arbInvalidIdentityNumberText } from '../testing/identity';
import { parseIdentityNumber } from './parseIdentityNumber';

const pad = (n: number, width: number) => String(n).padStart(width, '0');
const arbAsOf: fc.Arbitrary<DateOnly> = fc
  .record({ year: fc.integer({ min: 1900, max: 2200 }), month: fc.integer({ min: 1, max: 12 }) })
  .chain(({ year, month }) =>
    fc
      .integer({ min: 1, max: daysInMonth(year, month) })
      .map((day) => `${year}-${pad(month, 2)}-${pad(day, 2)}` as DateOnly),
  );
const withAsOf = <T>(f: (asOf: DateOnly) => fc.Arbitrary<T>) =>
  arbAsOf.chain((asOf) => f(asOf).map((value) => ({ asOf, value })));
const digitIndexes = (text: string) => [...text].flatMap((c, i) => (/\d/.test(c) ? [i] : []));

describe('properties', () => {
  it('every valid generated identity number parses, as the kind it was generated as', () => {
    const kinds = ['personnummer', 'samordningsnummer'] as const;
    fc.assert(
      fc.property(
        fc
          .constantFrom(...kinds)
          .chain((kind) =>
            withAsOf((asOf) => arbIdentityNumberText({ asOf, kind })).map((g) => ({ ...g, kind })),
          ),
        ({ asOf, value, kind }) => {
          expect(parseIdentityNumber(value, { asOf })._unsafeUnwrap().kind).toBe(kind);
        },
      ),
    );
  });

  it('the 10-digit and 12-digit forms of the same number parse to the same value and birth date', () => {
    fc.assert(
      fc.property(
        withAsOf((asOf) => arbIdentityNumberText({ asOf, form: 'twelve-with-hyphen' })),
        ({ asOf, value }) => {
          const separator = Number(asOf.slice(0, 4)) - Number(value.slice(0, 4)) >= 100 ? '+' : '-';
          const long = parseIdentityNumber(value, { asOf })._unsafeUnwrap();
          const short = parseIdentityNumber(`${value.slice(2, 8)}${separator}${value.slice(9)}`, {
            asOf,
          })._unsafeUnwrap();
          expect(reveal(short.value)).toBe(reveal(long.value));
          expect(reveal(short.birthDate)).toBe(reveal(long.birthDate));
          expect(reveal(long.value)).toBe(value);
        },
      ),
    );
  });

  // The check digit covers the ten digits YYMMDDNNNC only: the century digits of the
  // 12-digit form are outside the Luhn sum, so the law is stated over those ten. A changed
  // century is caught only by the date and plausibility checks, and not always
  // (a person born in 2010 could as well be 116 years old, born in 1910).
  it('changing any one of the ten digits covered by the check digit to another digit is rejected', () => {
    fc.assert(
      fc.property(
        withAsOf((asOf) => arbIdentityNumberText({ asOf })),
        fc.nat(),
        fc.integer({ min: 1, max: 9 }),
        ({ asOf, value }, pick, shift) => {
          const indexes = digitIndexes(value);
          const covered = indexes.length === 12 ? indexes.slice(2) : indexes;
          expect(covered).toHaveLength(10);
          const at = covered[pick % covered.length] ?? 0;
          const changed = `${value.slice(0, at)}${(Number(value[at]) + shift) % 10}${value.slice(at + 1)}`;
          expect(parseIdentityNumber(changed, { asOf }).isErr()).toBe(true);
        },
      ),
    );
  });

  it('every generated invalid identity number text is rejected', () => {
    fc.assert(
      fc.property(
        withAsOf((asOf) => arbInvalidIdentityNumberText({ asOf })),
        ({ asOf, value }) => {
          expect(parseIdentityNumber(value, { asOf }).isErr()).toBe(true);
        },
      ),
    );
  });

  it('parseIdentityNumber never throws, whatever the input', () => {
    fc.assert(
      fc.property(fc.anything(), arbAsOf, (input, asOf) => {
        expect(() => parseIdentityNumber(input, { asOf })).not.toThrow();
      }),
    );
  });

  it('no result, error message or parameter contains a run of 6 or more digits (so none from the input)', () => {
    const digitsAndSeparators = fc.string({
      unit: fc.constantFrom(...'0123456789-+ T'),
      maxLength: 16,
    });
    const input = withAsOf((asOf) =>
      fc.oneof(
        arbIdentityNumberText({ asOf }),
        arbInvalidIdentityNumberText({ asOf }),
        digitsAndSeparators,
        fc.string(),
      ),
    );
    fc.assert(
      fc.property(input, ({ asOf, value }) => {
        const result = parseIdentityNumber(value, { asOf });
        const shown = [
          JSON.stringify(result),
          inspect(result, { depth: 10, showHidden: true }),
          ...(result.isErr() ? [result.error.message.sv, result.error.message.en] : []),
        ].join('\n');
        for (const run of value.match(/\d{6,}/g) ?? []) {
          for (let i = 0; i + 6 <= run.length; i++)
            expect(shown).not.toContain(run.slice(i, i + 6));
        }
        expect(shown).not.toMatch(/\d{6}/);
      }),
    );
  });
});
