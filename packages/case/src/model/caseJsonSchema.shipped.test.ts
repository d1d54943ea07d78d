import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { caseJsonSchema } from './caseJsonSchema';

const shipped = join(import.meta.dirname, '../../schema/case.schema.json');

describe('the shipped case JSON Schema', () => {
  it('is what the zod schema produces (run `pnpm generate` after changing the schema)', () => {
    expect(readFileSync(shipped, 'utf8')).toBe(`${JSON.stringify(caseJsonSchema(), null, 2)}\n`);
  });
});
