export { type FormatIdentityNumberOptions, formatIdentityNumber } from './formatIdentityNumber';
export {
  IDENTITY_NUMBER_MAX_AGE,
  type IdentityNumber,
  type IdentityNumberKind,
  identityNumberKinds,
} from './IdentityNumber';
export { identityNumberSchema } from './identityNumberSchema';
export { type IdentityImplausibleReason, identityMessages } from './messages';
export {
  type IdentityErrorCode,
  type ParseIdentityNumberOptions,
  parseIdentityNumber,
} from './parseIdentityNumber';
