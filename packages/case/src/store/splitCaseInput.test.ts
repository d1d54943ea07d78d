import { parseDateOnly } from '@stadig/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCase } from '../model/parseCase';
import { arbCaseInput } from '../testing/arbCaseInput';
import { exampleCaseInput } from '../testing/exampleCaseInput';
import { joinCaseParts } from './joinCaseParts';
import { splitCaseInput } from './splitCaseInput';

const asOf = parseDateOnly('2025-06-01')._unsafeUnwrap();
const normal = (x: unknown) => {
  const copy = JSON.parse(JSON.stringify(x)) as { notes?: unknown[] };
  if (copy.notes?.length === 0) delete copy.notes;
  return copy;
};

describe('splitCaseInput', () => {
  it('keeps names, notes, place labels and coordinates out of the body', () => {
    const { body, protectedPart, events } = splitCaseInput(exampleCaseInput());
    const open = JSON.stringify({ body, events });
    for (const secret of ['Exempelsdotter', 'Storgatan', 'arbetsplats', '60.6']) {
      expect(open).not.toContain(secret);
    }
    expect(protectedPart.people.map((p) => p.name)).toEqual([
      'Testa Exempelsdotter',
      'Lilla Exempelsdotter',
      'Minsta Exempelsdotter',
    ]);
    expect(body.household.children.map((c) => c.birthDate)).toEqual(['2015-06-20', '2021-09-02']);
  });

  it('moves the outcome address into the protected part', () => {
    const input = {
      ...exampleCaseInput(),
      outcome: {
        date: '2025-05-01',
        solution: {
          tenure: 'first-hand-rental',
          municipality: '2062',
          contractStart: '2025-05-01',
          address: 'Exempelgatan 1',
        },
      },
    };
    const { body, protectedPart } = splitCaseInput(input as never);
    expect(JSON.stringify(body)).not.toContain('Exempelgatan');
    expect(protectedPart.outcomeAddress).toBe('Exempelgatan 1');
    expect(normal(joinCaseParts(body, protectedPart, input.events))).toEqual(normal(input));
  });

  it('refuses a protected part that does not fit the body', () => {
    const { body, protectedPart, events } = splitCaseInput(exampleCaseInput());
    expect(joinCaseParts(body, { ...protectedPart, people: [] }, events)).toBeUndefined();
  });

  describe('properties', () => {
    it('joining the split parts gives the input back', () => {
      fc.assert(
        fc.property(arbCaseInput({ asOf }), (input) => {
          const { body, protectedPart, events } = splitCaseInput(input);
          expect(normal(joinCaseParts(body, protectedPart, events))).toEqual(normal(input));
        }),
        { numRuns: 60 },
      );
    });

    it('the body never holds a name, note or place label', () => {
      fc.assert(
        fc.property(arbCaseInput({ asOf }), (input) => {
          const parsed = parseCase(input, { asOf })._unsafeUnwrap();
          const { body } = splitCaseInput(input);
          const open = JSON.stringify(body);
          const secrets = [
            input.household.survivor.name,
            ...(input.notes ?? []),
            ...input.protection.keepDistanceFrom.flatMap((p) => (p.label ? [p.label] : [])),
          ].filter((s) => s.length >= 12);
          for (const s of secrets) expect(open).not.toContain(JSON.stringify(s).slice(1, -1));
          expect(parsed.id).toBe(body.id);
        }),
        { numRuns: 60 },
      );
    });
  });
});
