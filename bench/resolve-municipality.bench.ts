/**
 * Name resolution throughput: `resolveMunicipality` (normalisation, an exact-form map,
 * then a pruned edit-distance search) against a naive linear scan that computes the
 * edit distance of the input to every municipality name, over a mixed set of names as
 * they are written. Same inputs, same job: the check makes sure both find the same
 * municipality for every exact match.
 */
import { resolveMunicipality } from '@stadig/core';
import { defineBench } from './harness';
import { disagreements, mixedInputs, naiveResolve } from './municipality-names';

export default defineBench({
  name: 'resolve-municipality',
  description: 'resolveMunicipality vs a naive linear edit-distance scan, mixed names',
  baseline: { name: 'naive linear scan', fn: () => mixedInputs.map(naiveResolve) },
  candidates: [{ name: 'resolveMunicipality', fn: () => mixedInputs.map(resolveMunicipality) }],
  opsPerCall: mixedInputs.length,
  unit: 'names',
  targetRatio: 10,
  check: () => disagreements(mixedInputs),
});
