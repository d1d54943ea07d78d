import { mulberry32 } from './mulberry32';

/**
 * Helpers over a seeded generator: integers, picks, weighted picks and chances.
 *
 * @example
 * ```ts
 * const random: Random = createRandom(1);
 * ```
 */
export interface Random {
  readonly int: (min: number, max: number) => number;
  readonly pick: <T>(items: readonly [T, ...T[]]) => T;
  readonly weighted: <K extends string>(weights: Readonly<Record<K, number>>) => K;
  readonly chance: (p: number) => boolean;
}

/**
 * A {@link Random} over mulberry32 with the given seed.
 *
 * @param seed - any integer
 * @returns the helpers
 *
 * @example
 * ```ts
 * createRandom(7).int(1, 6) === createRandom(7).int(1, 6);
 * //=> true
 * ```
 */
export function createRandom(seed: number): Random {
  const next = mulberry32(seed);
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  return {
    int,
    pick: (items) => items[int(0, items.length - 1)] ?? items[0],
    weighted: <K extends string>(weights: Readonly<Record<K, number>>): K => {
      const entries = Object.entries(weights) as [K, number][];
      let roll = next() * entries.reduce((sum, [, w]) => sum + w, 0);
      for (const [key, weight] of entries) {
        roll -= weight;
        if (roll < 0) return key;
      }
      return (entries[entries.length - 1] as [K, number])[0];
    },
    chance: (p) => next() < p,
  };
}
