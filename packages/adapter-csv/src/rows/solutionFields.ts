import type { FieldTable } from './FieldType';

/**
 * The flat fields of a housing solution (`@stadig/housing`) under a prefix, such as
 * `outcome.solution` in a case or `dwelling` in an offer. The address is one text
 * (`<prefix>.address`) or its parts (`.street`, `.postalCode`, `.city`).
 *
 * @param prefix - the path of the solution
 * @returns the fields
 *
 * @example
 * ```ts
 * solutionFields('dwelling')['dwelling.rentPerMonth'];
 * //=> 'money'
 * ```
 */
export function solutionFields(prefix: string): FieldTable {
  const fields: FieldTable = {
    tenure: 'text',
    heldTenure: 'text',
    'contract.start': 'date',
    'contract.end': 'date',
    'contract.noticePeriodMonths': 'integer',
    'contract.renewal': 'text',
    'contract.takeover.afterMonths': 'integer',
    'contract.takeover.conditions': 'list',
    municipality: 'text',
    rooms: 'integer',
    floorArea: 'decimal',
    rentPerMonth: 'money',
    landlord: 'text',
    accessibility: 'list',
    petsAllowed: 'boolean',
    address: 'text',
    'address.street': 'text',
    'address.postalCode': 'text',
    'address.city': 'text',
  };
  return Object.fromEntries(Object.entries(fields).map(([k, v]) => [`${prefix}.${k}`, v]));
}
