import type { FieldTable } from './FieldType';
import { solutionFields } from './solutionFields';

const person = (prefix: string, birthDate = true): FieldTable => ({
  [`${prefix}.name`]: 'text',
  [`${prefix}.identityNumber`]: 'text',
  ...(birthDate ? { [`${prefix}.birthDate`]: 'date' } : {}),
  [`${prefix}.protectedIdentity`]: 'text',
});

/**
 * The flat columns of a case, one row per case: the dotted path of every field of
 * `@stadig/case`'s case, with `#` for the 1-based position in a list
 * (`household.children.2.birthDate`). Lists of codes (`violence.kinds`) are one cell
 * with items separated by `|`. The order is the order of export.
 *
 * @example
 * ```ts
 * caseFields['household.children.#.birthDate'];
 * //=> 'date'
 * ```
 */
export const caseFields = /* @__PURE__ */ (() =>
  ({
    id: 'text',
    municipality: 'text',
    ...person('household.survivor'),
    ...person('household.children.#'),
    ...person('household.otherAdults.#'),
    'violence.kinds': 'list',
    'violence.perpetrators': 'integer',
    'riskAssessment.instrument': 'text',
    'riskAssessment.version': 'text',
    'riskAssessment.date': 'date',
    'riskAssessment.level': 'text',
    'riskAssessment.nextReassessment': 'date',
    'protection.avoidMunicipalities': 'list',
    'protection.avoidCounties': 'list',
    'protection.keepDistanceFrom.#.label': 'text',
    'protection.keepDistanceFrom.#.coordinates.lat': 'decimal',
    'protection.keepDistanceFrom.#.coordinates.lon': 'decimal',
    'protection.keepDistanceFrom.#.radiusKm': 'decimal',
    'protection.canStayInHomeMunicipality': 'boolean',
    'needs.substanceUse': 'boolean',
    'needs.disability': 'boolean',
    'needs.accessibility': 'list',
    'needs.care': 'boolean',
    'needs.pets': 'list',
    'needs.lgbtqi': 'boolean',
    'needs.interpreterLanguage': 'text',
    'economy.monthlyIncome': 'money',
    'economy.paymentRemarks': 'boolean',
    'economy.debts': 'money',
    'economy.debtsFromEconomicViolence': 'boolean',
    'consents.#.id': 'text',
    'consents.#.recipient.kind': 'text',
    'consents.#.recipient.name': 'text',
    'consents.#.recipient.category': 'text',
    'consents.#.purpose': 'text',
    'consents.#.given': 'date',
    'consents.#.expires': 'date',
    'consents.#.withdrawn': 'date',
    'stays.#.kind': 'text',
    'stays.#.provider': 'text',
    'stays.#.municipality': 'text',
    'stays.#.from': 'date',
    'stays.#.to': 'date',
    'applications.#.municipality': 'text',
    'applications.#.law': 'text',
    'applications.#.submitted': 'date',
    'applications.#.decision': 'text',
    'moveInWindow.earliest': 'date',
    'moveInWindow.latest': 'date',
    'outcome.date': 'date',
    ...solutionFields('outcome.solution'),
    'notes.#': 'text',
    'events.#.type': 'text',
    'events.#.date': 'date',
    'events.#.offerId': 'text',
    'events.#.municipality': 'text',
    'events.#.rooms': 'integer',
    'events.#.by': 'text',
    'events.#.reasons': 'list',
    'events.#.reason': 'text',
  }) satisfies FieldTable)();
