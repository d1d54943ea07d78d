export { canShare, type Recipient, type ShareAnswer } from './canShare';
export { type ConsentReasonCode, consentMessages } from './messages';
export { type AgeBand, ageBands, type Referral } from './Referral';
export { referralFor } from './referralFor';
