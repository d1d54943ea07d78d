import { type CaseStoreErrors, type CaseStoreFailure, caseStoreMessages } from '@stadig/case';
import { createErrorFactory } from '@stadig/core';

const storeError = /* @__PURE__ */ (() => createErrorFactory(caseStoreMessages))();

/** The `store.*` error of a case store failure, with its sv/en message. */
export function failureErrors(failure: CaseStoreFailure): CaseStoreErrors {
  const versions = { found: failure.found ?? 0, expected: failure.expected ?? 0 };
  switch (failure.failure) {
    case 'schema-outdated':
      return [storeError('store.schema-outdated', versions)];
    case 'schema-newer':
      return [storeError('store.schema-newer', versions)];
    case 'unavailable':
      return [storeError('store.unavailable', {})];
    case 'credentials':
      return [storeError('store.credentials', {})];
    case 'forbidden':
      return [storeError('store.forbidden', {})];
    default:
      return [storeError('store.failed', {})];
  }
}
