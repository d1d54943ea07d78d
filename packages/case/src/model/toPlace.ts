import { protect } from '@stadig/core';
import type * as z from 'zod/mini';
import type { KeepDistanceFrom } from './Case';
import type { caseSchema } from './caseSchema';

type RawPlace = z.output<typeof caseSchema>['protection']['keepDistanceFrom'][number];

/**
 * A place to keep a distance from, as {@link parseCase} gives it: the label Protected
 * free text, the coordinates a Protected copy (so that changing the input later does
 * not move the place), the radius as given. Absent parts stay absent.
 *
 * @internal
 * @param place - the place as the schema (or the fast path) read it
 * @returns the place
 *
 * @example
 * ```ts
 * String(toPlace({ label: 'arbetsplats', radiusKm: 5 }).label);
 * //=> '[protected:free-text]'
 * ```
 */
export function toPlace({ label, coordinates, radiusKm }: RawPlace): KeepDistanceFrom {
  const place: { -readonly [K in keyof KeepDistanceFrom]: KeepDistanceFrom[K] } = {};
  if (label !== undefined) place.label = protect(label, 'free-text');
  if (coordinates !== undefined) {
    place.coordinates = protect({ lat: coordinates.lat, lon: coordinates.lon }, 'location');
  }
  if (radiusKm !== undefined) place.radiusKm = radiusKm;
  return place;
}
