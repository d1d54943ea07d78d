import { describe, expectTypeOf, it } from 'vitest';
import type { Municipality } from './Municipality';
import type { MunicipalityCandidate } from './MunicipalityResolution';
import { resolveMunicipality } from './resolveMunicipality';

describe('resolveMunicipality types', () => {
  it('narrows on status', () => {
    const resolution = resolveMunicipality('Falun');
    if (resolution.status === 'exact') {
      expectTypeOf(resolution.municipality).toEqualTypeOf<Municipality>();
      expectTypeOf(resolution.candidates).toEqualTypeOf<readonly []>();
    } else if (resolution.status === 'probable') {
      expectTypeOf(resolution.candidates[0]).toEqualTypeOf<MunicipalityCandidate>();
    } else {
      expectTypeOf(resolution.municipality).toBeNull();
    }
  });
});
