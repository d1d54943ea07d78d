import {
  dateMessages,
  dateOnlySchema,
  isDateOnly,
  type NonEmptyReadonlyArray,
  parseWithSchema,
  type Result,
  type StadigError,
} from '@stadig/core';
import * as z from 'zod/mini';
import { ruleSetMessages } from './messages';
import type { RuleSet } from './RuleSet';

const catalogue = /* @__PURE__ */ (() => ({ ...dateMessages, ...ruleSetMessages }))();

const ruleSetSchema = /* @__PURE__ */ (() => {
  const text = z.string().check(z.minLength(1), z.maxLength(2000));
  const localized = z.object({ sv: text, en: text });
  const id = z.string().check(z.regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/));
  const rule = z
    .object({
      id,
      title: localized,
      sources: z.array(z.object({ seed: text, place: text })).check(z.minLength(1)),
      effectiveFrom: z.optional(dateOnlySchema),
      effectiveTo: z.optional(dateOnlySchema),
      decide: z.custom<unknown>((value) => typeof value === 'function', {
        params: { code: 'rule-set.not-a-function' },
      }),
    })
    .check(
      z.superRefine((r, ctx) => {
        if (
          isDateOnly(r.effectiveFrom) &&
          isDateOnly(r.effectiveTo) &&
          r.effectiveTo < r.effectiveFrom
        ) {
          ctx.addIssue({
            code: 'custom',
            path: ['effectiveTo'],
            params: { code: 'rule-set.ends-before-start' },
          });
        }
      }),
    );
  return z
    .object({
      id,
      version: z.string().check(z.minLength(1), z.maxLength(50)),
      rules: z.array(rule).check(z.minLength(1)),
    })
    .check(
      z.superRefine((set, ctx) => {
        const seen = new Set<string>();
        set.rules.forEach((r, i) => {
          if (seen.has(r.id)) {
            ctx.addIssue({
              code: 'custom',
              path: ['rules', i, 'id'],
              params: { code: 'rule-set.duplicate-id' },
            });
          }
          seen.add(r.id);
        });
      }),
    );
})();

/**
 * Checks that a value (such as the default export of a module a user wrote) is a rule
 * set: an id, a version, and at least one rule with an id, a title in Swedish and
 * English, at least one source, valid effective dates and a `decide` function; rule
 * ids unique. Returns the value itself, so that its functions are kept. Never throws.
 *
 * @param value - anything
 * @returns the rule set, or every problem found with its path
 *
 * @example
 * ```ts
 * parseRuleSet(nationalRuleSet).isOk();
 * //=> true
 * parseRuleSet({ id: 'x', version: '1', rules: [] })._unsafeUnwrapErr()[0].path;
 * //=> ['rules']
 * ```
 */
export function parseRuleSet(value: unknown): Result<RuleSet, NonEmptyReadonlyArray<StadigError>> {
  return parseWithSchema(ruleSetSchema, value, { catalogue }).map(() => value as RuleSet);
}
