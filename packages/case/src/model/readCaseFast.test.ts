import { type DateOnly, isProtected, reveal } from '@stadig/core';
import { arbIdentityNumberText, arbMutated } from '@stadig/core/testing';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateCaseInputs } from '../synthetic/generateCaseInputs';
import { arbCaseInput } from '../testing/arbCaseInput';
import { exampleCaseInput } from '../testing/exampleCaseInput';
import { caseSchema } from './caseSchema';
import { parseCase } from './parseCase';
import { parseCaseWithSchema } from './parseCaseWithSchema';
import { readCaseFast } from './readCaseFast';

const asOf = '2026-01-01' as DateOnly;
const generated = generateCaseInputs({ seed: 7, count: 300, asOf });
const json = <T>(value: T): T => JSON.parse(JSON.stringify(value));
// Loosely typed on purpose: the tests change inputs the way a caller might.
// biome-ignore lint/suspicious/noExplicitAny: mutable parsed JSON
type Loose = any;

/**
 * A value with every Protected part opened as `{ protected: kind, value }`, so that a
 * strict comparison also compares what is protected (and the sets of keys, `undefined`
 * ones included).
 */
function opened(value: unknown): unknown {
  if (isProtected(value)) return { protected: value.kind, value: opened(reveal(value)) };
  if (Array.isArray(value)) return value.map(opened);
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, opened(v)]));
  }
  return value;
}

/** A result of parseCase, opened, to compare the fast path with the schema's. */
const openedResult = (result: ReturnType<typeof parseCase>) =>
  opened(result.isOk() ? { ok: result.value } : { err: result.error });

/** Optional parts that the generated cases never have, to put in. */
const otherAdult = fc.record(
  {
    name: fc.constantFrom('Vuxen Exempel', 'Annan Vuxen'),
    birthDate: fc.constant('1960-02-29'),
    protectedIdentity: fc.constantFrom('none', 'sekretessmarkering'),
  },
  { requiredKeys: ['name'] },
);
const place = fc.record(
  {
    label: fc.constant('Förövarens arbetsplats'),
    coordinates: fc.constant({ lat: 60.6, lon: 15.6 }),
    radiusKm: fc.constantFrom(0.5, 20),
  },
  { requiredKeys: [] },
);
const consent = fc.record(
  {
    id: fc.constantFrom('k1', 'k2'),
    recipient: fc.constantFrom(
      { kind: 'organisation', name: 'Bostadsbolaget' },
      { kind: 'category', category: 'municipal-housing-company' },
    ),
    purpose: fc.constant('housing-referral'),
    given: fc.constant('2025-02-01'),
    expires: fc.constant('2026-01-31'),
    withdrawn: fc.constant('2025-03-01'),
  },
  { requiredKeys: ['id', 'recipient', 'purpose', 'given'] },
);
const identityNumber = fc.oneof(
  arbIdentityNumberText({ asOf }),
  fc.string({ minLength: 1, maxLength: 20 }),
);

/**
 * Valid case inputs with the parts the generated cases lack (other adults, identity
 * numbers right and wrong, places with coordinates, a move-in window, …) and event
 * logs that the lifecycle may reject (an event moved to the end).
 */
const arbRichCaseInput = fc
  .record({
    input: fc.constantFrom(...generated, exampleCaseInput()),
    otherAdults: fc.option(fc.array(otherAdult, { maxLength: 2 }), { nil: undefined }),
    numbers: fc.array(fc.option(identityNumber, { nil: undefined }), { maxLength: 6 }),
    withoutBirthDate: fc.boolean(),
    places: fc.array(place, { maxLength: 2 }),
    consents: fc.uniqueArray(consent, { maxLength: 2, selector: (c) => c.id }),
    decision: fc.option(fc.constantFrom('pending', 'granted', 'rejected'), { nil: undefined }),
    moveInWindow: fc.option(
      fc.constantFrom({ earliest: '2025-04-01' }, { earliest: '2025-04-01', latest: '2025-08-31' }),
      { nil: undefined },
    ),
    needs: fc.option(
      fc.constant({ substanceUse: false, care: true, lgbtqi: true, interpreterLanguage: 'ar' }),
      { nil: undefined },
    ),
    economy: fc.option(fc.constant({ debts: 100, paymentRemarks: false }), { nil: undefined }),
    nextReassessment: fc.boolean(),
    moveEvent: fc.option(fc.nat(), { nil: undefined }),
  })
  .map((r) => {
    const input: Loose = json(r.input);
    if (r.otherAdults !== undefined) input.household.otherAdults = r.otherAdults;
    const people = [
      input.household.survivor,
      ...input.household.children,
      ...(input.household.otherAdults ?? []),
    ];
    r.numbers.forEach((number, i) => {
      const person = people[i];
      if (person === undefined || number === undefined) return;
      person.identityNumber = number;
      // The survivor's birth date then comes from the number.
      if (r.withoutBirthDate && i === 0) delete person.birthDate;
    });
    input.protection.keepDistanceFrom = r.places;
    input.consents = r.consents;
    for (const application of input.applications) {
      if (r.decision === undefined) delete application.decision;
      else application.decision = r.decision;
    }
    if (r.moveInWindow !== undefined) input.moveInWindow = r.moveInWindow;
    if (r.needs !== undefined) input.needs = r.needs;
    if (r.economy !== undefined) input.economy = r.economy;
    if (r.nextReassessment && input.riskAssessment !== undefined) {
      input.riskAssessment.nextReassessment = '2026-06-01';
    }
    if (r.moveEvent !== undefined && input.events.length > 1) {
      const [event] = input.events.splice(1 + (r.moveEvent % (input.events.length - 1)), 1);
      input.events.push(event);
    }
    return input as unknown;
  });

/** Values at or just past the bounds the schema checks, by the type they replace. */
const edges = {
  number: [0, -1, 1, 50, 51, 0.5, -0, 90.5, 180.5, 2000, 2001, Number.MAX_SAFE_INTEGER + 1],
  string: [
    '',
    'x'.repeat(20),
    'x'.repeat(21),
    'x'.repeat(201),
    '2024-02-29',
    '2025-02-29',
    '1799-12-31',
    '2025-1-01',
    '0000',
    'other',
  ],
};

/** Valid inputs with one number or string replaced by a value at or just past a bound. */
const arbAtTheEdge = (inputs: fc.Arbitrary<unknown>) =>
  fc.tuple(inputs, fc.nat(), fc.nat()).map(([input, leafPick, edgePick]) => {
    const copy: Loose = json(input);
    const leaves: [Loose, string, 'number' | 'string'][] = [];
    const walk = (node: Loose) => {
      for (const [key, value] of Object.entries(node)) {
        if (typeof value === 'object' && value !== null) walk(value);
        else if (typeof value === 'number') leaves.push([node, key, 'number']);
        else if (typeof value === 'string') leaves.push([node, key, 'string']);
      }
    };
    walk(copy);
    const leaf = leaves[leafPick % leaves.length];
    if (leaf === undefined) return copy;
    const [node, key, type] = leaf;
    node[key] = edges[type][edgePick % edges[type].length];
    return copy;
  });

describe('readCaseFast', () => {
  it('takes every generated case (the benchmark measures the fast path)', () => {
    expect(generated.filter((input) => readCaseFast(json(input), asOf)?.isOk() !== true)).toEqual(
      [],
    );
    expect(generated.some((input) => input.outcome !== undefined)).toBe(true);
  });

  it('leaves to the schema what it does not take: a key given as undefined, a class instance without the parts, -0', () => {
    const [input] = generated;
    expect(readCaseFast({ ...input, needs: undefined }, asOf)).toBeUndefined();
    expect(readCaseFast(new (class Case {})(), asOf)).toBeUndefined();
    expect(readCaseFast({ ...input, economy: { monthlyIncome: -0 } }, asOf)).toBeUndefined();
  });

  it('gives the problems of identity numbers and of the event log itself, as the schema path does', () => {
    const input: Loose = exampleCaseInput();
    input.household.children[0].identityNumber = '19850314-9829';
    input.events.push({ type: 'opened', date: '2025-03-01' });
    const fast = readCaseFast(input, asOf);
    expect(fast?._unsafeUnwrapErr().map((e) => [e.code, e.path.join('.')])).toEqual([
      ['identity.checksum-mismatch', 'household.children.0.identityNumber'],
      ['lifecycle.already-opened', 'events.3'],
    ]);
    expect(fast && openedResult(fast)).toStrictEqual(
      openedResult(parseCaseWithSchema(input, asOf)),
    );
  });

  it('gives a case that does not change when the input is changed afterwards', () => {
    const input: Loose = json(
      generated.find((i) => i.outcome !== undefined && i.consents.length > 0),
    );
    expect(input).toBeDefined();
    input.household.otherAdults = [{ name: 'Annan Vuxen' }];
    input.protection.keepDistanceFrom = [{ label: 'Plats', coordinates: { lat: 60, lon: 15 } }];
    input.notes = ['En anteckning'];
    const before = openedResult(parseCase(json(input), { asOf }));
    const parsed = parseCase(input, { asOf });
    input.events[0].date = '1999-01-01';
    input.consents[0].recipient.kind = 'organisation';
    input.violence.kinds.push('other-close');
    input.protection.avoidMunicipalities.push('0180');
    input.protection.keepDistanceFrom[0].coordinates.lat = 0;
    input.household.survivor.name = 'Ändrad';
    input.household.children.push({ name: 'Nytt Barn', birthDate: '2020-01-01' });
    input.household.otherAdults.pop();
    input.notes.push('Ny anteckning');
    input.stays[0].municipality = '0180';
    input.economy.monthlyIncome = 1;
    if (input.outcome) input.outcome.solution.municipality = '0180';
    expect(openedResult(parsed)).toStrictEqual(before);
  });
});

describe('properties', () => {
  const inputs = fc.oneof(
    arbCaseInput({ asOf }),
    fc.constantFrom(...generated.map(json)),
    arbRichCaseInput,
  );
  const candidates = fc.oneof(
    { weight: 3, arbitrary: arbMutated(inputs) },
    { weight: 3, arbitrary: arbAtTheEdge(inputs) },
    { weight: 2, arbitrary: inputs },
    { weight: 1, arbitrary: fc.anything() },
  );

  it('the fast path takes only what the schema accepts, and gives exactly what the schema path gives', () => {
    let taken = 0;
    fc.assert(
      fc.property(candidates, (input) => {
        const fast = readCaseFast(input, asOf);
        if (fast === undefined) return;
        taken++;
        expect(caseSchema.safeParse(input).success).toBe(true);
        expect(openedResult(fast)).toStrictEqual(openedResult(parseCaseWithSchema(input, asOf)));
      }),
      { numRuns: 1500 },
    );
    // Meaningful only if the fast path takes a good share of the candidates.
    expect(taken).toBeGreaterThan(300);
  });

  it('parseCase never throws, accepts only what the schema accepts, and after the fast path fails only on what the schema does not check (identity numbers, the lifecycle)', () => {
    fc.assert(
      fc.property(candidates, (input) => {
        const result = parseCase(input, { asOf });
        if (result.isOk()) expect(caseSchema.safeParse(input).success).toBe(true);
        if (result.isErr() && readCaseFast(input, asOf) !== undefined) {
          for (const e of result.error) expect(e.code).toMatch(/^(lifecycle|identity)\./);
        }
      }),
      { numRuns: 500 },
    );
  });
});
