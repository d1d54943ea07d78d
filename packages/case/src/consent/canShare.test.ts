import { type DateOnly, parseDateOnly } from '@stadig/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCase } from '../model/parseCase';
import { plusDays } from '../synthetic/plusDays';
import { arbCase } from '../testing/arbCaseInput';
import { exampleCaseInput } from '../testing/exampleCaseInput';
import { canShare, type Recipient } from './canShare';

const d = (text: string): DateOnly => parseDateOnly(text)._unsafeUnwrap();
const asOf = d('2025-06-01');
const housingCompany: Recipient = { kind: 'category', category: 'municipal-housing-company' };
const withConsent = (consent: Record<string, unknown>) =>
  parseCase(
    {
      ...exampleCaseInput(),
      consents: [
        {
          id: 'k1',
          recipient: housingCompany,
          purpose: 'housing-referral',
          given: '2025-02-01',
          ...consent,
        },
      ],
    },
    { asOf },
  )._unsafeUnwrap();

describe('canShare', () => {
  it('allows sharing under a valid consent, on its last day too', () => {
    const c = withConsent({ expires: '2025-06-01' });
    expect(canShare(c, housingCompany, 'housing-referral', asOf)).toEqual({
      allowed: true,
      reason: {
        code: 'consent.valid',
        sv: 'Det finns ett giltigt samtycke för mottagaren och ändamålet.',
        en: 'There is a valid consent for the recipient and purpose.',
      },
    });
  });

  it.each([
    [{ expires: '2025-05-31' }, 'consent.expired'],
    [{ withdrawn: '2025-06-01' }, 'consent.withdrawn'],
    [{ given: '2025-06-02' }, 'consent.not-yet-given'],
    [{ purpose: 'case-transfer' }, 'consent.other-purpose'],
    [{ recipient: { kind: 'organisation', name: 'Bostadsbolaget AB' } }, 'consent.none'],
  ])('refuses with %o → %s', (consent, code) => {
    const answer = canShare(withConsent(consent), housingCompany, 'housing-referral', asOf);
    expect([answer.allowed, answer.reason.code]).toEqual([false, code]);
  });

  it('matches an organisation by name regardless of case and spaces', () => {
    const c = withConsent({ recipient: { kind: 'organisation', name: 'Bostadsbolaget AB' } });
    const answer = canShare(
      c,
      { kind: 'organisation', name: ' bostadsbolaget ab ' },
      'housing-referral',
      asOf,
    );
    expect(answer.allowed).toBe(true);
  });
});

describe('properties', () => {
  it('an expired or withdrawn consent never passes', () => {
    fc.assert(
      fc.property(
        arbCase({ asOf }),
        fc.integer({ min: 1, max: 400 }),
        fc.boolean(),
        (c, days, withdraw) => {
          const later = plusDays(asOf, days);
          const consents = c.consents.map((k) =>
            withdraw ? { ...k, withdrawn: k.given } : { ...k, expires: k.given },
          );
          const answer = canShare({ ...c, consents }, housingCompany, 'housing-referral', later);
          expect(answer.allowed).toBe(false);
          expect(['consent.expired', 'consent.withdrawn', 'consent.none']).toContain(
            answer.reason.code,
          );
        },
      ),
      { numRuns: 50 },
    );
  });
});
