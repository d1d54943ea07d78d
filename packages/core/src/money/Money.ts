import * as z from 'zod/mini';

/**
 * The zod schema of {@link Money}: a safe integer number of öre (1 krona = 100 öre).
 * In JSON it is an integer; negative zero becomes 0.
 *
 * @example
 * ```ts
 * moneySchema.safeParse(1999).success;
 * //=> true
 * moneySchema.safeParse(19.99).success;
 * //=> false
 * ```
 */
export const moneySchema = /* @__PURE__ */ (() =>
  z
    .int()
    .check(
      z.overwrite((ore) => (ore === 0 ? 0 : ore)),
      z.meta({ description: 'An amount of money in whole öre (1 krona = 100 öre)' }),
    )
    .brand<'Money'>())();

/**
 * An amount of money in whole öre, as a safe integer (`Number.isSafeInteger`).
 * Branded: obtain one from {@link toMoney}, {@link moneyFromKronor}, {@link parseMoney}
 * or {@link moneySchema}, so every `Money` in a program is exact.
 *
 * @example
 * ```ts
 * const rent: Money = moneyFromKronor(8450)._unsafeUnwrap();
 * rent;
 * //=> 845000
 * ```
 */
export type Money = z.output<typeof moneySchema>;

/** @internal The largest amount in öre, as a BigInt, for exact range checks. */
export const MAX_ORE = /* @__PURE__ */ BigInt(Number.MAX_SAFE_INTEGER);
