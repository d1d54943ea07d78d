import type { DateOnly } from '../dates/DateOnly';
import { reveal } from '../protected/reveal';
import type { IdentityNumber } from './IdentityNumber';

/**
 * How {@link formatIdentityNumber} writes a number: `twelve` as `YYYYMMDD-NNNN`
 * (the form to store and send between systems), `ten` as `YYMMDD-NNNN`, or
 * `YYMMDD+NNNN` from the calendar year of `asOf` in which the person turns 100 (the
 * form printed on Skatteverket's certificates). The ten-digit form needs `asOf`.
 *
 * @example
 * ```ts
 * const options: FormatIdentityNumberOptions = { style: 'ten', asOf };
 * ```
 */
export type FormatIdentityNumberOptions =
  | { readonly style: 'twelve'; readonly asOf?: DateOnly }
  | { readonly style: 'ten'; readonly asOf: DateOnly };

/**
 * Writes out an identity number. **This reveals the number**: call it only where
 * the number itself must be shown or sent and there is a legal ground for it (a
 * decision, a register extract, a message to another authority that has a right
 * to it). Never call it to log, to debug or to build an error message.
 *
 * The ten-digit form written with the same `asOf` parses back to the same number
 * (within the {@link IDENTITY_NUMBER_MAX_AGE} limit); written with a later `asOf`
 * it may not, since the separator is decided by the year of `asOf`.
 *
 * @param id - a number from {@link parseIdentityNumber}
 * @param options - the style, and `asOf` for the ten-digit form
 * @returns the number in clear text
 *
 * @example
 * ```ts
 * const id = parseIdentityNumber(formText, { asOf })._unsafeUnwrap();
 * formatIdentityNumber(id, { style: 'twelve' });
 * //=> 'YYYYMMDD-NNNN', the twelve-digit form
 * formatIdentityNumber(id, { style: 'ten', asOf });
 * //=> 'YYMMDD-NNNN', or 'YYMMDD+NNNN' from the year the person turns 100
 * ```
 */
export function formatIdentityNumber(
  id: IdentityNumber,
  options: FormatIdentityNumberOptions,
): string {
  const twelve = reveal(id.value);
  if (options.style === 'twelve') return twelve;
  const turns100 = Number(options.asOf.slice(0, 4)) - Number(twelve.slice(0, 4)) >= 100;
  return `${twelve.slice(2, 8)}${turns100 ? '+' : '-'}${twelve.slice(9)}`;
}
