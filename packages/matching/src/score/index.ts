export { explainPrepared } from './explainPrepared';
export { type CasePreferences, casePreferencesSchema, type MatchOptions } from './MatchOptions';
export type { MatchScore, MatchVeto, ScoreComponent } from './MatchScore';
export type { PreparedCase, PreparedOffer } from './Prepared';
export { parseCasePreferences } from './parseCasePreferences';
export { prepareCase } from './prepareCase';
export { prepareOffer } from './prepareOffer';
export { scoreMatch } from './scoreMatch';
export { scorePrepared } from './scorePrepared';
export { survivorSummary } from './survivorSummary';
export {
  type ComponentId,
  defaultWeights,
  type MatchWeights,
  scoreComponents,
  type VetoId,
  vetoReasons,
} from './vocabulary';
