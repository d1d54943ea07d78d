import { allocationMessages } from './allocation/messages';
import { applicationMessages } from './applications/messages';
import { tableMessages } from './tables/messages';
import { usageMessages } from './usage/messages';
import { yearMessages } from './years/messages';

/**
 * The catalogue of every error code `@stadig/grants` adds to core's, with its Swedish
 * and English message. Each module declares its part; this is their union.
 *
 * @example
 * ```ts
 * grantsMessages['grants.used-exceeds-granted'].sv({}).startsWith('Det använda beloppet');
 * //=> true
 * ```
 */
export const grantsMessages = /* @__PURE__ */ (() =>
  ({
    ...allocationMessages,
    ...applicationMessages,
    ...tableMessages,
    ...usageMessages,
    ...yearMessages,
  }) as const)();

/**
 * Every error code `@stadig/grants` adds (it also returns core's `money.*`, `date.*`
 * and `validation.*` codes).
 *
 * @example
 * ```ts
 * const code: GrantsErrorCode = 'grants.municipality-probable';
 * ```
 */
export type GrantsErrorCode = keyof typeof grantsMessages;
