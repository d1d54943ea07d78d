import type { Random } from './Random';

const syllables = ['ka', 'lo', 'mi', 'ra', 'te', 'su', 'vi', 'no', 'be', 'la'] as const;

/**
 * A clearly fake name built from short syllables, with the surname `Testperson…`.
 *
 * @param random - the seeded generator
 * @returns a name such as `'Kalomi Testpersonrate'`
 *
 * @example
 * ```ts
 * syntheticName(createRandom(1)).includes('Testperson');
 * //=> true
 * ```
 */
export function syntheticName(random: Random): string {
  const word = (n: number) => Array.from({ length: n }, () => random.pick(syllables)).join('');
  const given = word(random.int(2, 3));
  return `${given.charAt(0).toUpperCase()}${given.slice(1)} Testperson${word(2)}`;
}
