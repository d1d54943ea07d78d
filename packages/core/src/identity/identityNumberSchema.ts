import * as z from 'zod/mini';

/** @internal The written shape: optional century, `YYMMDD`, optional `-`/`+`, birth number, check digit. */
export const IDENTITY_NUMBER_PATTERN = /^(\d{2})?(\d{2})(\d{2})(\d{2})([-+]?)(\d{3})(\d)$/;

/** @internal An interim number: the identity number's shape with a letter first among the last four. */
export const INTERIM_NUMBER_PATTERN = /^(?:\d{2})?\d{6}[-+]?[A-Z]\d{3}$/i;

/**
 * The zod schema of the written shape of a Swedish personal identity number or
 * coordination number: 10 or 12 digits, with or without a `-` or `+` before the
 * last four (`YYMMDD-NNNN`, `YYMMDD+NNNN`, `YYYYMMDDNNNN`, `YYYYMMDD-NNNN`). In
 * JSON Schema it is a string with that `pattern`.
 *
 * It checks the shape only: whether the date exists, the check digit matches and
 * the number is plausible depends on the date the check is made for, so use
 * {@link parseIdentityNumber} with an `asOf` to get an {@link IdentityNumber}.
 * The schema's output is a plain string: treat it as personal data.
 *
 * @example
 * ```ts
 * identityNumberSchema.safeParse('123456+7890').success;
 * //=> true
 * identityNumberSchema.safeParse('12-12-12').success;
 * //=> false
 * ```
 */
export const identityNumberSchema = /* @__PURE__ */ (() =>
  z.string().check(
    z.regex(IDENTITY_NUMBER_PATTERN),
    z.meta({
      description:
        'Swedish personal identity number or coordination number: YYMMDD-NNNN, YYMMDD+NNNN or YYYYMMDDNNNN',
    }),
  ))();
