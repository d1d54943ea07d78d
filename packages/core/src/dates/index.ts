export { DATE_ONLY_YEAR_RANGE, type DateOnly, dateOnlySchema } from './DateOnly';
export { dateMessages } from './messages';
export { type DateParseErrorCode, parseDateOnly } from './parseDateOnly';
