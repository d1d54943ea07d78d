import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbDateOnly } from '../testing/dates';
import { addDays } from './addDays';
import { addYears } from './addYears';
import { ageAt } from './ageAt';
import type { DateOnly } from './DateOnly';
import { parseDateOnly } from './parseDateOnly';

const d = (text: string) => parseDateOnly(text)._unsafeUnwrap();
const age = (birth: string, asOf: string) => ageAt(d(birth), d(asOf))._unsafeUnwrap();

describe('ageAt', () => {
  it('counts whole years, turning a year older on the birthday', () => {
    expect(age('2008-06-15', '2026-06-14')).toBe(17);
    expect(age('2008-06-15', '2026-06-15')).toBe(18);
    expect(age('2026-06-15', '2026-06-15')).toBe(0);
  });

  it('born on 29 February, turns a year older on 28 February in common years (lag 1930:173, 1 §)', () => {
    expect(age('2008-02-29', '2009-02-27')).toBe(0);
    expect(age('2008-02-29', '2009-02-28')).toBe(1);
    expect(age('2008-02-29', '2026-02-28')).toBe(18);
    expect(age('2008-02-29', '2012-02-28')).toBe(3);
    expect(age('2008-02-29', '2012-02-29')).toBe(4);
  });

  it('is an error when the birth date is after asOf, without repeating it', () => {
    const error = ageAt(d('2030-01-01'), d('2026-01-01'))._unsafeUnwrapErr();
    expect(error.code).toBe('date.birth-after-as-of');
    expect(error.path).toEqual(['birthDate']);
    expect(JSON.stringify(error)).not.toContain('2030');
    expect(ageAt('x' as DateOnly, d('2026-01-01'))._unsafeUnwrapErr().code).toBe(
      'date.invalid-format',
    );
  });
});

describe('properties', () => {
  it('the age on the n-th birthday is n, and one day earlier n − 1', () => {
    fc.assert(
      fc.property(
        arbDateOnly({ max: d('2899-12-31') }),
        fc.integer({ min: 1, max: 100 }),
        (birth, n) => {
          const birthday = addYears(birth, n)._unsafeUnwrap();
          expect(ageAt(birth, birthday)._unsafeUnwrap()).toBe(n);
          const eve = addDays(birthday, -1).andThen((day) => ageAt(birth, day));
          expect(eve._unsafeUnwrap()).toBe(n - 1);
        },
      ),
    );
  });

  it('ageAt never throws for any input', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (a, b) => {
        ageAt(a as DateOnly, b as DateOnly);
      }),
    );
  });
});
