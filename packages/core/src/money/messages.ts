import { defineMessages } from '../errors/defineMessages';

/** The error codes and sv/en messages of this module. */
export const moneyMessages = defineMessages({});
