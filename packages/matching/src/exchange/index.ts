export type {
  ExchangeCaseOutcome,
  ExchangeLedger,
  ExchangeOptions,
  ExchangePlan,
  Placement,
} from './ExchangePlan';
export { type ExchangeReasonId, exchangeReasons } from './exchangeReasons';
export { planExchange } from './planExchange';
