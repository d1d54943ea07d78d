export { assert, assertMessages } from './assert';
export { createErrorFactory } from './createErrorFactory';
export {
  defineMessages,
  type Message,
  type MessageCatalogue,
  type ParamsOf,
} from './defineMessages';
export { formatError } from './formatError';
export type { ErrorParams, ErrorPath, NonEmptyReadonlyArray, StadigError } from './StadigError';
