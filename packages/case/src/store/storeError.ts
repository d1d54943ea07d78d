import { createErrorFactory, type StadigError } from '@stadig/core';
import { caseStoreMessages } from './messages';

/** Builds a `store.*` error. */
export const storeError = /* @__PURE__ */ (() => createErrorFactory(caseStoreMessages))();

const isFailure = (e: unknown): e is { failure: string; found?: unknown; expected?: unknown } =>
  typeof e === 'object' && e !== null && typeof (e as { failure?: unknown }).failure === 'string';

/** Maps anything an adapter rejected with to a `store.*` error, never leaking its text. */
export function failureError(e: unknown): StadigError {
  if (!isFailure(e)) return storeError('store.failed', {});
  const versions = {
    found: typeof e.found === 'number' ? e.found : 0,
    expected: typeof e.expected === 'number' ? e.expected : 0,
  };
  switch (e.failure) {
    case 'unavailable':
      return storeError('store.unavailable', {});
    case 'credentials':
      return storeError('store.credentials', {});
    case 'schema-outdated':
      return storeError('store.schema-outdated', versions);
    case 'schema-newer':
      return storeError('store.schema-newer', versions);
    case 'forbidden':
      return storeError('store.forbidden', {});
    default:
      return storeError('store.failed', {});
  }
}
