import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mappingProfileJsonSchema } from './mappingProfileJsonSchema';
import { parseMappingProfile } from './parseMappingProfile';

const root = join(import.meta.dirname, '../..');

describe('parseMappingProfile', () => {
  it('accepts every example profile shipped in profiles/', () => {
    const files = readdirSync(join(root, 'profiles')).filter((f) => f.endsWith('.json'));
    expect(files.length).toBeGreaterThanOrEqual(2);
    for (const file of files) {
      const json = JSON.parse(readFileSync(join(root, 'profiles', file), 'utf8'));
      expect(parseMappingProfile(json).isOk(), file).toBe(true);
    }
  });
  it('names a field that does not exist, with its path', () => {
    const result = parseMappingProfile({
      name: 'x',
      kind: 'cases',
      columns: { Namn: 'household.survivor.nam', Barn: { to: 'household.children.#.name' } },
      constants: { 'violence.perpetrators': '1' },
    });
    expect(result._unsafeUnwrapErr().map((e) => [e.code, e.path])).toEqual([
      ['csv.profile-unknown-field', ['columns', 'Namn']],
      ['csv.profile-unknown-field', ['columns', 'Barn', 'to']],
    ]);
  });
  it('accepts positions, splits into several fields, and fields of grant files', () => {
    expect(
      parseMappingProfile({
        name: 'x',
        kind: 'applications',
        columns: { Period: { to: ['from', 'to'], split: '--' }, Nr: 'id' },
      }).isOk(),
    ).toBe(true);
    expect(
      parseMappingProfile({
        name: 'x',
        kind: 'cases',
        columns: { B: 'household.children.3.birthDate' },
      }).isOk(),
    ).toBe(true);
  });
  it('ships the JSON Schema generated from the zod schema', () => {
    const shipped = readFileSync(join(root, 'schema/mapping-profile.schema.json'), 'utf8');
    expect(shipped).toBe(`${JSON.stringify(mappingProfileJsonSchema(), null, 2)}\n`);
  });
});

describe('properties', () => {
  it('never throws on any JSON value', () => {
    fc.assert(fc.property(fc.jsonValue(), (v) => void parseMappingProfile(v)));
  });
});
