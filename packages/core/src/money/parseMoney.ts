import type { Result } from 'neverthrow';
import { err, ok } from 'neverthrow';
import { createErrorFactory } from '../errors/createErrorFactory';
import type { ErrorPath, StadigError } from '../errors/StadigError';
import { MAX_ORE, type Money } from './Money';
import { moneyMessages } from './messages';

const moneyError = createErrorFactory(moneyMessages);

/**
 * The codes {@link parseMoney} can return.
 *
 * @example
 * ```ts
 * const code: MoneyParseErrorCode = 'money.ambiguous-separator';
 * ```
 */
export type MoneyParseErrorCode =
  | 'money.not-a-string'
  | 'money.empty'
  | 'money.invalid-format'
  | 'money.ambiguous-separator'
  | 'money.too-many-decimals'
  | 'money.out-of-range';

/** Sign, optional `SEK` before, the number, optional unit after (`kr`, `kronor`, `SEK`, `:-`, `,-`). */
const SHAPE = /^([-+]?) ?(?:(SEK) ?)?([-+]?) ?(\d[\d .,]*?) ?(kr\.?|kronor|SEK|:-|,-)?$/i;
const GROUPED = /^(?:\d+|\d{1,3}(?: \d{3})+|\d{1,3}(?:\.\d{3})+)$/;
const DOT_GROUPED = /^\d{1,3}(?:\.\d{3})+$/;

/**
 * Parses an amount written the Swedish way into {@link Money}: `1 234 567 kr`,
 * `1 234,50`, `21117795`, `-1 234 kr` (also with `−`, U+2212), `1 234:-`, `100,-`,
 * `12,5 kr`, `SEK 100`, `100 SEK`. Thousands may be grouped with a space, a no-break
 * space (U+00A0), a narrow no-break space (U+202F) or dots (`1.234.567,50`); decimals
 * follow a comma. Without a comma, a dot followed by one or two digits is a decimal
 * point (`1234.50`), while a lone dot followed by three digits (`1.234`) is ambiguous
 * and rejected. Never throws, and no error repeats the text.
 *
 * @param text - anything; only a string can be an amount
 * @param path - where the value sits in a larger input, for the error
 * @returns the amount in öre, or an error saying what is wrong
 *
 * @example
 * ```ts
 * parseMoney('1 234,50 kr')._unsafeUnwrap();
 * //=> 123450
 * parseMoney('1.234')._unsafeUnwrapErr().code;
 * //=> 'money.ambiguous-separator'
 * ```
 */
export function parseMoney(
  text: unknown,
  path: ErrorPath = [],
): Result<Money, StadigError<MoneyParseErrorCode>> {
  if (typeof text !== 'string') return err(moneyError('money.not-a-string', {}, path));
  const normalized = text
    .replace(/\u2212/g, '-')
    .replace(/[\u00A0\u202F\u2009]/g, ' ')
    .trim();
  if (normalized === '') return err(moneyError('money.empty', {}, path));
  const shape = SHAPE.exec(normalized);
  const [, sign1 = '', prefix, sign2 = '', number = '', suffix] = shape ?? [];
  if (shape === null || (sign1 !== '' && sign2 !== '') || (prefix && suffix)) {
    return err(moneyError('money.invalid-format', {}, path));
  }
  const parts = splitNumber(number);
  if (typeof parts === 'string') return err(moneyError(parts, {}, path));
  const [whole, fraction] = parts;
  if (fraction.length > 2)
    return err(moneyError('money.too-many-decimals', { maxDecimals: 2 }, path));
  const digits = whole.replace(/[ .]/g, '').replace(/^0+(?=\d)/, '');
  if (digits.length > 16) return err(moneyError('money.out-of-range', {}, path));
  const ore = BigInt(digits) * 100n + BigInt(fraction.padEnd(2, '0'));
  if (ore > MAX_ORE) return err(moneyError('money.out-of-range', {}, path));
  const negative = (sign1 || sign2) === '-' && ore !== 0n;
  return ok(Number(negative ? -ore : ore) as Money);
}

/** Splits the number into its (still grouped) whole part and its decimal digits. */
function splitNumber(
  number: string,
): readonly [string, string] | 'money.invalid-format' | 'money.ambiguous-separator' {
  const commas = number.split(',');
  const dots = number.split('.').length - 1;
  let whole: string;
  let fraction: string;
  if (commas.length > 2) return 'money.invalid-format';
  if (commas.length === 2) {
    [whole = '', fraction = ''] = commas;
    if (fraction === '') return 'money.invalid-format';
  } else if (dots === 1 && !DOT_GROUPED.test(number.replace(/ /g, 'x'))) {
    [whole = '', fraction = ''] = number.split('.');
  } else if (dots === 1) {
    return 'money.ambiguous-separator';
  } else {
    [whole, fraction] = [number, ''];
  }
  if (!/^\d*$/.test(fraction) || !GROUPED.test(whole)) return 'money.invalid-format';
  return [whole, fraction];
}
