import { defineMessages } from '@stadig/core';

/**
 * The error codes and sv/en messages of the case store. Parameters are versions,
 * positions and codes only, never a personal value.
 *
 * @example
 * ```ts
 * caseStoreMessages['store.version-conflict'].en({ expected: 3 });
 * //=> 'The case was changed by someone else after version 3. Read it again and retry.'
 * ```
 */
export const caseStoreMessages = defineMessages({
  'store.not-found': {
    sv: () => 'Ärendet finns inte, eller så har du inte behörighet till det.',
    en: () => 'The case does not exist, or you have no access to it.',
  },
  'store.duplicate': {
    sv: () => 'Ett ärende med samma id eller externa id finns redan.',
    en: () => 'A case with the same id or external id already exists.',
  },
  'store.version-conflict': {
    sv: ({ expected }: { expected: number }) =>
      `Ärendet har ändrats av någon annan efter version ${expected}. Läs det igen och försök på nytt.`,
    en: ({ expected }: { expected: number }) =>
      `The case was changed by someone else after version ${expected}. Read it again and retry.`,
  },
  'store.event-log-rewritten': {
    sv: () =>
      'Händelseloggen kan bara byggas på; tidigare händelser får inte ändras eller tas bort.',
    en: () => 'The event log can only be appended to; earlier events cannot be changed or removed.',
  },
  'store.municipality-changed': {
    sv: () => 'Ett ärendes kommun kan inte ändras; för över ärendet i stället.',
    en: () => "A case's municipality cannot be changed; transfer the case instead.",
  },
  'store.consent-not-found': {
    sv: () => 'Samtycket finns inte i ärendet.',
    en: () => 'The consent is not in the case.',
  },
  'store.invalid-request': {
    sv: () => 'Begäran är ogiltig (id, gräns, markör, syfte eller rättslig grund).',
    en: () => 'The request is invalid (id, limit, cursor, purpose or legal ground).',
  },
  'store.corrupt': {
    sv: () => 'De lagrade delarna av ärendet hänger inte ihop.',
    en: () => 'The stored parts of the case do not fit together.',
  },
  'store.unavailable': {
    sv: () => 'Databasen kan inte nås. Kontrollera adress, port och att servern körs.',
    en: () =>
      'The database cannot be reached. Check the address, the port and that the server runs.',
  },
  'store.credentials': {
    sv: () => 'Databasen avvisade inloggningen. Kontrollera användarnamn och lösenord.',
    en: () => 'The database rejected the login. Check the user name and password.',
  },
  'store.schema-outdated': {
    sv: ({ found, expected }: { found: number; expected: number }) =>
      `Databasens schema har version ${found} men koden behöver ${expected}. Kör migreringarna.`,
    en: ({ found, expected }: { found: number; expected: number }) =>
      `The database schema is at version ${found} but the code needs ${expected}. Run the migrations.`,
  },
  'store.schema-newer': {
    sv: ({ found, expected }: { found: number; expected: number }) =>
      `Databasens schema har version ${found}, nyare än kodens ${expected}. Uppdatera Stadig.`,
    en: ({ found, expected }: { found: number; expected: number }) =>
      `The database schema is at version ${found}, newer than the code's ${expected}. Upgrade Stadig.`,
  },
  'store.forbidden': {
    sv: () => 'Databasen nekade åtgärden för den här kommunen eller rollen.',
    en: () => 'The database refused the operation for this municipality or role.',
  },
  'store.failed': {
    sv: () => 'Lagringen misslyckades; inget av det som skulle skrivas har sparats.',
    en: () => 'The store failed; nothing of what was to be written has been kept.',
  },
});

/**
 * A case store error code.
 *
 * @example
 * ```ts
 * const code: CaseStoreErrorCode = 'store.version-conflict';
 * ```
 */
export type CaseStoreErrorCode = keyof typeof caseStoreMessages;
