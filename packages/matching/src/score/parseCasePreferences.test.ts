import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCasePreferences } from './parseCasePreferences';

describe('parseCasePreferences', () => {
  it('takes municipalities, counties and what to live near', () => {
    const read = parseCasePreferences({
      municipalities: ['1480', '2080'],
      counties: ['14'],
      near: ['school', 'support'],
    });
    expect(read._unsafeUnwrap()).toEqual({
      municipalities: ['1480', '2080'],
      counties: ['14'],
      near: ['school', 'support'],
    });
    expect(parseCasePreferences({})._unsafeUnwrap()).toEqual({});
  });

  it('lists every problem by path, under the path it is given', () => {
    const errors = parseCasePreferences(
      { municipalities: ['9999'], counties: ['99'], near: ['beach'], extra: true },
      ['preferences'],
    )._unsafeUnwrapErr();
    expect(errors.map((e) => e.path)).toEqual(
      expect.arrayContaining([
        ['preferences', 'municipalities', 0],
        ['preferences', 'counties', 0],
        ['preferences', 'near', 0],
      ]),
    );
    for (const e of errors) {
      expect(e.message.sv.length).toBeGreaterThan(0);
      expect(e.message.en.length).toBeGreaterThan(0);
      expect(Object.isFrozen(e)).toBe(true);
    }
  });

  it('refuses what is not an object of wishes', () => {
    for (const input of [null, undefined, 'Falun', 42, [], { near: 'school' }]) {
      expect(parseCasePreferences(input).isErr()).toBe(true);
    }
  });
});

describe('properties', () => {
  it('parseCasePreferences never throws, on any input', () => {
    fc.assert(
      fc.property(fc.anything(), (x) => {
        const read = parseCasePreferences(x);
        return read.isOk() || read.isErr();
      }),
    );
  });

  it('no error repeats a text from the input', () => {
    const marker = fc.string({ minLength: 4 }).map((s) => `QZX${s}`);
    fc.assert(
      fc.property(marker, (text) => {
        const errors = parseCasePreferences({
          municipalities: [text],
          counties: [text],
          near: [text],
        })._unsafeUnwrapErr();
        return !JSON.stringify(errors).includes(text);
      }),
    );
  });
});
