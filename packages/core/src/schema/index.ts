export { validationMessages } from './messages';
export { type ParseOptions, parseWithSchema } from './parseWithSchema';
