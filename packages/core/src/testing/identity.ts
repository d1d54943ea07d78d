import fc from 'fast-check';
import { type DateOnly, daysInMonth } from '../dates/DateOnly';
import {
  IDENTITY_NUMBER_MAX_AGE,
  type IdentityNumberKind,
  identityNumberKinds,
} from '../identity/IdentityNumber';
import { luhnCheckDigit } from '../identity/luhnCheckDigit';

/**
 * How a generated identity number is written: `twelve` (`YYYYMMDDNNNN`),
 * `twelve-with-hyphen` (`YYYYMMDD-NNNN`), `ten` (`YYMMDDNNNN`, only for people who
 * turn at most 99 in the year of `asOf`, as without a separator it reads as `-`) or
 * `ten-with-separator` (`YYMMDD-NNNN`, or `YYMMDD+NNNN` from the year the person
 * turns 100).
 *
 * @example
 * ```ts
 * const form: IdentityNumberTextForm = 'ten-with-separator';
 * ```
 */
export type IdentityNumberTextForm = 'twelve' | 'twelve-with-hyphen' | 'ten' | 'ten-with-separator';

/**
 * Options for {@link arbIdentityNumberText}.
 *
 * @example
 * ```ts
 * const options: IdentityNumberTextOptions = { asOf, kind: 'samordningsnummer', form: 'ten' };
 * ```
 */
export interface IdentityNumberTextOptions {
  /** The date the numbers must be valid at: births up to it, at most 130 years back. */
  readonly asOf: DateOnly;
  /** Only this kind; both when absent. */
  readonly kind?: IdentityNumberKind;
  /** Only this form; all four when absent. */
  readonly form?: IdentityNumberTextForm;
}

const forms = ['twelve', 'twelve-with-hyphen', 'ten', 'ten-with-separator'] as const;
const kinds = Object.keys(identityNumberKinds) as IdentityNumberKind[];
const pad = (n: number, width: number) => String(n).padStart(width, '0');

function arbBirthDate(asOf: DateOnly, maxYearsBack: number): fc.Arbitrary<string> {
  const asOfYear = Number(asOf.slice(0, 4));
  return fc
    .record({
      year: fc.integer({ min: Math.max(1800, asOfYear - maxYearsBack), max: asOfYear }),
      month: fc.integer({ min: 1, max: 12 }),
      day: fc.integer({ min: 1, max: 31 }),
    })
    .map(({ year, month, day }) => {
      const date = `${pad(year, 4)}-${pad(month, 2)}-${pad(Math.min(day, daysInMonth(year, month)), 2)}`;
      return date > asOf ? asOf : date;
    });
}

/**
 * Generates valid Swedish identity numbers as text, with the check digit computed:
 * personnummer and samordningsnummer (day plus 60), in 10- and 12-digit forms,
 * born on or before `asOf` and at most {@link IDENTITY_NUMBER_MAX_AGE} years
 * earlier. Each one is accepted by `parseIdentityNumber` with the same `asOf`.
 * The numbers are made up; some may happen to belong to real people, so keep them
 * in tests.
 *
 * @param options - `asOf`, and optionally one kind or one form
 * @returns an arbitrary of identity number strings
 *
 * @example
 * ```ts
 * fc.assert(
 *   fc.property(arbIdentityNumberText({ asOf }), (text) => parseIdentityNumber(text, { asOf }).isOk()),
 * );
 * ```
 */
export function arbIdentityNumberText(options: IdentityNumberTextOptions): fc.Arbitrary<string> {
  const { asOf } = options;
  const asOfYear = Number(asOf.slice(0, 4));
  const form = options.form === undefined ? fc.constantFrom(...forms) : fc.constant(options.form);
  const kind = options.kind === undefined ? fc.constantFrom(...kinds) : fc.constant(options.kind);
  return fc.tuple(form, kind, fc.integer({ min: 1, max: 999 })).chain(([f, k, serial]) =>
    arbBirthDate(asOf, f === 'ten' ? 99 : IDENTITY_NUMBER_MAX_AGE).map((birthDate) => {
      const year = birthDate.slice(0, 4);
      const day = Number(birthDate.slice(8, 10)) + identityNumberKinds[k].dayOffset;
      const checked = `${year.slice(2)}${birthDate.slice(5, 7)}${pad(day, 2)}${pad(serial, 3)}`;
      const tail = `${checked.slice(6)}${luhnCheckDigit(checked)}`;
      const separator = asOfYear - Number(year) >= 100 ? '+' : '-';
      if (f === 'twelve') return `${year.slice(0, 2)}${checked.slice(0, 6)}${tail}`;
      if (f === 'twelve-with-hyphen') return `${year.slice(0, 2)}${checked.slice(0, 6)}-${tail}`;
      if (f === 'ten') return `${checked.slice(0, 6)}${tail}`;
      return `${checked.slice(0, 6)}${separator}${tail}`;
    }),
  );
}

/**
 * Generates text that `parseIdentityNumber` must reject at `asOf`: a wrong check
 * digit, a date that does not exist or lies after `asOf` (with a matching check
 * digit), a letter in place of a digit (interim numbers), the wrong number of
 * digits, or text of another shape.
 *
 * @param options - `asOf`, the date the numbers are checked at
 * @returns an arbitrary of invalid identity number strings
 *
 * @example
 * ```ts
 * fc.assert(
 *   fc.property(arbInvalidIdentityNumberText({ asOf }), (text) => parseIdentityNumber(text, { asOf }).isErr()),
 * );
 * ```
 */
export function arbInvalidIdentityNumberText(options: {
  readonly asOf: DateOnly;
}): fc.Arbitrary<string> {
  const { asOf } = options;
  const asOfYear = Number(asOf.slice(0, 4));
  const digits = (min: number, max: number) =>
    fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: min, maxLength: max });
  const withCheck = (nine: string) => `${nine.slice(0, 6)}-${nine.slice(6)}${luhnCheckDigit(nine)}`;
  const wrongCheckDigit = arbIdentityNumberText({ asOf, form: 'twelve-with-hyphen' }).chain(
    (text) =>
      fc
        .integer({ min: 1, max: 9 })
        .map((shift) => `${text.slice(0, -1)}${(Number(text.slice(-1)) + shift) % 10}`),
  );
  const noSuchDate = fc
    .tuple(
      digits(2, 2),
      fc.constantFrom('1301', '0015', '0230', '0431', '1100', '0192'),
      digits(3, 3),
    )
    .map(([yy, monthDay, serial]) => withCheck(`${yy}${monthDay}${serial}`));
  const afterAsOf = fc
    .tuple(
      fc.integer({ min: asOfYear + 1, max: asOfYear + 50 }),
      fc.integer({ min: 1, max: 12 }),
      fc.integer({ min: 1, max: 28 }),
      fc.integer({ min: 1, max: 999 }),
    )
    .map(([year, month, day, serial]) => {
      const nine = `${pad(year % 100, 2)}${pad(month, 2)}${pad(day, 2)}${pad(serial, 3)}`;
      return `${Math.floor(year / 100)}${withCheck(nine)}`;
    });
  const interim = fc
    .tuple(digits(6, 6), fc.constantFrom(...'TRSUWXJKLMNa'), digits(3, 3))
    .map(([date, letter, rest]) => `${date}-${letter}${rest}`);
  const wrongLength = fc.oneof(digits(0, 9), digits(11, 11), digits(13, 20));
  const otherShape = fc.string().filter((s) => !/^\s*(\d{2})?\d{6}[-+]?\d{4}\s*$/.test(s));
  return fc.oneof(wrongCheckDigit, noSuchDate, afterAsOf, interim, wrongLength, otherShape);
}
