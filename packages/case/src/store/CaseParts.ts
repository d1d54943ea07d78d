import type { CaseInput } from '../model/caseSchema';

/**
 * A person in the stored, non-protected part of a case: everything but the name and
 * the identity number, which live in {@link CaseProtectedPart.people}.
 *
 * @example
 * ```ts
 * const survivor: StoredPerson = { birthDate: '1985-03-14', protectedIdentity: 'none' };
 * ```
 */
export type StoredPerson = Omit<CaseInput['household']['survivor'], 'name' | 'identityNumber'>;

/**
 * The non-protected part of a case as stored: the case input without its event log
 * (kept apart, append-only), names, identity numbers, notes, place labels and
 * coordinates and the outcome's address. Plain JSON.
 *
 * @example
 * ```ts
 * const { body } = splitCaseInput(exampleCaseInput());
 * body.household.children.length;
 * //=> 2
 * ```
 */
export type CaseBody = Omit<
  CaseInput,
  'household' | 'protection' | 'outcome' | 'notes' | 'events'
> & {
  readonly household: {
    readonly survivor: StoredPerson;
    readonly children: readonly (StoredPerson & { readonly birthDate: string })[];
    readonly otherAdults?: readonly StoredPerson[];
  };
  readonly protection: Omit<CaseInput['protection'], 'keepDistanceFrom'> & {
    readonly keepDistanceFrom: readonly Omit<
      CaseInput['protection']['keepDistanceFrom'][number],
      'label' | 'coordinates'
    >[];
  };
  readonly outcome?: {
    readonly date: NonNullable<CaseInput['outcome']>['date'];
    readonly solution: Omit<NonNullable<CaseInput['outcome']>['solution'], 'address'>;
  };
};

/**
 * The protected part of a case as stored apart from the rest: names and identity
 * numbers (survivor, then children, then other adults, in order), place labels and
 * coordinates (aligned with `protection.keepDistanceFrom`), notes and the outcome's
 * address. Plain JSON. Adapters keep it in its own table or file and hand it out only
 * through {@link CaseStorePort.readProtected}, which records an audit entry.
 *
 * @example
 * ```ts
 * splitCaseInput(exampleCaseInput()).protectedPart.people.length;
 * //=> 3
 * ```
 */
export interface CaseProtectedPart {
  readonly people: readonly { readonly name: string; readonly identityNumber?: string }[];
  readonly places: readonly Pick<
    CaseInput['protection']['keepDistanceFrom'][number],
    'label' | 'coordinates'
  >[];
  readonly notes: readonly string[];
  readonly outcomeAddress?: NonNullable<CaseInput['outcome']>['solution']['address'];
}
