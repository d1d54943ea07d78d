import { addDays, parseDateOnly } from '@stadig/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { builtInRuleSets } from '../rulesets/builtInRuleSets';
import { parseHousingSolution } from '../solution/parseHousingSolution';
import { arbAddress } from '../testing/arbAddress';
import { arbHouseholdContext } from '../testing/arbHouseholdContext';
import { arbHousingSolution } from '../testing/arbHousingSolution';
import { arbHousingSolutionInput } from '../testing/arbHousingSolutionInput';
import { evaluatePermanence } from './evaluatePermanence';
import { extendRuleSet } from './extendRuleSet';
import type { RuleSet } from './RuleSet';

const asOf = parseDateOnly('2026-01-01')._unsafeUnwrap();
const shipped = Object.values(builtInRuleSets);
const arbRuleSet = fc.constantFrom(...shipped);
const arbContext = fc.option(arbHouseholdContext({ asOf }), { nil: undefined });
const options = (ruleSet: RuleSet, household: ReturnType<typeof arbContext.generate>['value']) =>
  household === undefined ? { asOf, ruleSet } : { asOf, ruleSet, household };

describe('properties', () => {
  it('lengthening a contract’s term never turns permanent into not-permanent', () => {
    fc.assert(
      fc.property(
        arbHousingSolution({ asOf }),
        arbRuleSet,
        arbContext,
        fc.option(fc.integer({ min: 1, max: 3000 })),
        (s, ruleSet, household, extra) => {
          const { contract } = s;
          fc.pre(contract?.end !== undefined);
          if (contract?.end === undefined) return;
          const before = evaluatePermanence(s, options(ruleSet, household)).verdict;
          const { end: oldEnd, ...rest } = contract;
          const longer =
            extra === null
              ? { ...s, contract: rest }
              : { ...s, contract: { ...rest, end: addDays(oldEnd, extra).unwrapOr(oldEnd) } };
          const after = evaluatePermanence(longer, options(ruleSet, household)).verdict;
          if (before === 'permanent') expect(after).not.toBe('not-permanent');
        },
      ),
    );
  });

  it('temporary kinds are never permanent under any shipped rule set', () => {
    const temporary = fc.constantFrom(
      'sheltered-housing',
      'temporary-housing',
      'emergency-apartment' as const,
    );
    fc.assert(
      fc.property(
        arbHousingSolution({ asOf, tenure: temporary }),
        arbRuleSet,
        arbContext,
        (s, ruleSet, household) => {
          expect(evaluatePermanence(s, options(ruleSet, household)).verdict).not.toBe('permanent');
        },
      ),
    );
  });

  it('every non-permanent verdict has at least one reason, and needs-assessment at least one question', () => {
    fc.assert(
      fc.property(arbHousingSolution({ asOf }), arbRuleSet, arbContext, (s, ruleSet, household) => {
        const v = evaluatePermanence(s, options(ruleSet, household));
        if (v.verdict !== 'permanent') expect(v.reasons.length).toBeGreaterThan(0);
        if (v.verdict === 'needs-assessment') expect(v.missing.length).toBeGreaterThan(0);
        if (v.verdict === 'not-permanent')
          expect(v.reasons.some((r) => r.outcome === 'fail')).toBe(true);
      }),
    );
  });

  it('same input, same verdict', () => {
    fc.assert(
      fc.property(arbHousingSolution({ asOf }), arbRuleSet, arbContext, (s, ruleSet, household) => {
        const first = evaluatePermanence(s, options(ruleSet, household));
        const copy = parseHousingSolution(
          JSON.parse(JSON.stringify({ ...s, address: undefined })),
        )._unsafeUnwrap();
        expect(evaluatePermanence(copy, options(ruleSet, household))).toEqual(first);
        expect(evaluatePermanence(s, options(ruleSet, household))).toEqual(first);
      }),
    );
  });

  it('extending a rule set without changes gives the same verdicts and reasons', () => {
    fc.assert(
      fc.property(arbHousingSolution({ asOf }), arbRuleSet, arbContext, (s, ruleSet, household) => {
        const same = extendRuleSet(ruleSet, { id: 'copy', version: '0' })._unsafeUnwrap();
        const { ruleSet: _a, ...original } = evaluatePermanence(s, options(ruleSet, household));
        const { ruleSet: copyRef, ...copied } = evaluatePermanence(s, options(same, household));
        expect(copied).toEqual(original);
        expect(copyRef).toEqual({ id: 'copy', version: '0' });
      }),
    );
  });

  it('evaluating after parsing never throws, for any JSON value and for anything', () => {
    const check = (value: unknown): void => {
      const parsed = parseHousingSolution(value);
      if (parsed.isErr()) return;
      for (const ruleSet of shipped) {
        expect(evaluatePermanence(parsed.value, { asOf, ruleSet }).reasons.length).toBeGreaterThan(
          0,
        );
      }
    };
    const field = fc.constantFrom(
      'tenure',
      'heldTenure',
      'contract',
      'rooms',
      'rentPerMonth',
      'address',
      'municipality',
    );
    const noisy = (noise: fc.Arbitrary<unknown>) =>
      fc
        .tuple(arbHousingSolutionInput({ asOf }), field, noise)
        .map(([input, key, value]) => ({ ...input, [key]: value }));
    fc.assert(fc.property(fc.oneof(fc.jsonValue(), noisy(fc.jsonValue())), check));
    fc.assert(fc.property(fc.oneof(fc.anything(), noisy(fc.anything())), check));
  });

  it('a generated address never appears in JSON.stringify of the verdict', () => {
    fc.assert(
      fc.property(
        arbHousingSolution({ asOf }),
        arbAddress(),
        arbRuleSet,
        arbContext,
        (s, { address, street }, ruleSet, household) => {
          const input = JSON.parse(JSON.stringify({ ...s, address: undefined }));
          const withAddress = parseHousingSolution({ ...input, address })._unsafeUnwrap();
          expect(
            JSON.stringify(evaluatePermanence(withAddress, options(ruleSet, household))),
          ).not.toContain(street);
        },
      ),
    );
  });
});
