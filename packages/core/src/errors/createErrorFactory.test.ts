import { describe, expect, it } from 'vitest';
import { createErrorFactory } from './createErrorFactory';
import { defineMessages } from './defineMessages';
import { formatError } from './formatError';

const messages = defineMessages({
  'demo.too-long': {
    sv: ({ max }: { max: number }) => `Högst ${max} tecken.`,
    en: ({ max }: { max: number }) => `At most ${max} characters.`,
  },
  'demo.missing': { sv: () => 'Saknas.', en: () => 'Missing.' },
});
const demoError = createErrorFactory(messages);

describe('createErrorFactory', () => {
  it('builds a frozen error with code, path, both messages and params', () => {
    const error = demoError('demo.too-long', { max: 3 }, ['household', 'children', 0]);
    expect(error).toEqual({
      code: 'demo.too-long',
      path: ['household', 'children', 0],
      message: { sv: 'Högst 3 tecken.', en: 'At most 3 characters.' },
      params: { max: 3 },
    });
    expect(Object.isFrozen(error)).toBe(true);
    expect(Object.isFrozen(error.message)).toBe(true);
    expect(Object.isFrozen(error.path)).toBe(true);
  });

  it('defaults to an empty path and survives a JSON round trip unchanged', () => {
    const error = demoError('demo.missing', {});
    expect(error.path).toEqual([]);
    expect(JSON.parse(JSON.stringify(error))).toEqual(error);
  });

  it('throws a programmer error for a code outside the catalogue', () => {
    expect(() => demoError('demo.nope' as 'demo.missing', {})).toThrow(TypeError);
  });
});

describe('formatError', () => {
  it('renders the path, the message in the chosen language and the code', () => {
    const error = demoError('demo.too-long', { max: 3 }, ['offers', 0, 'rooms']);
    expect(formatError(error, 'sv')).toBe('offers[0].rooms: Högst 3 tecken. [demo.too-long]');
    expect(formatError(error, 'en')).toBe('offers[0].rooms: At most 3 characters. [demo.too-long]');
  });

  it('leaves out an empty path', () => {
    expect(formatError(demoError('demo.missing', {}), 'en')).toBe('Missing. [demo.missing]');
  });
});
