import type { DateOnly } from '@stadig/core';
import { err, ok, type Result } from 'neverthrow';
import type { CaseEventInput } from '../lifecycle/caseEventSchema';
import { deriveState } from '../lifecycle/deriveState';
import type { CaseState } from '../lifecycle/vocabulary';
import type { Case } from '../model/Case';
import type { CaseInput } from '../model/caseSchema';
import { parseCase } from '../model/parseCase';
import type { CaseBody, CaseProtectedPart } from './CaseParts';
import type { CaseStoreErrors } from './CaseStore';
import { joinCaseParts } from './joinCaseParts';
import { splitCaseInput } from './splitCaseInput';

/** A case input validated and split into its stored parts. */
export interface PreparedCase {
  readonly id: string;
  readonly municipality: string;
  readonly state: CaseState;
  readonly body: CaseBody;
  readonly protectedPart: CaseProtectedPart;
  readonly events: readonly CaseEventInput[];
  readonly parsed: Case;
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Validates a case input with `parseCase` (giving it `id` if asked or missing) and splits it. */
export function prepareCase(
  input: unknown,
  asOf: DateOnly,
  id: () => string | undefined,
): Result<PreparedCase, CaseStoreErrors> {
  const withId = isRecord(input) ? { ...input, id: id() ?? input.id } : input;
  const parsed = parseCase(withId, { asOf });
  if (parsed.isErr()) return err(parsed.error);
  // Validated: plain JSON values only, so the round trip drops undefined keys and nothing else.
  const normal = JSON.parse(JSON.stringify(withId)) as CaseInput;
  const snapshot = deriveState(parsed.value.events);
  if (snapshot.isErr()) return err([snapshot.error]);
  return ok({
    id: parsed.value.id,
    municipality: parsed.value.municipality,
    state: snapshot.value.state,
    ...splitCaseInput(normal),
    parsed: parsed.value,
  });
}

/** Validates a changed non-protected part with its log, standing in placeholders for protected values. */
export function checkBody(
  body: CaseBody,
  events: readonly CaseEventInput[],
  asOf: DateOnly,
): Result<CaseState, CaseStoreErrors> {
  const people = 1 + body.household.children.length + (body.household.otherAdults?.length ?? 0);
  const placeholder: CaseProtectedPart = {
    people: Array.from({ length: people }, () => ({ name: 'x' })),
    places: body.protection.keepDistanceFrom.map(() => ({})),
    notes: [],
  };
  return prepareCase(joinCaseParts(body, placeholder, events), asOf, () => undefined).map(
    (p) => p.state,
  );
}

/** The input's own id when it has one, else a new one. */
export function missingId(input: unknown, newId: () => string): string {
  const own = isRecord(input) ? input.id : undefined;
  return typeof own === 'string' ? own : newId();
}
