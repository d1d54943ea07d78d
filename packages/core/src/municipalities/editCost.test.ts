import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { editCost } from './editCost';
import { foldDiacritics } from './foldDiacritics';

const cost = (a: string, b: string, limit = 40) =>
  editCost(a, foldDiacritics(a), b, foldDiacritics(b), limit);

/** The textbook full-matrix weighted OSA distance, without band or early exit. */
function reference(a: string, b: string): number {
  const [fa, fb] = [foldDiacritics(a), foldDiacritics(b)];
  const d = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j * 2 : j === 0 ? i * 2 : 0)),
  );
  const at = (i: number, j: number) => d[i]?.[j] ?? Number.POSITIVE_INFINITY;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const sub = a[i - 1] === b[j - 1] ? 0 : fa[i - 1] === fb[j - 1] ? 1 : 2;
      let v = Math.min(at(i - 1, j) + 2, at(i, j - 1) + 2, at(i - 1, j - 1) + sub);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        v = Math.min(v, at(i - 2, j - 2) + 2);
      }
      const row = d[i];
      if (row !== undefined) row[j] = v;
    }
  }
  return at(a.length, b.length);
}

describe('editCost', () => {
  it('counts letters as 2, diacritics as 1, a swap of neighbours as 2', () => {
    expect(cost('norrälje', 'norrtälje')).toBe(2);
    expect(cost('malmo', 'malmö')).toBe(1);
    expect(cost('vasteras', 'västerås')).toBe(2);
    expect(cost('götebrog', 'göteborg')).toBe(2);
    expect(cost('', 'hjo')).toBe(6);
    expect(cost('falun', 'falun')).toBe(0);
  });

  it('stops at the limit, answering limit + 1', () => {
    expect(cost('stockholm', 'göteborg', 4)).toBe(5);
    expect(cost('a', 'abcdef', 4)).toBe(5);
  });
});

describe('properties', () => {
  const name = fc.string({ unit: fc.constantFrom(...'aäåoöeélmnrs '), maxLength: 10 });

  it('equals the full-matrix distance, capped at limit + 1', () => {
    fc.assert(
      fc.property(name, name, fc.integer({ min: 0, max: 8 }), (a, b, limit) => {
        expect(cost(a, b, limit)).toBe(Math.min(reference(a, b), limit + 1));
      }),
      { numRuns: 1000 },
    );
  });

  it('is symmetric and zero only for equal names', () => {
    fc.assert(
      fc.property(name, name, (a, b) => {
        expect(cost(a, b)).toBe(cost(b, a));
        expect(cost(a, b) === 0).toBe(a === b);
      }),
    );
  });
});
