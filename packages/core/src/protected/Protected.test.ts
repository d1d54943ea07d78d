import { inspect } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isProtected } from './isProtected';
import type { ProtectedKind } from './Protected';
import { protect } from './protect';
import { reveal } from './reveal';

const kinds: ProtectedKind[] = [
  'name',
  'identity-number',
  'birth-date',
  'address',
  'contact',
  'free-text',
  'location',
  'other',
];

describe('Protected', () => {
  it('prints as redacted in every common way', () => {
    const name = protect('Alva Exempel', 'name');
    expect(JSON.stringify({ name })).toBe('{"name":"[protected:name]"}');
    expect(String(name)).toBe('[protected:name]');
    expect(`${name}`).toBe('[protected:name]');
    expect(`x${name}`).toBe('x[protected:name]');
    expect(inspect({ name })).toBe('{ name: [protected:name] }');
  });

  it('is revealed only by reveal()', () => {
    const address = protect({ street: 'Storgatan 1', postalCode: '111 22' }, 'address');
    expect(reveal(address)).toEqual({ street: 'Storgatan 1', postalCode: '111 22' });
    expect(Object.values(address)).toEqual(['address']);
    expect({ ...address }).toEqual({ kind: 'address' });
    expect(structuredClone(address)).toEqual({ kind: 'address' });
  });

  it('throws a programmer error when revealing something that was never protected', () => {
    expect(() => reveal({ kind: 'name' } as never)).toThrow(TypeError);
  });

  it('is recognised by isProtected', () => {
    expect(isProtected(protect(1, 'other'))).toBe(true);
    expect(isProtected({ kind: 'name' })).toBe(false);
    expect(isProtected(null)).toBe(false);
  });
});

describe('properties', () => {
  const secret = fc
    .string({ minLength: 8 })
    .filter((s) => !/protected|kind/.test(s) && s.trim().length >= 8);
  const holder = (value: unknown) =>
    fc.oneof(
      fc.constant(value),
      fc.constant({ nested: { deeper: [1, value] } }),
      fc.constant([value, value]),
      fc.constant(new Map([['k', value]])),
      fc.constant({ error: new Error('failed'), value }),
    );

  it('a protected string never appears in JSON.stringify, String or inspect of any structure holding it', () => {
    fc.assert(
      fc.property(secret, fc.constantFrom(...kinds), (text, kind) => {
        const p = protect(text, kind);
        fc.assert(
          fc.property(holder(p), (structure) => {
            expect(JSON.stringify(structure) ?? '').not.toContain(
              JSON.stringify(text).slice(1, -1),
            );
            expect(String(structure)).not.toContain(text);
            expect(`${p} ${[p, p]}`).not.toContain(text);
            expect(inspect(structure, { depth: 10, showHidden: true })).not.toContain(text);
          }),
          { numRuns: 5 },
        );
      }),
    );
  });

  it('reveal(protect(x)) is x for any value', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => Object.is(reveal(protect(value, 'other')), value)),
    );
  });
});
