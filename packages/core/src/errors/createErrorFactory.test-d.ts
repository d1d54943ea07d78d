import { describe, expectTypeOf, it } from 'vitest';
import { createErrorFactory } from './createErrorFactory';
import { defineMessages } from './defineMessages';
import type { StadigError } from './StadigError';

const messages = defineMessages({
  'demo.too-long': {
    sv: ({ max }: { max: number }) => `Högst ${max}.`,
    en: ({ max }: { max: number }) => `At most ${max}.`,
  },
  'demo.missing': { sv: () => 'Saknas.', en: () => 'Missing.' },
});
const demoError = createErrorFactory(messages);

describe('createErrorFactory types', () => {
  it('keys the error by the exact code', () => {
    expectTypeOf(demoError('demo.missing', {})).toEqualTypeOf<StadigError<'demo.missing'>>();
  });

  it('demands the parameters of the chosen message', () => {
    // @ts-expect-error max is required for demo.too-long
    demoError('demo.too-long', {});
    // @ts-expect-error not a code of the catalogue
    demoError('demo.other', {});
    expectTypeOf(demoError).parameter(0).toEqualTypeOf<'demo.too-long' | 'demo.missing'>();
  });
});
