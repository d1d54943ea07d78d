import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { memoryIo } from '../testIo';
import { schemaCommand } from './schema';

const shipped = join(import.meta.dirname, '../../../housing/schema/housing-solution.schema.json');

describe('stadig schema', () => {
  it('prints the JSON Schema of a housing solution, byte for byte the file the package ships', async () => {
    const { io, out } = memoryIo();
    expect(await schemaCommand.run(['housing-solution'], { io, lang: 'en' })).toBe(0);
    expect(out.stdout).toBe(readFileSync(shipped, 'utf8'));
    expect(JSON.parse(out.stdout).properties.tenure.enum).toContain('social-contract');
    expect(out.stderr).toBe('');
  });

  it('exits 2 for an unknown or missing name, listing the known names in the chosen language', async () => {
    for (const [args, lang, words] of [
      [['castle'], 'en', 'Give a schema name: housing-solution, case, offer'],
      [[], 'sv', 'Ange ett schemanamn: housing-solution, case, offer'],
      [['housing-solution', 'extra'], 'en', 'housing-solution'],
      [['castle', '--lang', 'sv'], 'en', 'Ange ett schemanamn'],
    ] as const) {
      const { io, out } = memoryIo();
      expect(await schemaCommand.run(args, { io, lang })).toBe(2);
      expect(out.stderr).toContain(words);
      expect(out.stdout).toBe('');
    }
  });

  it('has help with an example in both languages', () => {
    expect(schemaCommand.help.en).toContain('stadig schema housing-solution');
    expect(schemaCommand.help.sv).toContain('Exempel');
  });
});
