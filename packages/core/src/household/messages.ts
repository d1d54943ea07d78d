import { defineMessages } from '../errors/defineMessages';

const role = {
  adult: { sv: 'en vuxen', en: 'an adult' },
  child: { sv: 'ett barn', en: 'a child' },
};

/**
 * The error codes and sv/en messages of household composition and room norms. No
 * message repeats a birth date or any other personal value.
 *
 * @example
 * ```ts
 * householdMessages['household.child-is-adult'].en({ adultAge: 18 });
 * //=> 'A child must be under 18 on the date the household is assessed; list them as an adult.'
 * ```
 */
export const householdMessages = defineMessages({
  'household.birth-date-after-as-of': {
    sv: () => 'Födelsedatumet ligger efter det datum som hushållet bedöms för.',
    en: () => 'The birth date is after the date the household is assessed for.',
  },
  'household.child-is-adult': {
    sv: ({ adultAge }: { adultAge: number }) =>
      `Ett barn måste vara under ${adultAge} år den dag hushållet bedöms; ange personen som vuxen.`,
    en: ({ adultAge }: { adultAge: number }) =>
      `A child must be under ${adultAge} on the date the household is assessed; list them as an adult.`,
  },
  'household.unknown-norm': {
    sv: ({ known }: { known: string }) => `Okänd rumsnorm. Kända normer: ${known}.`,
    en: ({ known }: { known: string }) => `Unknown room norm. Known norms: ${known}.`,
  },
  'household.norm-does-not-cover': {
    sv: ({ who }: { who: 'adult' | 'child' }) =>
      `Rumsnormen har ingen sovrumsgrupp som passar ${role[who].sv}${who === 'adult' ? ' (utan känd ålder)' : ''}.`,
    en: ({ who }: { who: 'adult' | 'child' }) =>
      `The room norm has no bedroom group that fits ${role[who].en}${who === 'adult' ? ' (of unknown age)' : ''}.`,
  },
  'household.invalid-age-range': {
    sv: () => 'Åldersgränserna är omvända: fromAge måste vara lägre än underAge.',
    en: () => 'The age limits are reversed: fromAge must be lower than underAge.',
  },
});

/**
 * Every error code of household composition and room norms.
 *
 * @example
 * ```ts
 * const code: HouseholdErrorCode = 'household.child-is-adult';
 * ```
 */
export type HouseholdErrorCode = keyof typeof householdMessages;
