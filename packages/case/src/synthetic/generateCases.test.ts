import { type DateOnly, parseDateOnly, reveal } from '@stadig/core';
import { describe, expect, it } from 'vitest';
import { deriveState } from '../lifecycle/deriveState';
import { parseCase } from '../model/parseCase';
import { generateCaseInputs } from './generateCaseInputs';
import { generateCases } from './generateCases';

const asOf = parseDateOnly('2025-06-01')._unsafeUnwrap() as DateOnly;
const cases = generateCases({ seed: 2025, count: 400, asOf });

describe('generateCases', () => {
  it('is deterministic: the same seed gives the same cases', () => {
    const again = generateCases({ seed: 2025, count: 400, asOf });
    expect(JSON.stringify(again)).toBe(JSON.stringify(cases));
    expect(again.map((c) => reveal(c.household.survivor.name))).toEqual(
      cases.map((c) => reveal(c.household.survivor.name)),
    );
    expect(JSON.stringify(generateCases({ seed: 2026, count: 5, asOf }))).not.toBe(
      JSON.stringify(cases.slice(0, 5)),
    );
  });

  it("gives clearly fake names and no identity numbers (any valid number could be a real person's)", () => {
    for (const c of cases) {
      expect(reveal(c.household.survivor.name)).toMatch(/ Testperson[a-z]+$/);
      const people = [c.household.survivor, ...c.household.children, ...c.household.otherAdults];
      expect(people.every((p) => p.identityNumber === undefined)).toBe(true);
    }
  });

  it('gives event logs the lifecycle accepts, none later than asOf', () => {
    for (const c of cases) {
      expect(deriveState(c.events).isOk()).toBe(true);
      expect(c.events.every((e) => e.date <= asOf)).toBe(true);
    }
  });

  it('follows its distributions: most households cannot stay (seed 001, line 117); honour cases never stay', () => {
    const stay = cases.filter((c) => c.protection.canStayInHomeMunicipality).length / cases.length;
    expect(stay).toBeGreaterThan(0.1);
    expect(stay).toBeLessThan(0.3);
    const honour = cases.filter((c) => c.violence.kinds.includes('honour-related'));
    expect(honour.length).toBeGreaterThan(20);
    expect(
      honour.every((c) => !c.protection.canStayInHomeMunicipality && c.violence.perpetrators >= 2),
    ).toBe(true);
  });
});

describe('generateCaseInputs', () => {
  it('gives the same cases as generateCases, in input form that parses back to them', () => {
    const options = { seed: 99, count: 25, asOf };
    const inputs = generateCaseInputs(options);
    const parsed = inputs.map((input) => parseCase(input, { asOf })._unsafeUnwrap());
    expect(JSON.stringify(parsed)).toBe(JSON.stringify(generateCases(options)));
    expect(inputs.map((c) => c.id)).toEqual(generateCases(options).map((c) => c.id));
  });
});
