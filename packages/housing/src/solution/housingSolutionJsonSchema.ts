import { describedJsonSchema } from '@stadig/core';
import { housingSolutionSchema } from './housingSolutionSchema';

const descriptions: Record<string, string> = {
  tenure:
    'Form of tenure. staying-in-home = kvarboende (the perpetrator moved out); give heldTenure with it.',
  heldTenure: 'The tenure the survivor holds in the home they stay in (only with staying-in-home).',
  contract: 'The contract. Without end it is open-ended (tills vidare).',
  'contract.start': 'First day of the contract.',
  'contract.end':
    'Last day of the contract, inclusive (2024-03-01 to 2025-02-28 is exactly one year). Leave out for an open-ended contract; never use a far-away date instead.',
  'contract.noticePeriodMonths': 'Notice period in months.',
  'contract.renewal': 'How a fixed-term contract is renewed.',
  'contract.takeover':
    'Takeover clause: the tenant may take over the lease after afterMonths months if the conditions are met.',
  municipality: 'SCB municipality code (kommunkod) of the home.',
  rooms: 'Rooms, kitchen not counted.',
  floorArea: 'Floor area in square metres.',
  rentPerMonth: 'Rent per month in whole öre (1 krona = 100 öre).',
  landlord: 'Who lets the home.',
  accessibility: 'Accessibility features of the home.',
  petsAllowed: 'Whether pets are allowed.',
  address:
    'The address, as text or parts. Personal data: Stadig protects it on parsing and never repeats it in verdicts, errors or output.',
};

/**
 * The JSON Schema (draft 2020-12) of a housing solution's input, generated from
 * {@link housingSolutionSchema} with zod's `toJSONSchema` (`io: 'input'`) and
 * described field by field, for vendors who validate in other languages. The
 * package ships the same JSON as `@stadig/housing/schema/housing-solution.json`.
 *
 * Checks that JSON Schema cannot express (a date exists, a municipality code is one
 * of the 290, the contract does not end before it starts) are only in
 * {@link parseHousingSolution}.
 *
 * @returns a fresh JSON Schema object
 *
 * @example
 * ```ts
 * housingSolutionJsonSchema().required;
 * //=> ['tenure', 'municipality']
 * ```
 */
export function housingSolutionJsonSchema(): Record<string, unknown> {
  return describedJsonSchema(housingSolutionSchema, {
    title: 'Housing solution (Stadig)',
    description:
      'A housing solution for a survivor of domestic or honour-related violence, as @stadig/housing parses it.',
    fields: descriptions,
  });
}
