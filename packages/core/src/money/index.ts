export { addMoney, type MoneyArithmeticErrorCode } from './addMoney';
export {
  type AllocateErrorCode,
  type AllocateOptions,
  allocateLargestRemainder,
} from './allocateLargestRemainder';
export { type FormatMoneyOptions, formatMoney } from './formatMoney';
export { type Money, moneySchema } from './Money';
export { type MoneyErrorCode, moneyMessages } from './messages';
export { type MoneyFromKronorErrorCode, moneyFromKronor } from './moneyFromKronor';
export { type MoneyParseErrorCode, parseMoney } from './parseMoney';
export { subtractMoney } from './subtractMoney';
export { sumMoney } from './sumMoney';
export { type ToMoneyErrorCode, toMoney } from './toMoney';
