import { roomsNeeded } from '@stadig/core';
import type { MissingFact, Rule } from '../../rules/Rule';
import { cite } from '../citations';

const texts = {
  pass: {
    sv: 'Bostaden har tillräckligt många rum för hushållet.',
    en: 'The home has enough rooms for the household.',
  },
  fail: {
    sv: 'Bostaden har för få rum för hushållet.',
    en: 'The home has too few rooms for the household.',
  },
  missing: {
    sv: 'Rummen kan inte jämföras med hushållets behov.',
    en: "The rooms cannot be compared with the household's needs.",
  },
};
const questions = {
  rooms: {
    fact: 'solution.rooms',
    question: {
      sv: 'Hur många rum har bostaden (utom kök)?',
      en: 'How many rooms does the home have (kitchen not counted)?',
    },
  },
  composition: {
    fact: 'household.composition',
    question: {
      sv: 'Vilka ska bo i bostaden: vuxna, och barn med födelsedatum?',
      en: 'Who will live in the home: adults, and children with birth dates?',
    },
  },
};

/**
 * `extended.enough-rooms`: the home has at least the rooms the household needs under
 * core's `stadig-default` room norm (`roomsNeeded`, ages on `asOf`): a home that is
 * too small for the children is no long-term solution, read with the child-rights
 * perspective the assignment demands (seed 003, line 3) and the families' needs as a
 * whole (seed 004, line 454). Needs `solution.rooms` and `household.composition`;
 * without them, `unsettled`.
 *
 * @example
 * ```ts
 * const s = parseHousingSolution({ tenure: 'owned', municipality: '2062', rooms: 2 })._unsafeUnwrap();
 * const composition = { adults: [{}], children: [{ birthDate: '2010-05-01' as DateOnly }, { birthDate: '2012-01-10' as DateOnly }] };
 * enoughRoomsRule.decide(s, { asOf: parseDateOnly('2026-01-01')._unsafeUnwrap(), household: { composition } }).outcome;
 * //=> 'fail'
 * ```
 */
export const enoughRoomsRule: Rule = {
  id: 'extended.enough-rooms',
  title: { sv: 'Tillräckligt många rum', en: 'Enough rooms' },
  sources: [
    cite('003', 3, 'barnrättsperspektiv'),
    cite('004', 454, 'helhetssyn på behoven hos de familjer'),
  ],
  decide: (s, { asOf, household }) => {
    const composition = household?.composition;
    const needed = composition === undefined ? undefined : roomsNeeded(composition, { asOf });
    if (s.rooms === undefined || needed === undefined || needed.isErr()) {
      const missing = [
        ...(s.rooms === undefined ? [questions.rooms] : []),
        ...(needed === undefined || needed.isErr() ? [questions.composition] : []),
      ] as const;
      const facts = { rooms: s.rooms ?? null };
      return {
        outcome: 'unsettled',
        text: texts.missing,
        facts,
        missing: missing as [MissingFact],
      };
    }
    const enough = s.rooms >= needed.value.rooms;
    const facts = { rooms: s.rooms, roomsNeeded: needed.value.rooms, norm: needed.value.normId };
    return { outcome: enough ? 'pass' : 'fail', text: enough ? texts.pass : texts.fail, facts };
  },
};
