import { dateMessages } from './dates/messages';
import { householdMessages } from './household/messages';
import { identityMessages } from './identity/messages';
import { moneyMessages } from './money/messages';
import { municipalitiesMessages } from './municipalities/messages';
import { validationMessages } from './schema/messages';

/**
 * The catalogue of every error code `@stadig/core` can return, with its Swedish and
 * English message. Each module declares its own part; this is their union.
 *
 * @example
 * ```ts
 * coreMessages['date.does-not-exist'].sv({});
 * //=> 'Datumet finns inte i kalendern.'
 * ```
 */
export const coreMessages = /* @__PURE__ */ (() =>
  ({
    ...dateMessages,
    ...householdMessages,
    ...identityMessages,
    ...moneyMessages,
    ...municipalitiesMessages,
    ...validationMessages,
  }) as const)();

/**
 * Every error code `@stadig/core` can return.
 *
 * @example
 * ```ts
 * const code: CoreErrorCode = 'money.too-many-decimals';
 * ```
 */
export type CoreErrorCode = keyof typeof coreMessages;
