export { type Lang, languages } from './Lang';
export type { LocalizedText } from './LocalizedText';
export { langFromLocale } from './langFromLocale';
export { localize } from './localize';
