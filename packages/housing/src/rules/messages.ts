import { defineMessages } from '@stadig/core';

/**
 * The error codes of composing and validating rule sets. Rule ids are the rule set's
 * own vocabulary, never personal data, so messages may name them.
 *
 * @example
 * ```ts
 * ruleSetMessages['rule-set.unknown-rule'].en({ rule: 'national.x' });
 * //=> 'The rule set has no rule national.x.'
 * ```
 */
export const ruleSetMessages = /* @__PURE__ */ defineMessages({
  'rule-set.unknown-rule': {
    sv: ({ rule }: { rule: string }) => `Regeluppsättningen har ingen regel ${rule}.`,
    en: ({ rule }: { rule: string }) => `The rule set has no rule ${rule}.`,
  },
  'rule-set.duplicate-rule': {
    sv: ({ rule }: { rule: string }) => `Regeln ${rule} finns redan i regeluppsättningen.`,
    en: ({ rule }: { rule: string }) => `The rule set already has a rule ${rule}.`,
  },
  'rule-set.duplicate-id': {
    sv: () => 'En annan regel har redan samma id.',
    en: () => 'Another rule already has this id.',
  },
  'rule-set.no-rules': {
    sv: () => 'Regeluppsättningen har inga regler kvar.',
    en: () => 'The rule set has no rules left.',
  },
  'rule-set.not-a-function': {
    sv: () => 'Regelns decide måste vara en funktion.',
    en: () => "The rule's decide must be a function.",
  },
  'rule-set.ends-before-start': {
    sv: () => 'Regeln upphör innan den börjar gälla.',
    en: () => 'The rule ends before it takes effect.',
  },
});

/**
 * An error code of {@link ruleSetMessages}.
 *
 * @example
 * ```ts
 * const code: RuleSetErrorCode = 'rule-set.duplicate-rule';
 * ```
 */
export type RuleSetErrorCode = keyof typeof ruleSetMessages;
