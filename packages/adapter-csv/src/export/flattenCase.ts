import type { Case } from '@stadig/case';
import { isProtected, reveal } from '@stadig/core';
import { caseFields } from '../rows/caseFields';
import { fieldPattern } from '../rows/fieldPattern';

/**
 * Flattens a case to the fields of {@link caseFields} (lists numbered from 1). Without
 * `reveal`, every `Protected` value (names, identity numbers, notes, places,
 * coordinates, the outcome's address) is left out; with it, they are revealed, except
 * that the outcome's address is always left out when anyone in the household has a
 * protected identity. The verdict (derived) is left out.
 *
 * @param c - the case
 * @param revealProtected - whether protected values are written (the caller holds a legal ground)
 * @returns the values by flat field, in no particular order
 *
 * @example
 * ```ts
 * flattenCase(parseCase(exampleCaseInput(), { asOf })._unsafeUnwrap(), false).get('household.children.2.birthDate');
 * //=> '2021-09-02'
 * ```
 */
export function flattenCase(c: Case, revealProtected: boolean): Map<string, unknown> {
  const out = new Map<string, unknown>();
  const people = [c.household.survivor, ...c.household.children, ...c.household.otherAdults];
  const noAddress = people.some((p) => p.protectedIdentity !== 'none');
  const walk = (value: unknown, path: string): void => {
    if (value === undefined || value === null) return;
    if (path === 'outcome.verdict') return;
    if (noAddress && path === 'outcome.solution.address') return;
    if (isProtected(value)) {
      if (revealProtected) walk(reveal(value), path);
      return;
    }
    if (path.endsWith('.identityNumber') && typeof value === 'object') {
      const number = (value as { value?: unknown }).value;
      if (revealProtected && isProtected(number)) walk(reveal(number), path);
      return;
    }
    const pattern = fieldPattern(path);
    if (pattern !== undefined && pattern in caseFields) {
      out.set(path, value);
      return;
    }
    if (Array.isArray(value)) {
      value.forEach((v, i) => {
        walk(v, `${path}.${i + 1}`);
      });
    } else if (typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) walk(v, path === '' ? k : `${path}.${k}`);
    }
  };
  walk(c, '');
  return out;
}
