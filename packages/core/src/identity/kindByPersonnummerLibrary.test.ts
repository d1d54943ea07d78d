import fc from 'fast-check';
import Personnummer from 'personnummer';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { DateOnly } from '../dates/DateOnly';
import { kindByPersonnummerLibrary } from './kindByPersonnummerLibrary';
import { luhnCheckDigit } from './luhnCheckDigit';
import { parseIdentityNumber } from './parseIdentityNumber';

const asOf = '2026-11-21' as DateOnly;
const pad = (n: number, width: number) => String(n).padStart(width, '0');
const withCheck = (nine: string) => `${nine}${luhnCheckDigit(nine)}`;

afterEach(() => {
  vi.restoreAllMocks();
});

describe('kindByPersonnummerLibrary', () => {
  it('reads the kind from the library, and undefined for what it rejects', () => {
    expect(kindByPersonnummerLibrary(`19${withCheck('811218123')}`)).toBe('personnummer');
    expect(kindByPersonnummerLibrary(`19${withCheck('811278123')}`)).toBe('samordningsnummer');
    expect(kindByPersonnummerLibrary(`19${withCheck('811318123')}`)).toBeUndefined();
  });

  it('turns the library throwing on anything into identity.rejected, never an exception', () => {
    // The library throws (without a reason) on every number it rejects.
    vi.spyOn(Personnummer, 'parse').mockImplementation(() => {
      throw new Error('Invalid swedish personal identity number');
    });
    const result = parseIdentityNumber(withCheck('811218123'), { asOf });
    expect(result._unsafeUnwrapErr().code).toBe('identity.rejected');
  });
});

describe('properties', () => {
  it('date and check-digit errors are exactly what the personnummer library rejects (birth number 000 aside)', () => {
    const twelveDigits = fc
      .record({
        century: fc.constantFrom('18', '19', '20'),
        yy: fc.integer({ min: 0, max: 99 }),
        month: fc.integer({ min: 0, max: 13 }),
        day: fc.integer({ min: 0, max: 95 }),
        serial: fc.integer({ min: 1, max: 999 }),
        check: fc.option(fc.integer({ min: 0, max: 9 })),
      })
      .map(({ century, yy, month, day, serial, check }) => {
        const nine = `${pad(yy, 2)}${pad(month, 2)}${pad(day, 2)}${pad(serial, 3)}`;
        return `${century}${nine}${check ?? luhnCheckDigit(nine)}`;
      });
    fc.assert(
      fc.property(twelveDigits, (text) => {
        const result = parseIdentityNumber(text, { asOf });
        const code = result.isErr() ? result.error.code : 'ok';
        const ourInvalid =
          code === 'identity.date-does-not-exist' || code === 'identity.checksum-mismatch';
        expect(ourInvalid).toBe(!Personnummer.valid(text));
        if (result.isOk()) expect(Personnummer.valid(text)).toBe(true);
      }),
    );
  });
});
