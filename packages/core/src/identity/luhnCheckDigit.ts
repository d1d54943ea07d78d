/**
 * @internal The check digit of a Swedish identity number: the Luhn (modulus 10)
 * digit over the nine digits `YYMMDDNNN`, weighted 2, 1, 2, … from the left, as
 * Skatteverket describes it. The century digits of the twelve-digit form are not
 * part of it.
 *
 * @param digits - the nine digits before the check digit (only `0`–`9`)
 * @returns the check digit, 0 to 9
 *
 * @example
 * ```ts
 * luhnCheckDigit('900101001');
 * //=> 7
 * ```
 */
export function luhnCheckDigit(digits: string): number {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    const product = (digits.charCodeAt(i) - 48) * (i % 2 === 0 ? 2 : 1);
    sum += product > 9 ? product - 9 : product;
  }
  return (10 - (sum % 10)) % 10;
}
