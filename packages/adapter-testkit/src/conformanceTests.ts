/**
 * Every test of the conformance kit, by suite: the table the typed skip list is
 * checked against. Adding a test here is the one place it is named.
 *
 * @example
 * ```ts
 * conformanceTests.batches.includes('a failed batch leaves nothing');
 * //=> true
 * ```
 */
export const conformanceTests = {
  'create-read-update': [
    'creates and reads back without protected data',
    'rejects an invalid case before writing',
    'rejects a duplicate id',
    'updates at the expected version',
    'answers not-found for an unknown case',
  ],
  'event-log': [
    'appends a legal event',
    'rejects an illegal event and keeps the log',
    'never rewrites the log through an update',
  ],
  consents: ['records and withdraws a consent', 'rejects a consent that ends before it starts'],
  audit: [
    'audits every write',
    'audits a protected read with its purpose and legal ground',
    'keeps personal values out of the audit log',
    'lists the audit log in pages',
  ],
  'protected-data': ['stores protected data apart', 'reads the whole case back when audited'],
  queries: ['finds the cases of one municipality only', 'filters by lifecycle state'],
  pagination: ['pages through every case exactly once'],
  upsert: [
    'creates, then replaces, by external id without duplicates',
    'keeps external ids apart per municipality',
  ],
  batches: [
    'applies a batch in one transaction',
    'a failed batch leaves nothing',
    'a batch of creates stops at a duplicate and leaves nothing',
    'a batch of upserts creates the new cases and updates those that exist',
    'an invalid operation fails the batch before any write',
    'an interrupted import resumes from its checkpoint without duplicates',
  ],
  concurrency: [
    'a stale version gets a conflict',
    'of concurrent writers at one version exactly one wins',
    'concurrent writers who retry lose no update',
  ],
} as const satisfies Record<string, readonly string[]>;

/**
 * A suite of the conformance kit.
 *
 * @example
 * ```ts
 * const suite: ConformanceSuite = 'batches';
 * ```
 */
export type ConformanceSuite = keyof typeof conformanceTests;

/**
 * One test of the kit, as `suite/test title`, or a whole suite: what the skip list holds.
 *
 * @example
 * ```ts
 * const skip: ConformanceTestId[] = ['concurrency', 'batches/a failed batch leaves nothing'];
 * ```
 */
export type ConformanceTestId =
  | ConformanceSuite
  | { [S in ConformanceSuite]: `${S}/${(typeof conformanceTests)[S][number]}` }[ConformanceSuite];
