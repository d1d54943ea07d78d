import type { LocalizedText } from '@stadig/core';

/**
 * Why a recipient did not use all of its grant: the options of the usage report
 * form, several allowed (seed 004, "En majoritet av medlen användes under
 * bidragsperioden", line 247, and footnote 10, line 259).
 *
 * @example
 * ```ts
 * unusedReasons.time.sv;
 * //=> 'Tidsbrist'
 * ```
 */
export const unusedReasons = /* @__PURE__ */ (() =>
  ({
    time: { sv: 'Tidsbrist', en: 'Lack of time' },
    staff: { sv: 'Personalbrist', en: 'Lack of staff' },
    other: { sv: 'Annan orsak', en: 'Other reason' },
  }) as const satisfies Record<string, LocalizedText>)();

/**
 * A reason for not using everything: `time`, `staff` or `other`.
 *
 * @example
 * ```ts
 * const reason: UnusedReason = 'staff';
 * ```
 */
export type UnusedReason = keyof typeof unusedReasons;

/**
 * Where a recipient stands: `fully-used` (nothing due), `repaying` (unused money still
 * to pay back), `clawback` (a clawback decision, money still to pay back), `repaid`
 * (everything due is paid back).
 *
 * @example
 * ```ts
 * usageStatuses.clawback.en;
 * //=> 'Clawback decided, repayment outstanding'
 * ```
 */
export const usageStatuses = /* @__PURE__ */ (() =>
  ({
    'fully-used': { sv: 'Helt förbrukat', en: 'Fully used' },
    repaying: { sv: 'Återbetalning pågår', en: 'Repaying unused funds' },
    clawback: {
      sv: 'Återkrav beslutat, återbetalning kvar',
      en: 'Clawback decided, repayment outstanding',
    },
    repaid: { sv: 'Återbetalt', en: 'Repaid' },
  }) as const satisfies Record<string, LocalizedText>)();

/**
 * A recipient's status: a key of {@link usageStatuses}.
 *
 * @example
 * ```ts
 * const status: UsageStatus = 'repaid';
 * ```
 */
export type UsageStatus = keyof typeof usageStatuses;
