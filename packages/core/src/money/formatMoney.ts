import type { Money } from './Money';

/**
 * Options for {@link formatMoney}.
 *
 * @example
 * ```ts
 * const options: FormatMoneyOptions = { decimals: 2, unit: 'none' };
 * ```
 */
export interface FormatMoneyOptions {
  /**
   * `'auto'` (default): öre shown (`,50`) only when they are not zero; `2`: always two
   * decimals; `0`: whole kronor, rounded half away from zero (`0,50` → `1`).
   */
  readonly decimals?: 'auto' | 0 | 2;
  /** `'kr'` (default): a no-break space and `kr` after the number; `'none'`: the number alone. */
  readonly unit?: 'kr' | 'none';
}

const NBSP = '\u00A0';

/**
 * Formats an amount the way Swedish text writes it (as `Intl` does for sv-SE, but
 * with an ASCII `-` for negatives): thousands grouped with a no-break space (U+00A0),
 * a decimal comma, and a no-break space before `kr`. With the default options (or
 * `decimals: 2`) {@link parseMoney} reads the result back to the same amount.
 *
 * Unknown option values fall back to the defaults. A value that is not a `Money`
 * (possible only by bypassing the type) is shown as `–`, never as a wrong amount.
 * Never throws.
 *
 * @param m - the amount in öre
 * @param options - decimals and unit
 * @returns the text, such as `1 234,50 kr` (with no-break spaces)
 *
 * @example
 * ```ts
 * formatMoney(123450 as Money).replace(/\u00A0/g, ' ');
 * //=> '1 234,50 kr'
 * formatMoney(-100000 as Money, { unit: 'none' }).replace(/\u00A0/g, ' ');
 * //=> '-1 000'
 * ```
 */
export function formatMoney(m: Money, options: FormatMoneyOptions = {}): string {
  if (!Number.isSafeInteger(m)) return '–';
  const decimals = options?.decimals === 0 || options?.decimals === 2 ? options.decimals : 'auto';
  const unit = options?.unit === 'none' ? '' : `${NBSP}kr`;
  const abs = Math.abs(m);
  const ore = abs % 100;
  const kronor = (abs - ore) / 100;
  const shownKronor = decimals === 0 && ore >= 50 ? kronor + 1 : kronor;
  const showOre = decimals === 2 || (decimals === 'auto' && ore !== 0);
  const fraction = showOre ? `,${String(ore).padStart(2, '0')}` : '';
  const isZero = shownKronor === 0 && (!showOre || ore === 0);
  const sign = m < 0 && !isZero ? '-' : '';
  const grouped = String(shownKronor).replace(/\B(?=(\d{3})+(?!\d))/g, NBSP);
  return `${sign}${grouped}${fraction}${unit}`;
}
