import fc from 'fast-check';
import type { AddressInput } from '../solution/housingSolutionSchema';

/**
 * Addresses as people give them: text such as `Lindgatan 12 B`, or
 * `{ street, postalCode?, city? }`. Every street ends in `gatan` and has a capitalised
 * made-up name, so a test can search output for it without false hits.
 *
 * @returns an arbitrary of addresses, with the street text to search for
 *
 * @example
 * ```ts
 * fc.assert(fc.property(arbAddress(), ({ street }) => street.includes('gatan')));
 * ```
 */
export function arbAddress(): fc.Arbitrary<{
  readonly address: AddressInput;
  readonly street: string;
}> {
  const street = fc
    .tuple(fc.stringMatching(/^[A-ZÅÄÖ][a-zåäö]{4,9}$/), fc.integer({ min: 1, max: 199 }))
    .map(([name, number]) => `${name}gatan ${number}`);
  return fc
    .tuple(street, fc.boolean(), fc.stringMatching(/^\d{3} \d{2}$/))
    .map(([s, asText, zip]) => ({
      address: asText ? `${s}, ${zip} Ort` : { street: s, postalCode: zip, city: 'Ort' },
      street: s,
    }));
}
