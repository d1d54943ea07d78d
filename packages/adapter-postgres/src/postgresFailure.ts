import { type CaseStoreFailure, caseStoreFailure } from '@stadig/case';
import { schemaVersion } from './postgresMigrations';

const networkCodes = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ECONNRESET',
  'ENOENT',
  'EAI_AGAIN',
]);

/**
 * Turns whatever PGlite, `pg` or the network threw into a `CaseStoreFailure`
 * without its text (which may hold a query, a value or a connection string).
 *
 * @param e - what was thrown
 * @returns the failure to reject with
 *
 * @example
 * ```ts
 * postgresFailure(Object.assign(new Error('…'), { code: '28P01' })).failure;
 * //=> 'credentials'
 * ```
 */
export function postgresFailure(e: unknown): CaseStoreFailure {
  if (
    typeof e === 'object' &&
    e !== null &&
    typeof (e as { failure?: unknown }).failure === 'string'
  ) {
    return e as CaseStoreFailure;
  }
  const code = typeof e === 'object' && e !== null ? (e as { code?: unknown }).code : undefined;
  const text = e instanceof Error ? e.message : '';
  if (typeof code === 'string' && networkCodes.has(code)) return caseStoreFailure('unavailable');
  if (/connection terminated|timeout expired|connect ECONN/i.test(text))
    return caseStoreFailure('unavailable');
  if (code === '28P01' || code === '28000') return caseStoreFailure('credentials');
  if (code === '3D000' || code === '57P03') return caseStoreFailure('unavailable');
  if (code === '42501') return caseStoreFailure('forbidden');
  if (code === '42P01' || code === '3F000' || code === '42883') {
    return caseStoreFailure('schema-outdated', { found: 0, expected: schemaVersion });
  }
  return caseStoreFailure('failed');
}
