import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SeenIds } from './SeenIds';

describe('SeenIds', () => {
  it('answers 0 for a new id and the first row for one seen before', () => {
    const seen = new SeenIds();
    expect([seen.add('case-1', 2), seen.add('case-2', 3), seen.add('case-1', 4)]).toEqual([
      0, 0, 2,
    ]);
    expect(seen.add('', 5)).toBe(0);
    expect(seen.add('', 6)).toBe(5);
  });

  it('agrees with a map of the ids, also after the table has grown many times', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.string({ maxLength: 3 }), fc.string({ unit: 'binary' })), {
          maxLength: 300,
        }),
        (ids) => {
          const seen = new SeenIds();
          const first = new Map<string, number>();
          ids.forEach((id, i) => {
            const row = i + 2;
            expect(seen.add(id, row)).toBe(first.get(id) ?? 0);
            if (!first.has(id)) first.set(id, row);
          });
        },
      ),
    );
    const seen = new SeenIds();
    for (let i = 0; i < 100_000; i++) expect(seen.add(`case-${i}`, i + 2)).toBe(0);
    for (let i = 0; i < 100_000; i += 997) expect(seen.add(`case-${i}`, 1)).toBe(i + 2);
  });
});
