import {
  countyCodeSchema,
  dateOnlySchema,
  moneySchema,
  municipalityCodeSchema,
} from '@stadig/core';
import { accessibilityFeatures } from '@stadig/housing';
import * as z from 'zod/mini';
import {
  petKinds,
  protectedIdentityStatuses,
  riskInstruments,
  riskLevels,
  violenceKinds,
} from './vocabulary';

/** The keys of a vocabulary table, for `z.enum`. */
export const keys = <T extends object>(table: T) =>
  Object.keys(table) as [keyof T & string, ...(keyof T & string)[]];

type Issue = { code: 'custom'; path: string[]; params: { code: string } };
/** A refinement issue whose code the case catalogue knows. */
export const issue = (path: string, code: string): Issue => ({
  code: 'custom',
  path: [path],
  params: { code },
});

/** Short text such as a name. */
export const text = /* @__PURE__ */ (() => z.string().check(z.minLength(1), z.maxLength(200)))();

/** Whether a refinement can look inside the value. */
export const isObject = (p: { value: unknown }) => typeof p.value === 'object' && p.value !== null;

const person = <B extends z.ZodMiniType>(birthDate: B) =>
  z.strictObject({
    name: text,
    identityNumber: z.optional(z.string().check(z.minLength(1), z.maxLength(20))),
    birthDate,
    protectedIdentity: z.optional(z.enum(keys(protectedIdentityStatuses))),
  });

/** The household: the survivor, accompanying children (with birth dates), other adults. */
export const householdSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    survivor: person(z.optional(dateOnlySchema)),
    children: z.array(person(dateOnlySchema)).check(z.maxLength(20)),
    otherAdults: z.optional(z.array(person(z.optional(dateOnlySchema))).check(z.maxLength(10))),
  }))();

/** The violence context: kinds and number of perpetrators. */
export const violenceSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    kinds: z.array(z.enum(keys(violenceKinds))).check(z.minLength(1)),
    perpetrators: z.int().check(z.minimum(1), z.maximum(50)),
  }))();

/** The risk assessment, as data only (never an instrument's question texts). */
export const riskAssessmentSchema = /* @__PURE__ */ (() =>
  z
    .strictObject({
      instrument: z.enum(keys(riskInstruments)),
      version: z.string().check(z.regex(/^[A-Za-z0-9.:_-]{1,32}$/)),
      date: dateOnlySchema,
      level: z.enum(keys(riskLevels)),
      nextReassessment: z.optional(dateOnlySchema),
    })
    .check(
      z.superRefine((r, ctx) => {
        if (r.nextReassessment !== undefined && r.nextReassessment < r.date) {
          ctx.addIssue(issue('nextReassessment', 'case.ends-before-start'));
        }
      }),
    ))();

/** Protection constraints: where the household must not live, places to keep away from. */
export const protectionSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    avoidMunicipalities: z.array(municipalityCodeSchema),
    avoidCounties: z.array(countyCodeSchema),
    keepDistanceFrom: z.array(
      z.strictObject({
        label: z.optional(text),
        coordinates: z.optional(
          z.strictObject({
            lat: z.number().check(z.minimum(-90), z.maximum(90)),
            lon: z.number().check(z.minimum(-180), z.maximum(180)),
          }),
        ),
        radiusKm: z.optional(z.number().check(z.positive(), z.maximum(2000))),
      }),
    ),
    canStayInHomeMunicipality: z.boolean(),
  }))();

/** Needs that decide what housing fits. */
export const needsSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    substanceUse: z.optional(z.boolean()),
    disability: z.optional(z.boolean()),
    accessibility: z.optional(z.array(z.enum(keys(accessibilityFeatures)))),
    care: z.optional(z.boolean()),
    pets: z.optional(z.array(z.enum(keys(petKinds)))),
    lgbtqi: z.optional(z.boolean()),
    interpreterLanguage: z.optional(z.string().check(z.regex(/^[a-z]{2,3}$/))),
  }))();

/** Economy: monthly income (öre), payment remarks, debts (öre; seed 004, line 474). */
export const economySchema = /* @__PURE__ */ (() =>
  z.strictObject({
    monthlyIncome: z.optional(moneySchema.check(z.minimum(0))),
    paymentRemarks: z.optional(z.boolean()),
    debts: z.optional(moneySchema.check(z.minimum(0))),
    debtsFromEconomicViolence: z.optional(z.boolean()),
  }))();
