import { assert, assertMessages } from '../errors/assert';
import type { Municipality } from './Municipality';
import type { MunicipalityCode } from './MunicipalityCode';
import { municipalities } from './municipalities';

let byCode: ReadonlyMap<string, Municipality> | undefined;

/**
 * The municipality with a code. The code is branded, so the municipality exists; to
 * check text first, use `parseMunicipalityCode` (or `resolveMunicipality` for names).
 *
 * @param code - an SCB municipality code
 * @returns the municipality (the same object as in `municipalities`)
 *
 * @example
 * ```ts
 * getMunicipality(parseMunicipalityCode('1480')._unsafeUnwrap()).name;
 * //=> 'Göteborg'
 * ```
 */
export function getMunicipality(code: MunicipalityCode): Municipality {
  byCode ??= new Map(municipalities.map((m) => [m.code, m]));
  const municipality = byCode.get(code);
  assert(municipality !== undefined, assertMessages.unreachable);
  return municipality;
}
