import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { enumerableKeyCount } from './enumerableKeyCount';
import { isPlainObject } from './isPlainObject';

describe('isPlainObject', () => {
  it('accepts literals, JSON and null-prototype objects only', () => {
    const plain = [{}, JSON.parse('{"a":[1]}'), Object.create(null)];
    expect(plain.map(isPlainObject)).toEqual([true, true, true]);
    const other = [[], new Date(0), new Map(), null, 'x', 1, () => 1, new (class A {})()];
    expect(other.map(isPlainObject)).toEqual(other.map(() => false));
  });
});

describe('properties', () => {
  it('enumerableKeyCount equals Object.keys(…).length for any plain object', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.anything()), (value) => {
        expect(enumerableKeyCount(value)).toBe(Object.keys(value).length);
      }),
    );
  });
});
