import {
  isDateOnly as date,
  isKnownMunicipalityCode,
  isPlainObject,
  enumerableKeyCount as size,
} from '@stadig/core';
import type { HousingSolution } from './housingSolutionSchema';
import {
  accessibilityFeatures,
  heldTenureKinds,
  landlordTypes,
  renewalTerms,
  takeoverConditions,
  tenureKinds,
} from './vocabulary';

type Obj = Record<string, unknown>;
type RawSolution = Omit<HousingSolution, 'address'> & { readonly address?: unknown };

const has = (v: unknown): number => (v === undefined ? 0 : 1);
const inTable = (table: object, v: unknown) => typeof v === 'string' && Object.hasOwn(table, v);
const text = (v: unknown, max: number) => typeof v === 'string' && v.length >= 1 && v.length <= max;
const int = (v: unknown, min: number, max: number) =>
  Number.isSafeInteger(v) && (v as number) >= min && (v as number) <= max && !Object.is(v, -0);
const every = (v: unknown, check: (item: unknown) => boolean) => {
  if (!Array.isArray(v)) return false;
  for (let i = 0; i < v.length; i++) if (!check(v[i])) return false;
  return true;
};
const isCondition = (c: unknown) => inTable(takeoverConditions, c);
const isFeature = (f: unknown) => inTable(accessibilityFeatures, f);
const isHeldTenure = (t: unknown) => (heldTenureKinds as readonly unknown[]).includes(t);

const takeover = (v: unknown): boolean =>
  isPlainObject(v) &&
  int(v.afterMonths, 0, 120) &&
  (v.conditions === undefined || every(v.conditions, isCondition)) &&
  size(v) === 1 + has(v.conditions);

const contract = (v: unknown): boolean =>
  isPlainObject(v) &&
  date(v.start) &&
  (v.end === undefined || (date(v.end) && (v.end as string) >= (v.start as string))) &&
  (v.noticePeriodMonths === undefined || int(v.noticePeriodMonths, 0, 36)) &&
  (v.renewal === undefined || inTable(renewalTerms, v.renewal)) &&
  (v.takeover === undefined || takeover(v.takeover)) &&
  size(v) === 1 + has(v.end) + has(v.noticePeriodMonths) + has(v.renewal) + has(v.takeover);

const address = (v: unknown): boolean =>
  typeof v === 'string'
    ? v.length >= 1 && v.length <= 500
    : isPlainObject(v) &&
      text(v.street, 200) &&
      (v.postalCode === undefined || text(v.postalCode, 200)) &&
      (v.city === undefined || text(v.city, 200)) &&
      size(v) === 1 + has(v.postalCode) + has(v.city);

/** A copy of the solution's nested parts (the schema returns new objects, so do we). */
const copy = (v: Obj): Obj => {
  const out: Obj = { ...v };
  for (const key in out) {
    const x = out[key];
    if (Array.isArray(x)) out[key] = x.slice();
    else if (isPlainObject(x)) out[key] = copy(x);
  }
  return out;
};

/**
 * The fast path of {@link parseHousingSolution}: reads a valid housing solution with
 * plain checks instead of the zod schema and returns what `housingSolutionSchema`
 * would return (a copy, the address not yet protected), or `undefined` when the input
 * is invalid or unusual in any way, so that the caller falls back to the schema for
 * the exact problems. It never accepts what the schema rejects (a property test
 * compares the two on arbitrary and mutated input).
 *
 * @internal
 * @example
 * ```ts
 * readHousingSolutionFast({ tenure: 'owned', municipality: '2080' })?.tenure;
 * //=> 'owned'
 * ```
 */
export function readHousingSolutionFast(input: unknown): RawSolution | undefined {
  if (!isPlainObject(input)) return undefined;
  const v = input;
  const staying = v.tenure === 'staying-in-home';
  const valid =
    inTable(tenureKinds, v.tenure) &&
    (staying ? isHeldTenure(v.heldTenure) : v.heldTenure === undefined) &&
    (v.contract === undefined || contract(v.contract)) &&
    isKnownMunicipalityCode(v.municipality) &&
    (v.rooms === undefined || int(v.rooms, 1, 50)) &&
    (v.floorArea === undefined ||
      (typeof v.floorArea === 'number' &&
        Number.isFinite(v.floorArea) &&
        v.floorArea > 0 &&
        v.floorArea <= 2000)) &&
    (v.rentPerMonth === undefined || int(v.rentPerMonth, 0, Number.MAX_SAFE_INTEGER)) &&
    (v.landlord === undefined || inTable(landlordTypes, v.landlord)) &&
    (v.accessibility === undefined || every(v.accessibility, isFeature)) &&
    (v.petsAllowed === undefined || typeof v.petsAllowed === 'boolean') &&
    (v.address === undefined || address(v.address)) &&
    size(v) ===
      2 +
        has(v.heldTenure) +
        has(v.contract) +
        has(v.rooms) +
        has(v.floorArea) +
        has(v.rentPerMonth) +
        has(v.landlord) +
        has(v.accessibility) +
        has(v.petsAllowed) +
        has(v.address);
  return valid ? (copy(v) as unknown as RawSolution) : undefined;
}
