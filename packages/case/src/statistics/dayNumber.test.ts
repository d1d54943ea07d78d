import { type DateOnly, daysBetween } from '@stadig/core';
import { arbDateOnly } from '@stadig/core/testing';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayNumber } from './dayNumber';

describe('dayNumber', () => {
  it('counts days from 1970-01-01, across leap days and centuries', () => {
    expect(dayNumber('1970-01-01')).toBe(0);
    expect(dayNumber('1969-12-31')).toBe(-1);
    expect(dayNumber('2000-03-01') - dayNumber('2000-02-28')).toBe(2);
    expect(dayNumber('1900-03-01') - dayNumber('1900-02-28')).toBe(1);
  });

  it('is NaN for what is not a real date', () => {
    for (const v of ['2023-02-29', '2024-13-01', 'x', '', null, 20240101]) {
      expect(dayNumber(v)).toBeNaN();
    }
  });

  describe('properties', () => {
    it('differences of day numbers equal daysBetween', () => {
      fc.assert(
        fc.property(arbDateOnly(), arbDateOnly(), (a: DateOnly, b: DateOnly) => {
          expect(dayNumber(b) - dayNumber(a)).toBe(daysBetween(a, b));
        }),
      );
    });
  });
});
