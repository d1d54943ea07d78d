/**
 * The worst case of name resolution: only misspelt names, so that every input goes
 * through the edit-distance search (pruned by length and letter set, banded, with
 * early exit) instead of the exact-form map. Baseline: the naive linear scan.
 * The check makes sure both find the misspelt municipality.
 */
import { resolveMunicipality } from '@stadig/core';
import { defineBench } from './harness';
import { misspelt, misspeltCodes, naiveResolve } from './municipality-names';

export default defineBench({
  name: 'resolve-misspelt-municipality',
  description: 'resolveMunicipality vs a naive linear scan, misspelt names only',
  baseline: { name: 'naive linear scan', fn: () => misspelt.map(naiveResolve) },
  candidates: [{ name: 'resolveMunicipality', fn: () => misspelt.map(resolveMunicipality) }],
  opsPerCall: misspelt.length,
  unit: 'names',
  targetRatio: 10,
  check: () =>
    misspelt.flatMap((input, i) => {
      const { status, candidates } = resolveMunicipality(input);
      const found = candidates.some((c) => c.municipality.code === misspeltCodes[i]);
      return status === 'probable' && found ? [] : [`${JSON.stringify(input)}: not found`];
    }),
});
