import { describe, expect, it } from 'vitest';
import { identityMessages } from './messages';

const reasons = [
  'older-than-max-age',
  'before-1800',
  'plus-sign-before-100',
  'birth-number-000',
] as const;

describe('identityMessages', () => {
  it('has a Swedish and an English text for every code and reason, none with a digit run', () => {
    const texts = Object.values(identityMessages).flatMap((message) =>
      reasons.flatMap((reason) => [
        message.sv({ reason, maxAge: 130 }),
        message.en({ reason, maxAge: 130 }),
      ]),
    );
    for (const text of texts) {
      expect(text.length).toBeGreaterThan(10);
      expect(text).not.toMatch(/\d{5}/);
    }
  });

  it('explains each reason a number is implausible', () => {
    const message = identityMessages['identity.implausible'];
    expect(message.en({ reason: 'older-than-max-age', maxAge: 130 })).toBe(
      'The number is not plausible: the person would be older than 130 years.',
    );
    expect(message.sv({ reason: 'birth-number-000', maxAge: 130 })).toBe(
      'Numret är inte rimligt: födelsenumret 000 tilldelas aldrig.',
    );
  });
});
