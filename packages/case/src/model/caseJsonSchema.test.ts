import { describe, expect, it } from 'vitest';
import { caseJsonSchema } from './caseJsonSchema';

describe('caseJsonSchema', () => {
  it('describes the input shape with its required fields', () => {
    const schema = caseJsonSchema();
    expect(schema.title).toBe('Case (Stadig)');
    expect(schema.required).toEqual([
      'id',
      'municipality',
      'household',
      'violence',
      'protection',
      'consents',
      'stays',
      'applications',
      'events',
    ]);
  });
});
