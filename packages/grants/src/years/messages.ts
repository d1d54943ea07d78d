import { defineMessages } from '@stadig/core';

/**
 * The error codes of grant years, with sv and en messages.
 *
 * @example
 * ```ts
 * yearMessages['grants.unknown-year'].en({ year: 2031 });
 * //=> 'Stadig has no rules for the grant year 2031 (it knows 2022 and 2023).'
 * ```
 */
export const yearMessages = /* @__PURE__ */ defineMessages({
  'grants.unknown-year': {
    sv: ({ year }: { year: number }) =>
      `Stadig har inga regler för bidragsåret ${year} (känner till 2022 och 2023).`,
    en: ({ year }: { year: number }) =>
      `Stadig has no rules for the grant year ${year} (it knows 2022 and 2023).`,
  },
});
