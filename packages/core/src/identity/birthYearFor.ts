/**
 * @internal The full year of birth of a ten-digit identity number: the most recent
 * year not after `asOfYear` that ends in `yy`, and a hundred years earlier when the
 * number is written with `+` (folkbokföringslagen 18 §: the hyphen becomes a plus
 * sign in the year the person turns 100).
 *
 * @param yy - the two year digits, 0 to 99
 * @param separator - the separator written between date and birth number
 * @param asOfYear - the year of the date the check is made for
 * @returns the four-digit year of birth
 *
 * @example
 * ```ts
 * birthYearFor(12, '-', 2026);
 * //=> 2012
 * birthYearFor(30, '-', 2026);
 * //=> 1930
 * birthYearFor(12, '+', 2026);
 * //=> 1912
 * ```
 */
export function birthYearFor(yy: number, separator: '' | '-' | '+', asOfYear: number): number {
  const latest = asOfYear - ((((asOfYear - yy) % 100) + 100) % 100);
  return separator === '+' ? latest - 100 : latest;
}
